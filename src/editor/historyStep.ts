/**
 * The store's editing actions that need the editor's code, handed to the store with it
 * (`DraftEdits` in src/store/editorSlice.ts) rather than carried by the first load, which had
 * no 0.3 KB gzipped to spare for them.
 */
import { DELETED_NOTICE, type StoreGet, type StoreSet } from "../store/editorSlice";
import { eventTitle } from "../store/selectors";
import type { AppState } from "../store/types";
import type { Notice } from "../store/viewSlice";
import { updateEvent, updatePlace } from "./draft";
import { eventTakenAway, itemAfterStep, redo, undo } from "./draftHistory";

/** That notice, for the event titled `title` (a delete, or a delete redone). */
export function deletedNotice(state: AppState, title: string): Notice {
  const { index, names } = state;
  return {
    id: DELETED_NOTICE,
    kind: "info",
    text: (t, language) =>
      t("editor.deleted", { title: eventTitle(index, names, { title }, language) }),
  };
}

/**
 * `editUndo` and `editRedo`, with the editor's code rather than the first load's (the store
 * calls it through `DraftEdits`): the form follows its item, an event brought back is shown and
 * selected, and a delete's notice comes and goes with it.
 */
export function historyStep(set: StoreSet, get: StoreGet, move: "undo" | "redo"): void {
  const editor = get().editor;
  if (!editor) return;
  const history = (move === "undo" ? undo : redo)(editor.history, Date.now());
  if (history === editor.history) return;
  const before = editor.history.present;
  const after = history.present;
  const shown = itemAfterStep(before.events, after.events, editor.eventIndex);
  const broughtBack = shown.broughtBack && shown.index !== null;
  // An event brought back is shown in its form, on the Events tab whichever tab was open; the
  // open place and period stay the same place and period (a place brought back opens).
  const tab = broughtBack ? "events" : editor.tab;
  const place = itemAfterStep(before.places, after.places, editor.placeIndex);
  const periodIndex = itemAfterStep(before.periods, after.periods, editor.periodIndex).index;
  set({
    editor: {
      ...editor,
      history,
      eventIndex: shown.index,
      placeIndex: place.index,
      periodIndex,
      tab,
    },
  });
  // A delete redone says so as the delete did, and Undo brings the event back again.
  const gone = move === "redo" ? eventTakenAway(before, after) : null;
  if (gone) get().notify(deletedNotice(get(), gone.fields.title));
  // A place brought back takes its notice away too.
  if (move === "undo" && place.broughtBack) get().dismissNotice(DELETED_NOTICE);
  if (!broughtBack || shown.index === null) return;
  if (move === "undo") get().dismissNotice(DELETED_NOTICE);
  const id = after.events[shown.index]?.valid?.id;
  if (id) get().selectEvent(id);
}

/** `editPlaceClicked`: a place clicked on the map joins or leaves the open event (its form). */
export function placeClicked(get: StoreGet, placeId: string): boolean {
  const editor = get().editor;
  if (editor?.tab !== "events" || editor.eventIndex === null) return false;
  const index = editor.eventIndex;
  const event = editor.history.present.events[index];
  if (!event) return false;
  const places = event.fields.places.includes(placeId)
    ? event.fields.places.filter((id) => id !== placeId)
    : [...event.fields.places, placeId];
  get().editChange((draft) => updateEvent(draft, index, { places }));
  return true;
}

/** `editPutPlace`: a click on the map (or the marker dragged) while placing puts the place there. */
export function putPlace(
  get: StoreGet,
  coordinates: [number, number],
  keepPicking: boolean,
): boolean {
  const editor = get().editor;
  if (!editor || editor.placeIndex === null) return false;
  if (!keepPicking && editor.picking !== "place") return false;
  const index = editor.placeIndex;
  const [longitude, latitude] = coordinates.map((value) => value.toFixed(4));
  get().editChange((draft) => updatePlace(draft, index, { longitude, latitude }));
  if (!keepPicking) get().editSet({ picking: null });
  return true;
}
