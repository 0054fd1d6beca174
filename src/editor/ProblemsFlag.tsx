import { useTranslation } from "react-i18next";
import "./editorMessages";

/** A list row's " · N problems", flagged; nothing for none. */
export function ProblemsFlag({ count }: { count: number }) {
  const { t } = useTranslation();
  return count > 0 ? (
    <span className="editor-flag"> · {t("editor.problems", { count })}</span>
  ) : null;
}
