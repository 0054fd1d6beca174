/**
 * The map follows the editor (review 37). Typed coordinates left the map where it was, the place's
 * marker off screen: once the typing pauses, the place is brought into view as selecting a place
 * does (only when it is out of view). A story without places (New story) shows the world, not the
 * shipped story's islands.
 */
import type { MovedMap } from "../map/shownMap";
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import { editMarkerPosition } from "./bindEditorMap";

/** How long the typing pauses before the map follows (not every keystroke: "6", "63", "63.3"…). */
export const FOLLOW_PAUSE_MS = 600;

type Point = [number, number];

/** The edited place (its position in the draft) while the Places tab shows its form, or null. */
function editedPlace(state: AppState): number | null {
  return state.editor?.tab === "places" ? state.editor.placeIndex : null;
}

export interface EditedPlace {
  place: number | null;
  position: Point | null;
}

export function editedPlaceOf(state: AppState): EditedPlace {
  return { place: editedPlace(state), position: editMarkerPosition(state) };
}

/**
 * Where the map should follow, from one state to the next: the same place's new position (its
 * coordinates typed, or stepped back by Undo). Another place chosen, or the form closed, is not
 * followed.
 */
export function followedPoint(before: EditedPlace, after: EditedPlace): Point | null {
  const { place, position } = after;
  if (place === null || place !== before.place || position === null) return null;
  const old = before.position;
  return old && old[0] === position[0] && old[1] === position[1] ? null : position;
}

/** Whether the map shows a story without places while editing (a new story's draft). */
export function editsStoryWithoutPlaces(state: AppState): boolean {
  return state.editor !== null && state.index !== null && state.index.places.size === 0;
}

/**
 * Binds the map (`map()`: the one on show, or null) to the editor while the editor is open; gives
 * what unbinds it. Its moves animate unless the reader asked for reduced motion (the adapter's rule).
 */
export function followEditedPlace(
  store: AppStore,
  map: () => Pick<MovedMap, "showPlace" | "resetView"> | null,
  pause = FOLLOW_PAUSE_MS,
): () => void {
  let last = editedPlaceOf(store.getState());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unfollow = store.subscribe((state) => {
    const now = editedPlaceOf(state);
    if (now.place === last.place && now.position === last.position) return;
    const point = followedPoint(last, now);
    last = now;
    clearTimeout(timer);
    if (point) timer = setTimeout(() => map()?.showPlace(point, { animate: true }), pause);
  });
  const unworld = store.subscribe(
    editsStoryWithoutPlaces,
    (without) => {
      if (without) map()?.resetView({ animate: true });
    },
    { fireImmediately: true },
  );
  return () => {
    clearTimeout(timer);
    unfollow();
    unworld();
  };
}
