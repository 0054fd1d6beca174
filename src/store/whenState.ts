import type { AppStore } from "./appStore";
import type { AppState } from "./types";

/**
 * Runs `run` with the store's state once `ready` says yes: at once if it does now, else on the
 * first change that makes it so, unsubscribed before `run` (which may change the store itself).
 */
export function whenState(
  store: AppStore,
  ready: (state: AppState) => boolean,
  run: (state: AppState) => void,
): void {
  const now = store.getState();
  if (ready(now)) {
    run(now);
    return;
  }
  const unsubscribe = store.subscribe((state) => {
    if (!ready(state)) return;
    unsubscribe();
    run(state);
  });
}
