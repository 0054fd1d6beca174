import { lazy, Suspense, useEffect, useState } from "react";
import { PrintView } from "./PrintView";
import "./offline.css";

// Registering the service worker (and the code that announces a new version) waits until
// the page has loaded and the browser is idle: it is not needed to read the story.
// If its chunk cannot load (the network went away meanwhile), only the notice is left out.
const UpdatePrompt = lazy(() =>
  import("./UpdatePrompt").then(
    (module) => ({ default: module.UpdatePrompt }),
    () => ({ default: () => null }),
  ),
);

function whenLoadedAndIdle(run: () => void): () => void {
  let idle: number | null = null;
  const afterLoad = () => {
    idle = "requestIdleCallback" in window ? requestIdleCallback(run, { timeout: 2000 }) : -1;
    if (idle === -1) run();
  };
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
  return () => {
    window.removeEventListener("load", afterLoad);
    if (idle !== null && idle !== -1) cancelIdleCallback(idle);
  };
}

/** What keeping the story needs in the page: the new-version notice and the printable list. */
export function OfflineExtras() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => whenLoadedAndIdle(() => setLoaded(true)), []);
  return (
    <>
      {loaded && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      <PrintView />
    </>
  );
}
