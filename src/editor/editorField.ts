/**
 * The class of a field of the draft's (`Field`, the source's text box): Ctrl/⌘+Z in a text box
 * inside one is the draft's undo, elsewhere the box's own (`editorKeys.ts`), and editor.css lays it
 * out. One name, written once: a field whose class was misspelt would have lost the draft's undo.
 */
export const EDITOR_FIELD = "editor-field";
