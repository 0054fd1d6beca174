/**
 * The page starts the download worker for a dataset worker and joins the two
 * with a port (`fetchThroughPort.ts`). Started inside the dataset worker, its
 * requests escaped Playwright's routes now and then (a nested worker's fetch
 * is not always intercepted in Chromium: microsoft/playwright#27376), and
 * nested workers are the less supported kind.
 */
export interface Download {
  /** For the dataset worker: transfer it with the request. */
  port: MessagePort;
  worker: Worker;
}

/** Null where the worker cannot be made: the dataset worker then fetches by itself. */
export function startDownload(url: string): Download | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./downloadWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ url, port: port1 }, [port1]);
  return { port: port2, worker };
}
