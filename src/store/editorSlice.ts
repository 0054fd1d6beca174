import type { Draft, EventFields, PlaceFields } from "../editor/draft";
import type * as DraftHistories from "../editor/draftHistory";
import { eventTitle } from "./selectors";
import type { AppState, SliceCreator } from "./types";
import type { Notice } from "./viewSlice";

/**
 * The draft's field edits that the map's clicks make, and its undo history (`editor/draft.ts`,
 * `editor/draftHistory.ts`). The edits validate with zod, which the first load does not carry, and
 * the history is the editor's alone, so the slice does not import them: `draft.ts` hands them over
 * when it loads, and no draft (hence no editing) exists before it has.
 */
export interface DraftEdits {
  updateEvent: (draft: Draft, index: number, patch: Partial<EventFields>) => Draft;
  updatePlace: (draft: Draft, index: number, patch: Partial<PlaceFields>) => Draft;
  history: Pick<
    typeof DraftHistories,
    "startHistory" | "commit" | "undo" | "redo" | "itemAfterStep" | "eventTakenAway"
  >;
}

let draftEdits: DraftEdits | null = null;

export function provideDraftEdits(edits: DraftEdits): void {
  draftEdits = edits;
}

/** The editor's history; its code is in before any draft exists (`draftEdits`). */
function histories(): DraftEdits["history"] {
  if (!draftEdits) throw new Error("The editor's code has not loaded: no draft to edit.");
  return draftEdits.history;
}

/** The notice a deleted event leaves ("Deleted … Undo brings it back"); an undo that does takes it away. */
export const DELETED_NOTICE = "editor-deleted";

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

/** What the editor's tabs show. */
export type EditorTab = "events" | "places" | "periods" | "source";

export interface AutosaveStatus {
  /** "off": the browser refused to store the draft (storage full, private mode): `reason` says so. */
  state: "pending" | "saved" | "off";
  savedAt: number | null;
  reason?: string;
}

export interface EditorState {
  history: DraftHistories.DraftHistory;
  tab: EditorTab;
  /** The draft event, place and period the forms show (positions in the draft). */
  eventIndex: number | null;
  placeIndex: number | null;
  periodIndex: number | null;
  /** "place": the next click on the map puts the edited place there. */
  picking: "place" | null;
  autosave: AutosaveStatus;
  /** When the draft was restored from storage after a reload, for the notice. */
  restoredAt: number | null;
  /** Another tab has the same draft open. */
  otherTab: boolean;
}

export interface EditorSlice {
  /** null when not editing. */
  editor: EditorState | null;
  editStart: (draft: Draft, restoredAt?: number | null) => void;
  /** Apply a change to the draft; `key` names the field typed into, so keystrokes make one step. */
  editChange: (change: (draft: Draft) => Draft, key?: string | null) => void;
  /**
   * Step back or forward. The form follows its event (or closes when the step
   * took it away); an event the step brought back is shown (on the Events tab)
   * and selected again, and an undone delete's notice goes; a redone delete
   * leaves the notice again.
   */
  editUndo: () => void;
  editRedo: () => void;
  /**
   * Leave the editor. `park` (Done): the draft stays on show and its editing state, undo history
   * included, waits for `editResume`; otherwise (Discard, another dataset) it goes. Either way a
   * delete's "Undo brings it back" goes: no Undo is on screen outside the editor.
   */
  editStop: (options?: { park?: boolean }) => void;
  /** Edit after Done on the same page: the parked editing state back, true if there was one. */
  editResume: () => boolean;
  /** The editing state Done left, for Edit to resume (its history: Undo still reaches back). */
  parkedEditor: EditorState | null;
  editSet: (
    patch: Partial<
      Pick<
        EditorState,
        "tab" | "eventIndex" | "placeIndex" | "periodIndex" | "picking" | "otherTab" | "restoredAt"
      >
    >,
  ) => void;
  editAutosave: (status: AutosaveStatus) => void;
  /**
   * A place clicked on the map while an event's form is open joins or leaves
   * that event. False when the editor has no use for the click.
   */
  editPlaceClicked: (placeId: string) => boolean;
  /** A click on the map (or the marker dragged) while placing: the edited place goes there. */
  editPutPlace: (coordinates: [number, number], keepPicking?: boolean) => boolean;
}

type StoreSet = Parameters<SliceCreator<EditorSlice>>[0];
type StoreGet = Parameters<SliceCreator<EditorSlice>>[1];

