import type { DatasetIndex } from "../data/indexDataset";
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import { onIdle } from "../ui/onIdle";
import { loadSearch, type SearchModule } from "./loadSearch";
import { PREBUILD_MARKS } from "./prebuildMarks";

/**
 * The sizes of dataset whose search index is built ahead. Built on first use, 100,000 realistic
 * events (50 MB) kept "Preparing search…" on screen 4–9 s after the box was focused, and typing
 * lagged meanwhile (5 December, this machine, another browser running). Under 10,000 events the
 * build takes a moment on first use, so the search code is not fetched ahead for them; a million
 * one-line events' index (4.6 s and 32 MB of heap in Node, a token per row's number) is built
 * only when a reader asks for it: seconds of processor time a reader may never use.
 */
export const PREBUILT_EVENTS = { min: 10_000, max: 250_000 } as const;

const shouldPrebuild = (state: AppState, index: DatasetIndex) =>
  state.editor === null &&
  state.drawnIndex === index &&
  state.mapSettled &&
  index.events.length >= PREBUILT_EVENTS.min &&
  index.events.length <= PREBUILT_EVENTS.max;

/**
 * Once a large dataset is on the timeline and the map, its search index is built in the page's
 * idle time (`buildSearchIndex`'s `whenIdle`), so the reader's first query finds it ready; a
 * query typed before it is done hurries it. Not for the editor's changes (each is a new index),
 * and left unfinished when another dataset replaces it. A failure to load the search code is
 * left for the search box to say, when a reader asks for it.
 */
export function prebuildSearch(
  store: AppStore,
  load: () => Promise<SearchModule> = loadSearch,
): () => void {
  let seen: DatasetIndex | null = null;
  let cancel = () => {};
  const check = (state: AppState) => {
    const { index } = state;
    if (!index || index === seen || !shouldPrebuild(state, index)) return;
    seen = index;
    cancel();
    performance.mark(PREBUILD_MARKS.start);
    const wanted = () => store.getState().index === index;
    cancel = onIdle(() => {
      load()
        .then((module) => module.buildSearchIndex(index, { whenIdle: true, wanted }))
        .then(
          () => performance.mark(PREBUILD_MARKS.end),
          () => {},
        );
    });
  };
  check(store.getState());
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    cancel();
  };
}
