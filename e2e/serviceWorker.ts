import type { BrowserContext, Page } from "@playwright/test";

/**
 * After a test of the service worker: no worker and no cache left, as on a first visit. The
 * context is reused between tests (playwright.config.ts), and its reset keeps Cache Storage. No
 * page may be left under the worker when it is cleared: a worker still controlling one lived on,
 * the next test's `register()` took it up again with its precache already deleted, and offline it
 * then answered `basemap-region.json` with a network error (2 of 24 runs of four offline tests).
 */
export async function forgetServiceWorker(
  context: BrowserContext,
  page: Page,
  baseURL: string | undefined,
): Promise<void> {
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.goto("about:blank");
  const session = await context.newCDPSession(page);
  await session.send("Storage.clearDataForOrigin", {
    origin: new URL(baseURL ?? "http://127.0.0.1").origin,
    storageTypes: "cache_storage,service_workers",
  });
  await session.detach();
}

/** Wait until the service worker has precached everything and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
    );
  });
}
