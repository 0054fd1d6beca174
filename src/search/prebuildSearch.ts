import type { DatasetIndex } from "../data/indexDataset";
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import { onIdle } from "../ui/onIdle";
import { loadSearch, type SearchModule } from "./loadSearch";
import { isPrebuiltSize, PREBUILD_MARKS, PREBUILT_EVENTS } from "./prebuildMarks";

export { PREBUILT_EVENTS };

const shouldPrebuild = (state: AppState, index: DatasetIndex) =>
  state.editor === null &&
  state.drawnIndex === index &&
  state.mapSettled &&
  isPrebuiltSize(index.events.length);

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
