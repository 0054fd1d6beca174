/**
 * Our app registers its service worker once the first dataset is on the
 * timeline and the map; a first visit then precaches 7.2 MB. That is a one-off
 * of the first visit, and on 2 cores it would slow whatever the bench measures
 * next (the floor's fetch and parse, the zoom steps, the click): wait until the
 * worker is active, or until none registered within the deadline.
 */
import type { Page } from "@playwright/test";
import { withTimeout } from "./time";

export async function settleServiceWorker(page: Page, deadlineMs = 30_000): Promise<string> {
  const started = Date.now();
  const state = await withTimeout(
    page.evaluate(async (deadline) => {
      const container = navigator.serviceWorker;
      if (!container) return "none (no service workers here)";
      const end = performance.now() + deadline;
      while (performance.now() < end) {
        const registration = await container.getRegistration();
        if (registration?.active && !registration.installing && !registration.waiting)
          return "active";
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return "none within the deadline";
    }, deadlineMs),
    deadlineMs + 5_000,
    "waiting for the service worker",
  );
  return `${state} after ${Date.now() - started} ms`;
}
