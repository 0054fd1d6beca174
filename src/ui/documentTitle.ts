import { metaTexts } from "../i18n/datasetText";
import { currentLanguage, i18n } from "../i18n/i18n";
import { describeOrigin, titleWithOrigin } from "../provenance/origin";
import type { AppStore } from "../store/appStore";
import { eventTitle, nameOfPlace } from "../store/selectors";

/**
 * The tab's title names the dataset and what is selected, so bookmarks and
 * history read well; another dataset's title always comes with its origin.
 * With none open (loading, or a link that failed) it names the app in the
 * page's language: `fallback`, index.html's English title, only until the
 * messages are there.
 */
export function titleFor(
  store: AppStore,
  fallback: string,
  pageOrigin: string = location.origin,
): string {
  const { index, names, selectedEventId, selectedPlaceId, source } = store.getState();
  if (!index) return i18n.exists("app.pageTitle") ? i18n.t("app.pageTitle") : fallback;
  const lang = currentLanguage();
  const base = titleWithOrigin(
    metaTexts(index.dataset.meta, lang).title.text,
    describeOrigin(source, pageOrigin),
  );
  const event = selectedEventId ? index.byId.get(selectedEventId) : undefined;
  if (event) return `${eventTitle(index, names, event, lang)} — ${base}`;
  const place = selectedPlaceId ? nameOfPlace(index, names, selectedPlaceId, lang) : undefined;
  return place ? `${place} — ${base}` : base;
}

export function syncDocumentTitle(store: AppStore, doc: Document = document): () => void {
  const fallback = doc.title;
  const update = () => {
    doc.title = titleFor(store, fallback);
  };
  update();
  i18n.on("languageChanged", update);
  const unsubscribe = store.subscribe(
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
  return () => {
    unsubscribe();
    i18n.off("languageChanged", update);
  };
}
