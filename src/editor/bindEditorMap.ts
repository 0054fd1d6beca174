/**
 * The edited place on the map: a draggable marker at its coordinates while
 * the Places tab shows it; dragging writes the new position to the draft.
 */
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

/**
 * The marker's name in the page's language (review 26: English on every page). Its words come
 * with the editor's (`EditorPanel.tsx` names it), not in the first load with this binding.
 */
let markerLabel = () => "";

export function nameEditMarker(label: () => string): void {
  markerLabel = label;
}

export function bindEditorToMap(store: AppStore, map: EditMarkerDriver): () => void {
  return store.subscribe(
    editMarkerPosition,
    (position) =>
      map.setEditMarker(
        position,
        (lngLat) => store.getState().editPutPlace(lngLat, true),
        markerLabel(),
      ),
    {
      fireImmediately: true,
      equalityFn: (a, b) => a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]),
    },
  );
}
