/*
 * The floor a dataset load cannot go under: fetch the same bytes in a worker
 * and JSON.parse them (CSV: fetch and decode only), nothing else. Served from
 * the benchmark's copy of the build as /bench-data/floor-worker.js and started
 * by the page under test, after its own load, so both run in the same browser.
 */
self.onmessage = async (message) => {
  try {
    const t0 = performance.now();
    const response = await fetch(message.data.url, { cache: "no-store" });
    const text = await response.text();
    const t1 = performance.now();
    if (message.data.json) JSON.parse(text);
    const t2 = performance.now();
    // A request a service worker answered has a workerStart: the floor must be the network's.
    const entry = performance.getEntriesByName(new URL(message.data.url, location.href).href)[0];
    const viaServiceWorker = Boolean(entry && entry.workerStart > 0);
    self.postMessage({
      ok: true,
      fetchMs: t1 - t0,
      parseMs: t2 - t1,
      bytes: text.length,
      viaServiceWorker,
    });
  } catch (error) {
    self.postMessage({ ok: false, error: String(error) });
  }
};
