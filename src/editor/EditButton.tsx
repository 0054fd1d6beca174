import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import { useEditorActions } from "./EditorActions";

/** "Edit": a draft copy of the dataset on show (or the saved draft); the source is never changed. */
export function EditButton() {
  const editing = useAppStore((state) => state.editor !== null);
  const ready = useAppStore((state) => state.index !== null);
  const { startEditing } = useEditorActions();
  const { t } = useTranslation();
  if (editing) return null;
  return (
    <button
      type="button"
      className="edit-button"
      disabled={!ready}
      onClick={() => void startEditing()}
    >
      {t("editor.edit")}
    </button>
  );
}
