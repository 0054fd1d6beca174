import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * `value`, or, when `wait(value)`, the value as it was one task ago: the
 * change renders first without it, then again in a task of its own, in one
 * piece. A large dataset's timeline (model and layout, ~150 ms at 100,000
 * events) so no longer shares the store update's task (the longest task while
 * loading was 234–263 ms). A transition (`useDeferredValue`) split it the same
 * way but rendered in 5 ms slices between MapLibre's frames: the marks came
 * 1.0–1.3 s after the count instead of 0.3–0.5 s (measured back to back, 100,000
 * events). Small values show at once: an edit must not blank the timeline for a frame.
 */
export function useNextTaskValue<T>(value: T, wait: (value: T) => boolean): T {
  const [shown, setShown] = useState(() => value);
  const now = !wait(value);
  if (now && !Object.is(shown, value)) setShown(() => value);
  useEffect(() => {
    if (now || Object.is(shown, value)) return;
    const timer = setTimeout(() => flushSync(() => setShown(() => value)), 0);
    return () => clearTimeout(timer);
  }, [value, shown, now]);
  return now ? value : shown;
}
