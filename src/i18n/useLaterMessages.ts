import { useEffect, useState } from "react";
import { laterMessagesIn, loadLaterMessages } from "./i18n";

/**
 * Whether English's messages for problems are in (i18n.ts), fetching them when `needed`: a component
 * that words problems shows them once they are, whichever way its problems came (a reloaded
 * file's, set at start, comes before any load). True also once they cannot come (offline, not
 * kept): the problems are shown then as well as they can be.
 */
export function useLaterMessages(needed: boolean): boolean {
  const [ready, setReady] = useState(laterMessagesIn);
  useEffect(() => {
    if (ready || !needed) return;
    let live = true;
    const done = () => {
      if (live) setReady(true);
    };
    loadLaterMessages().then(done, done);
    return () => {
      live = false;
    };
  }, [ready, needed]);
  return ready;
}
