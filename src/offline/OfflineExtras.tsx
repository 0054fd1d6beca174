import { lazy, Suspense, useEffect, useState } from "react";
import { appStore, useAppStore } from "../store/appStore";
import { onIdle } from "../ui/onIdle";
import { keepShownDataset } from "./keepShownDataset";
import { PrintSlot } from "./PrintSlot";
import "./offline.css";

// Registering the service worker (and the code that announces a new version) waits until
// the first dataset is on screen and on the map, the page has loaded and the browser is idle: it is not
// needed to read the story, and on a first visit its precache (7.2 MB: the app, the basemap,
// the fonts of four languages) would download and be stored alongside the dataset. Measured
// back to back, a 100,000-event dataset's worker took 1.1–1.6 s longer while it did.
// If its chunk cannot load (the network went away meanwhile), only the notice is left out.
const UpdatePrompt = lazy(() =>
  import("./UpdatePrompt").then(
    (module) => ({ default: module.UpdatePrompt }),
    () => ({ default: () => null }),
  ),
);

function whenLoadedAndIdle(run: () => void): () => void {
  let cancelIdle = () => {};
  const afterLoad = () => {
    cancelIdle = onIdle(run, { timeout: 2000 });
  };
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
  return () => {
    window.removeEventListener("load", afterLoad);
    cancelIdle();
  };
}

/**
 * Whether the browser has been online since the page started (at once, nearly always). Offline,
 * registering the service worker and keeping the dataset only fail (its script and the dataset
 * cannot be fetched), each with an error in the console; they wait for the network instead.
 */
function useBeenOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  useEffect(() => {
    if (online) return;
    const on = () => setOnline(true);
    window.addEventListener("online", on);
    return () => window.removeEventListener("online", on);
  }, [online]);
  return online;
}

/** What keeping the story needs in the page: the new-version notice and the printable list. */
export function OfflineExtras() {
  const [idle, setIdle] = useState(false);
  const loaded = useBeenOnline() && idle;
  // Once the first dataset has settled (shown, or failed) and the map has drawn it (or will not),
  // later loads do not matter.
  const [settled, setSettled] = useState(false);
  const busy = useAppStore(
    (state) => state.status === "loading" || (state.index !== null && !state.mapSettled),
  );
  if (!busy && !settled) setSettled(true);
  useEffect(() => (settled ? whenLoadedAndIdle(() => setIdle(true)) : undefined), [settled]);
  useEffect(() => {
    // Best effort: offline, the link says it has not been opened on this device.
    if (loaded) keepShownDataset(appStore).catch(() => {});
  }, [loaded]);
  return (
    <>
      {loaded && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      <PrintSlot />
    </>
  );
}
