/**
 * Undo and redo from the keyboard while editing: Ctrl/⌘+Z and
 * Shift+Ctrl/⌘+Z (and Ctrl+Y), also inside the form's fields, since every
 * keystroke there is a step of the draft's own history.
 */
import type { AppStore } from "../store/appStore";
import { focusAfterStepSoon } from "./editorFocus";

export function editorKeyAction(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">,
): "undo" | "redo" | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && !event.shiftKey) return "redo";
  return null;
}

export function installEditorKeys(store: AppStore, win: Window = window): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!store.getState().editor) return;
    const action = editorKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === "undo") store.getState().editUndo();
    else store.getState().editRedo();
    // The step may take away the field that had focus (an added event's form).
    focusAfterStepSoon(action);
  };
  win.addEventListener("keydown", onKey);
  return () => win.removeEventListener("keydown", onKey);
}
