import type { AppStore } from "../store/appStore";
import { afterNextPaint } from "./bindMapToStore";

/**
 * Resolves once the timeline has drawn a dataset and that frame has been
 * painted (or 100 ms later where frames are held back, as in an iframe out of
 * view), or after 10 s if the timeline never draws (it failed). The first
 * dataset's marks so come before MapLibre's start on the main thread.
 */
export function afterTimelineDrawn(store: AppStore): { drawn: Promise<void>; cancel: () => void } {
  const timers: ReturnType<typeof setTimeout>[] = [];
  let unsubscribe = () => {};
  let over = false;
  const cancel = () => {
    over = true;
    unsubscribe();
    for (const timer of timers) clearTimeout(timer);
  };
  const drawn = new Promise<void>((resolve) => {
    const go = () => {
      if (over) return;
      cancel();
      resolve();
    };
    const painted = () => {
      unsubscribe();
      afterNextPaint(go);
      timers.push(setTimeout(go, 100));
    };
    timers.push(setTimeout(go, 10_000));
    if (store.getState().drawnIndex !== null) painted();
    else
      unsubscribe = store.subscribe((state) => {
        if (state.drawnIndex !== null) painted();
      });
  });
  return { drawn, cancel };
}
