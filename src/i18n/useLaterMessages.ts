import { useEffect, useState } from "react";
import { laterMessagesIn, loadLaterMessages } from "./i18n";

/**
 * Whether English's messages for problems are in (i18n.ts), fetching them if not: what words a
 * problem waits for them, whichever way the problem came (a reloaded file's is set at start,
 * before any load). True also once they cannot come (offline, not kept): the problem is shown then
 * as well as it can be. `wanted` false: only whether they are in, fetching nothing.
 */
export function useLaterMessages(wanted = true): boolean {
  const [ready, setReady] = useState(laterMessagesIn);
  useEffect(() => {
    if (ready || !wanted) return;
    let live = true;
    const done = () => {
      if (live) setReady(true);
    };
    loadLaterMessages().then(done, done);
    return () => {
      live = false;
    };
  }, [ready, wanted]);
  return ready;
}
