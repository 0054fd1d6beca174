import { describeOrigin, titleWithOrigin } from "../provenance/origin";
import type { AppStore } from "../store/appStore";
import { eventTitle, nameOfPlace } from "../store/selectors";

/**
 * The tab's title names the dataset and what is selected, so bookmarks and
 * history read well; another dataset's title always comes with its origin.
 */
export function titleFor(
  store: AppStore,
  fallback: string,
  pageOrigin: string = location.origin,
): string {
  const { index, names, selectedEventId, selectedPlaceId, source } = store.getState();
  if (!index) return fallback;
  const base = titleWithOrigin(index.dataset.meta.title, describeOrigin(source, pageOrigin));
  const event = selectedEventId ? index.byId.get(selectedEventId) : undefined;
  if (event) return `${eventTitle(index, names, event)} — ${base}`;
  const place = selectedPlaceId ? nameOfPlace(index, names, selectedPlaceId) : undefined;
  return place ? `${place} — ${base}` : base;
}

export function syncDocumentTitle(store: AppStore, doc: Document = document): () => void {
  const fallback = doc.title;
  const update = () => {
    doc.title = titleFor(store, fallback);
  };
  update();
  return store.subscribe(
    (state) =>
      [
        state.index,
        state.names,
        state.selectedEventId,
        state.selectedPlaceId,
        state.source,
      ] as const,
    update,
    { equalityFn: (a, b) => a.every((value, i) => value === b[i]) },
  );
}
