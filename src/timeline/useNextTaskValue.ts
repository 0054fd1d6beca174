import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";

/**
 * `value`, or, when `wait(value)`, the value as it was a task or two ago: the
 * change renders first without it; then `prepare(value)` runs in a task of its
 * own, and the value renders in the next, in one piece. A large dataset's
 * timeline (at 1,000,000 events its model alone is ~190 ms) so no longer shares
 * the store update's task (the longest task while loading 100,000 events was
 * 234–263 ms). A transition (`useDeferredValue`) split it too, but rendered in
 * 5 ms slices between MapLibre's frames: the marks came 1.0–1.3 s after the count
 * instead of 0.3–0.5 s (measured back to back, 100,000 events). Small values show
 * at once: an edit must not blank the timeline for a frame. Given a
 * `placeholder`, the first value, whatever its size, shows in a later task and
 * the placeholder until then (the timeline mounts with the first dataset: a
 * million events' model ran in that render, 305 ms, and the shipped story's
 * first render shared the page's). A `prepare` that returns steps (a generator)
 * runs one step per task.
 */
export function useNextTaskValue<T>(
  value: T,
  wait: (value: T) => boolean,
  prepare?: (value: T) => Iterable<unknown> | undefined,
  placeholder?: T,
): T {
  const [shown, setShown] = useState(() => (placeholder !== undefined ? placeholder : value));
  const first = placeholder !== undefined && Object.is(shown, placeholder);
  const now = !first && !wait(value);
  if (now && !Object.is(shown, value)) setShown(() => value);
  const prepareRef = useRef(prepare);
  prepareRef.current = prepare;
  useEffect(() => {
    if (now || Object.is(shown, value)) return;
    let steps: Iterator<unknown> | undefined;
    const step = () => {
      steps ??= prepareRef.current?.(value)?.[Symbol.iterator]();
      if (steps && !steps.next().done) timer = setTimeout(step, 0);
      else timer = setTimeout(() => flushSync(() => setShown(() => value)), 0);
    };
    let timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [value, shown, now]);
  return now ? value : shown;
}
