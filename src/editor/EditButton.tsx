import { useState } from "react";
import { useAppStore } from "../store/appStore";
import { useEditorActions } from "./EditorActions";

/**
 * "Edit": a draft copy of the dataset on show (or the saved draft); the source is never changed.
 * The editor's code loads on the first press: the button says so while it does.
 */
export function EditButton() {
  const editing = useAppStore((state) => state.editor !== null);
  const ready = useAppStore((state) => state.index !== null);
  const { startEditing } = useEditorActions();
  const [opening, setOpening] = useState(false);
  if (editing) return null;
  return (
    <button
      type="button"
      className="edit-button"
      disabled={!ready || opening}
      aria-busy={opening}
      onClick={() => {
        setOpening(true);
        void startEditing().finally(() => setOpening(false));
      }}
    >
      {opening ? "Opening editor…" : "Edit"}
    </button>
  );
}
