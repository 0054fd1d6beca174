/**
 * The service worker is registered once the first dataset is on screen
 * (`OfflineExtras.tsx`), so a dataset opened by `?data=` on the first visit
 * was fetched before it could keep it. Once the worker controls the page, the
 * dataset is asked for once more through it: its "datasets" cache (stale-while-
 * revalidate) stores it, and the link opens offline too.
 */
import type { AppStore } from "../store/appStore";

export async function keepShownDataset(
  store: AppStore,
  serviceWorker: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): Promise<void> {
  // A page the worker already controls fetched its dataset through it (a later visit).
  if (!serviceWorker || serviceWorker.controller) return;
  await new Promise((resolve) =>
    serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
  );
  const { source } = store.getState();
  if (source.kind !== "url") return;
  const response = await fetch(new URL(source.url, window.location.href));
  // The worker stores its own copy; the page needs none.
  await response.body?.cancel();
}
