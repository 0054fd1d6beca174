import { formatEventDateIn } from "../i18n/formatDate";
import { currentLanguage, t } from "../i18n/i18n";
import type { AppStore } from "../store/appStore";
import { eventTitle, nameOfPlace } from "../store/selectors";

/** One short sentence per new selection: "Lavrov arrives in Tokyo, 21 March 2018, Tokyo". */
export function selectionSentence(store: AppStore): string | null {
  const state = store.getState();
  const { index, names } = state;
  if (!index) return null;
  const lang = currentLanguage();
  if (state.selectedEventId) {
    const event = index.byId.get(state.selectedEventId);
    if (!event) return null;
    const places = event.places.map((id) => nameOfPlace(index, names, id, lang) ?? id);
    return [eventTitle(index, names, event, lang), formatEventDateIn(event, lang), ...places].join(
      t("search.separator"),
    );
  }
  if (state.selectedPlaceId) {
    const name = nameOfPlace(index, names, state.selectedPlaceId, lang);
    if (!name) return null;
    const count = index.eventsByPlace.get(state.selectedPlaceId)?.length ?? 0;
    return t("announce.place", { name, count });
  }
  return null;
}

export function announceSelections(store: AppStore): () => void {
  return store.subscribe(
    (state) => [state.selectedEventId, state.selectedPlaceId] as const,
    () => {
      const sentence = selectionSentence(store);
      if (sentence) store.getState().announce(sentence);
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
