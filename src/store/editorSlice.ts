import type { Draft } from "../editor/draft";
import type * as DraftHistories from "../editor/draftHistory";
import type { SliceCreator } from "./types";

/**
 * The draft's field edits that the map's clicks make, and its undo history (`editor/historyStep.ts`,
 * `editor/draftHistory.ts`). The edits validate with zod, which the first load does not carry, and
 * the history is the editor's alone, so the slice does not import them: `draft.ts` hands them over
 * when it loads, and no draft (hence no editing) exists before it has.
 */
export interface DraftEdits {
  history: Pick<typeof DraftHistories, "startHistory" | "commit">;
  /** `editUndo` and `editRedo` (src/editor/historyStep.ts). */
  step: (set: StoreSet, get: StoreGet, move: "undo" | "redo") => void;
  /** `editPlaceClicked` and `editPutPlace` (src/editor/historyStep.ts). */
  placeClicked: (get: StoreGet, placeId: string) => boolean;
  putPlace: (get: StoreGet, coordinates: [number, number], keepPicking: boolean) => boolean;
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

export type StoreSet = Parameters<SliceCreator<EditorSlice>>[0];
export type StoreGet = Parameters<SliceCreator<EditorSlice>>[1];

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
  editUndo: () => draftEdits?.step(set, get, "undo"),
  editRedo: () => draftEdits?.step(set, get, "redo"),
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
  editPlaceClicked: (placeId) => draftEdits?.placeClicked(get, placeId) ?? false,
  editPutPlace: (coordinates, keepPicking = false) =>
    draftEdits?.putPlace(get, coordinates, keepPicking) ?? false,
});
