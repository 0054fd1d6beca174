import { useState } from "react";
import { useTranslation } from "react-i18next";
import { appStore, useAppStore } from "../store/appStore";
import { useEditorActions } from "./EditorActions";
import { preloadEditorPanel } from "./EditorPanelSlot";
import { focusEditorOnMount, focusEditorSoon } from "./editorFocus";

/**
 * "Edit": a draft copy of the dataset on show (or the saved draft); the source is never changed.
 * The editor's code loads on the first press (its panel's already on hover or focus): the
 * button keeps focus and says so while it does. Focus then goes to the editor's heading as
 * the editor mounts (`editorFocus.ts`).
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
      onPointerEnter={preloadEditorPanel}
      onFocus={preloadEditorPanel}
      onClick={() => {
        if (opening) return;
        setOpening(true);
        // This button goes as the editor comes: focus goes to the editor's heading.
        focusEditorOnMount(true);
        void startEditing().finally(() => {
          setOpening(false);
          if (appStore.getState().editor) focusEditorSoon();
          else focusEditorOnMount(false);
        });
      }}
    >
      {opening ? t("editor.opening") : t("editor.edit")}
    </button>
  );
}
