/**
 * The editor's tab and the place or period its form shows, kept in this browser tab's session
 * storage so that a reload reopens them with the draft (review 22 L3: a reload opened the editor
 * on Events with nothing open; the open event is the link's `event`, kept by the address). By id,
 * not by position: another tab may have saved the draft since, with items added or deleted.
 */
import { isRecord } from "../data/isRecord";
import type { AppStore } from "../store/appStore";
import type { EditorState, EditorTab } from "../store/editorSlice";
import type { Draft } from "./draft";

export const VIEW_KEY = "editor-view:v1";

const TABS: readonly EditorTab[] = ["events", "places", "periods", "source"];

export interface EditorView {
  tab: EditorTab;
  /** The open place's and period's ids; null when none is open. */
  place: string | null;
  period: string | null;
}

type ViewStorage = Pick<Storage, "getItem" | "setItem">;

export function viewOf(editor: EditorState): EditorView {
  const { places, periods } = editor.history.present;
  const idAt = (items: readonly { fields: { id: string } }[], index: number | null) =>
    index === null ? null : (items[index]?.fields.id ?? null);
  return {
    tab: editor.tab,
    place: idAt(places, editor.placeIndex),
    period: idAt(periods, editor.periodIndex),
  };
}

/** What a kept view reopens in this draft: nothing for a view it cannot read or items it lacks. */
export function reopenedView(
  kept: unknown,
  draft: Draft,
): Partial<Pick<EditorState, "tab" | "placeIndex" | "periodIndex">> {
  if (!isRecord(kept)) return {};
  const patch: Partial<Pick<EditorState, "tab" | "placeIndex" | "periodIndex">> = {};
  if (TABS.includes(kept.tab as EditorTab)) patch.tab = kept.tab as EditorTab;
  const indexOf = (items: readonly { fields: { id: string } }[], id: unknown) =>
    typeof id === "string" ? items.findIndex((item) => item.fields.id === id) : -1;
  const place = indexOf(draft.places, kept.place);
  if (place !== -1) patch.placeIndex = place;
  const period = indexOf(draft.periods, kept.period);
  if (period !== -1) patch.periodIndex = period;
  return patch;
}

/** Keeps the view as it changes; storage that refuses (a sandboxed frame) keeps nothing. */
export function bindEditorView(store: AppStore, storage: ViewStorage | null): () => void {
  return store.subscribe(
    (state) => (state.editor ? JSON.stringify(viewOf(state.editor)) : null),
    (text) => {
      if (text === null || !storage) return;
      try {
        storage.setItem(VIEW_KEY, text);
      } catch {
        // Full or refused: the view is a convenience, the draft itself is saved elsewhere.
      }
    },
  );
}

/** The view this tab kept, read before the editor starts (its start may write over it). */
export function keptView(storage: ViewStorage | null): unknown {
  try {
    return JSON.parse(storage?.getItem(VIEW_KEY) ?? "null");
  } catch {
    return null;
  }
}

/** After the saved draft reopened on a reload: its tab, place and period as they were. */
export function reopenView(store: AppStore, kept: unknown): void {
  const editor = store.getState().editor;
  if (editor) store.getState().editSet(reopenedView(kept, editor.history.present));
}

/** This tab's session storage, or null where reading it throws (storage blocked). */
export function sessionViewStorage(): ViewStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
