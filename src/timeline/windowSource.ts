/**
 * The window the timeline shows, in two tempos. The live window is the
 * store's (or the dataset's default) at every gesture frame; the canvas, the
 * axis, d3-zoom and the brush follow it imperatively. React renders a
 * settled window: the live one, except that while a gesture moves a dense
 * (canvas) view it lags until the gesture pauses, so a 100,000-event zoom
 * step costs a canvas redraw instead of a React render.
 */
import type { Interval } from "../data/dates";
import { sameWindow } from "../data/timeWindow";
import type { AppStore } from "../store/appStore";

export interface WindowSource {
  get(): Interval;
  subscribe(listener: (window: Interval) => void): () => void;
}

export function storeWindowSource(store: AppStore, fallback: Interval): WindowSource {
  return {
    get: () => store.getState().timeWindow ?? fallback,
    subscribe: (listener) =>
      store.subscribe(
        (state) => state.timeWindow,
        (window) => listener(window ?? fallback),
      ),
  };
}

/** Calls `callback` in the next animation frame after changes of `source`, once however many came. */
export function onEachFrame(source: WindowSource, callback: () => void): () => void {
  let request = 0;
  const unsubscribe = source.subscribe(() => {
    if (request !== 0) return;
    request = requestAnimationFrame(() => {
      request = 0;
      callback();
    });
  });
  return () => {
    unsubscribe();
    cancelAnimationFrame(request);
  };
}

/** How long a gesture must pause before React renders its window. */
export const SETTLE_MS = 120;

export interface SettledWindow {
  get(): Interval;
  subscribe(listener: () => void): () => void;
}

/**
 * A store for `useSyncExternalStore`: follows `source`, immediately unless
 * `defer()` says this change may wait, then `settleMs` after the last change.
 */
export function settledWindow(
  source: WindowSource,
  defer: () => boolean,
  settleMs = SETTLE_MS,
): SettledWindow {
  let current = source.get();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const settle = () => {
    timer = undefined;
    const live = source.get();
    if (sameWindow(live, current)) return;
    current = live;
    for (const listener of listeners) listener();
  };
  let unsubscribe: (() => void) | null = null;
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      if (!unsubscribe) {
        unsubscribe = source.subscribe(() => {
          clearTimeout(timer);
          if (defer()) timer = setTimeout(settle, settleMs);
          else settle();
        });
        settle();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !unsubscribe) return;
        unsubscribe();
        unsubscribe = null;
        clearTimeout(timer);
        timer = undefined;
      };
    },
  };
}
