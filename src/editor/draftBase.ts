/**
 * Where Discard goes: back to the dataset the draft took the place of on show (review 31 F8).
 * An author who opened a file or a `?data=` story, edited it and discarded the draft was sent to
 * the site's own story and had to choose their file again, which the page still held.
 */
import type { DatasetIndex } from "../data/indexDataset";
import type { AppStore } from "../store/appStore";
import type { DatasetSource } from "../store/datasetSlice";
import { DEFAULT_URL_STATE } from "../url/codec";
import { reconcileWithDataset } from "../url/urlState";

export interface DraftBase {
  index: DatasetIndex;
  source: DatasetSource;
}

/**
 * Watch for the draft coming on show and keep what it replaced. Bound with the editor's code,
 * which loads before any draft shows (on Edit, or for a saved draft's reopening).
 */
export function watchDraftBase(store: AppStore): () => DraftBase | null {
  let base: DraftBase | null = null;
  store.subscribe((state, previous) => {
    if (state.source.kind === "draft" && previous.source.kind !== "draft" && previous.index) {
      base = { index: previous.index, source: previous.source };
    }
  });
  return () => base;
}

/**
 * Show the draft's base again as a dataset opened afresh (nothing selected, its opening window),
 * as opening it did; the site's own story is opened anew instead (`openDefault`), and so is it
 * when no base is known. `show` makes the view's settling replace the new entry, not add one.
 */
export function showDraftBase(
  store: AppStore,
  base: DraftBase | null,
  show: (run: () => void) => void,
  openDefault: () => void,
): void {
  if (!base || base.source.kind === "default" || base.source.kind === "draft") {
    openDefault();
    return;
  }
  const { index, source } = base;
  store.getState().datasetIndexed(index, source, [], true);
  const fresh = { ...DEFAULT_URL_STATE, names: store.getState().names };
  show(() => reconcileWithDataset(store, fresh, index));
}

/**
 * Show the draft on show where its story opens: Edit on a link's story reopened the draft kept of
 * another (`editorSession.ts`) in that story's view: the timeline on the 1800s around a draft of
 * 2018's events, the map on America. Nothing selected, the opening window, and the
 * map framed as for a history step (`historySteps`: the story's opening frame). `show` keeps the
 * view's settling off the history, as for Discard.
 */
export function showDraftOpening(store: AppStore, show: (run: () => void) => void): void {
  const { index, names } = store.getState();
  if (!index) return;
  show(() => {
    store.setState({ selectedEventId: null, selectedPlaceId: null });
    reconcileWithDataset(store, { ...DEFAULT_URL_STATE, names }, index);
    store.setState((now) => ({ historySteps: now.historySteps + 1 }));
  });
}
