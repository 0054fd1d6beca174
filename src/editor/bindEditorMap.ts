/**
 * The edited place on the map: a draggable marker at its coordinates while
 * the Places tab shows it; dragging writes the new position to the draft.
 */
import { i18n } from "../i18n/i18n";
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";

export interface EditMarkerDriver {
  setEditMarker: (
    position: [number, number] | null,
    onMove: (lngLat: [number, number]) => void,
    label?: string,
  ) => void;
}

/** The marker's position: the edited place's last valid coordinates, or none. */
export function editMarkerPosition(state: AppState): [number, number] | null {
  const editor = state.editor;
  if (editor?.tab !== "places" || editor.placeIndex === null) return null;
  return editor.history.present.places[editor.placeIndex]?.valid?.coordinates ?? null;
}

export function bindEditorToMap(store: AppStore, map: EditMarkerDriver): () => void {
  return store.subscribe(
    editMarkerPosition,
    (position) =>
      map.setEditMarker(
        position,
        (lngLat) => store.getState().editPutPlace(lngLat, true),
        // In the page's language (review 26: English on every page), as it is when the marker comes.
        i18n.t("editor.editMarker"),
      ),
    {
      fireImmediately: true,
      equalityFn: (a, b) => a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]),
    },
  );
}
