import { formatEventDate } from "../data/dates";
import type { AppStore } from "../store/appStore";
import { eventTitle, nameOfPlace } from "../store/selectors";

/** One short sentence per new selection: "Lavrov arrives in Tokyo, 21 March 2018, Tokyo". */
export function selectionSentence(store: AppStore): string | null {
  const state = store.getState();
  const { index, names } = state;
  if (!index) return null;
  if (state.selectedEventId) {
    const event = index.byId.get(state.selectedEventId);
    if (!event) return null;
    const places = event.places.map((id) => nameOfPlace(index, names, id) ?? id);
    return [eventTitle(index, names, event), formatEventDate(event), ...places].join(", ");
  }
  if (state.selectedPlaceId) {
    const name = nameOfPlace(index, names, state.selectedPlaceId);
    if (!name) return null;
    const count = index.eventsByPlace.get(state.selectedPlaceId)?.length ?? 0;
    return `${name}, ${count} ${count === 1 ? "event" : "events"}`;
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
