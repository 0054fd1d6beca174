import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import { whenState } from "../store/whenState";
import { isPrebuiltSize } from "./prebuildMarks";

const wanted = (state: AppState) => isPrebuiltSize(state.index?.events.length ?? 0);

/**
 * Binds `prebuildSearch` once a dataset of its sizes is on show: its code stays out of the first
 * load (0.2 KB gzipped that the shipped story and most datasets, under 10,000 events, never run).
 * A failure to load it is left for the search box to say, when a reader asks for search.
 */
export function bindPrebuild(
  store: AppStore,
  load: () => Promise<typeof import("./prebuildSearch")> = () => import("./prebuildSearch"),
): void {
  const start = () => {
    load().then(
      (module) => module.prebuildSearch(store),
      () => {},
    );
  };
  whenState(store, wanted, start);
}
