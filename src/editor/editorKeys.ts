/**
 * Undo and redo from the keyboard while editing: Ctrl/⌘+Z and
 * Shift+Ctrl/⌘+Z (and Ctrl+Y), also inside the form's fields, since every
 * keystroke there is a step of the draft's own history.
 */
import type { AppStore } from "../store/appStore";
import { EDITOR_FIELD } from "./editorField";
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

const FIELD_SELECTOR = `.${EDITOR_FIELD}`;

/** Inputs that take no typing: Ctrl+Z on them is the draft's. */
const NOT_TYPED = new Set([
  "checkbox",
  "radio",
  "button",
  "submit",
  "reset",
  "file",
  "range",
  "color",
]);

/**
 * Whether Ctrl+Z at `target` is the draft's: not in a text box that is no field of the draft (the
 * search, Find a place; a field of the draft is in an `EDITOR_FIELD`), whose typing is the
 * browser's to undo, nor in a modal dialog over the page (Open dataset's paste box). Taken there,
 * it undid the draft's last change out of sight and left the typing (review 35 F14).
 */
export function undoesDraft(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest("dialog")) return false;
  const typed =
    (target instanceof HTMLElement && target.isContentEditable) ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !NOT_TYPED.has(target.type));
  return !typed || target.closest(FIELD_SELECTOR) !== null;
}

export function installEditorKeys(store: AppStore, win: Window = window): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!store.getState().editor) return;
    const action = editorKeyAction(event);
    if (!action || !undoesDraft(event.target)) return;
    event.preventDefault();
    if (action === "undo") store.getState().editUndo();
    else store.getState().editRedo();
    // The step may take away the field that had focus (an added event's form).
    focusAfterStepSoon(action);
  };
  // The browser's own undo is the page's, not a box's: a second Ctrl+Z in the search box undid
  // the typing in the draft's Title, out of sight. A draft field is undone by the draft's history
  // only (its own Ctrl+Z is taken above), never by the browser's.
  const onBeforeInput = (event: Event) => {
    const type = (event as InputEvent).inputType;
    if (!store.getState().editor || (type !== "historyUndo" && type !== "historyRedo")) return;
    if (event.target instanceof Element && event.target.closest(FIELD_SELECTOR))
      event.preventDefault();
  };
  win.addEventListener("keydown", onKey);
  win.addEventListener("beforeinput", onBeforeInput, true);
  return () => {
    win.removeEventListener("keydown", onKey);
    win.removeEventListener("beforeinput", onBeforeInput, true);
  };
}
