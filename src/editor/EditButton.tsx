import { useState } from "react";
import { useTranslation } from "react-i18next";
import { appStore, useAppStore } from "../store/appStore";
import { useEditorActions } from "./EditorActions";
import { focusEditorSoon } from "./editorFocus";

/**
 * "Edit": a draft copy of the dataset on show (or the saved draft); the source is never changed.
 * The editor's code loads on the first press: the button says so while it does.
 * Focus then goes to the editor's heading (`editorFocus.ts`).
 */
export function EditButton() {
  const editing = useAppStore((state) => state.editor !== null);
  const ready = useAppStore((state) => state.index !== null);
  const { startEditing } = useEditorActions();
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  if (editing) return null;
  return (
    <button
      type="button"
      className="edit-button"
      disabled={!ready}
      // Not `disabled` while it opens: that would drop the focus it holds.
      aria-disabled={opening || undefined}
      aria-busy={opening}
      onClick={() => {
        if (opening) return;
        setOpening(true);
        void startEditing().finally(() => {
          setOpening(false);
          // This button goes as the editor comes: focus goes to the editor's heading.
          if (appStore.getState().editor) focusEditorSoon();
        });
      }}
    >
      {opening ? t("editor.opening") : t("editor.edit")}
    </button>
  );
}
