import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * `value` as it was one task ago: a change renders first without it, then
 * again in a task of its own, in one piece. A new dataset's timeline (model
 * and layout, ~150 ms at 100,000 events) so no longer shares the store
 * update's task (the longest task while loading was 234–263 ms). A
 * transition (`useDeferredValue`) split it the same way but rendered in 5 ms
 * slices between MapLibre's frames: the marks came 1.1–1.4 s after the count
 * instead of 0.2–0.4 s (measured back to back, 100,000 events).
 */
export function useNextTaskValue<T>(value: T): T {
  const [shown, setShown] = useState(() => value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const timer = setTimeout(() => flushSync(() => setShown(() => value)), 0);
    return () => clearTimeout(timer);
  }, [value, shown]);
  return shown;
}