/** `editUndo` and `editRedo`. */
function step(set: StoreSet, get: StoreGet, move: "undo" | "redo"): void {
  const editor = get().editor;
  if (!editor) return;
  const { itemAfterStep, eventTakenAway, ...moves } = histories();
  const history = moves[move](editor.history, Date.now());
  if (history === editor.history) return;
  const before = editor.history.present;
  const after = history.present;
  const shown = itemAfterStep(before.events, after.events, editor.eventIndex);
  const broughtBack = shown.broughtBack && shown.index !== null;
  // An event brought back is shown in its form, on the Events tab whichever tab was open; the
  // open place and period stay the same place and period (a place brought back opens).
  const tab = broughtBack ? "events" : editor.tab;
  const placeIndex = itemAfterStep(before.places, after.places, editor.placeIndex).index;
  const periodIndex = itemAfterStep(before.periods, after.periods, editor.periodIndex).index;
  set({
    editor: { ...editor, history, eventIndex: shown.index, placeIndex, periodIndex, tab },
  });
  // A delete redone says so as the delete did, and Undo brings the event back again.
  const gone = move === "redo" ? eventTakenAway(before, history.present) : null;
  if (gone) get().notify(deletedNotice(get(), gone.fields.title));
  // A place brought back takes its notice away too.
  if (move === "undo" && history.present.places.length > before.places.length)
    get().dismissNotice(DELETED_NOTICE);
  if (!broughtBack || shown.index === null) return;
  if (move === "undo") get().dismissNotice(DELETED_NOTICE);
  const id = history.present.events[shown.index]?.valid?.id;
  if (id) get().selectEvent(id);
}

export const createEditorSlice: SliceCreator<EditorSlice> = (set, get) => ({
  editor: null,
  editStart: (draft, restoredAt = null) =>
    set({
      parkedEditor: null,
      editor: {
        history: histories().startHistory(draft),
        tab: "events",
        eventIndex: null,
        placeIndex: null,
        periodIndex: null,
        picking: null,
        autosave: { state: restoredAt ? "saved" : "pending", savedAt: restoredAt },
        restoredAt,
        otherTab: false,
      },
    }),
  editChange: (change, key = null) =>
    set((state) => {
      if (!state.editor) return {};
      const history = histories().commit(
        state.editor.history,
        change(state.editor.history.present),
        key,
        Date.now(),
      );
      return history === state.editor.history ? {} : { editor: { ...state.editor, history } };
    }),
  editUndo: () => step(set, get, "undo"),
  editRedo: () => step(set, get, "redo"),
  parkedEditor: null,
  editStop: ({ park = false } = {}) => {
    const { editor } = get();
    set({ editor: null, parkedEditor: park && editor ? { ...editor, picking: null } : null });
    get().dismissNotice(DELETED_NOTICE);
  },
  editResume: () => {
    const parked = get().parkedEditor;
    if (!parked || get().editor) return false;
    set({ editor: parked, parkedEditor: null });
    return true;
  },
  editSet: (patch) =>
    set((state) => (state.editor ? { editor: { ...state.editor, ...patch } } : {})),
  // A save that lands after Done (the last keys' flush) is the parked state's too: Edit compares
  // it with the stored draft's time to tell another tab's newer save.
  editAutosave: (autosave) =>
    set((state) =>
      state.editor
        ? { editor: { ...state.editor, autosave } }
        : state.parkedEditor
          ? { parkedEditor: { ...state.parkedEditor, autosave } }
          : {},
    ),
  editPlaceClicked: (placeId) => {
    const editor = get().editor;
    const edits = draftEdits;
    if (!edits || editor?.tab !== "events" || editor.eventIndex === null) return false;
    const index = editor.eventIndex;
    const event = editor.history.present.events[index];
    if (!event) return false;
    const places = event.fields.places.includes(placeId)
      ? event.fields.places.filter((id) => id !== placeId)
      : [...event.fields.places, placeId];
    get().editChange((draft) => edits.updateEvent(draft, index, { places }));
    return true;
  },
  editPutPlace: (coordinates, keepPicking = false) => {
    const editor = get().editor;
    const edits = draftEdits;
    if (!edits || !editor || editor.placeIndex === null) return false;
    if (!keepPicking && editor.picking !== "place") return false;
    const index = editor.placeIndex;
    const [longitude, latitude] = coordinates.map((value) => value.toFixed(4));
    get().editChange((draft) => edits.updatePlace(draft, index, { longitude, latitude }));
    if (!keepPicking) get().editSet({ picking: null });
    return true;
  },
});
