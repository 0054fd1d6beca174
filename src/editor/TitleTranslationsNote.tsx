import { useTranslation } from "react-i18next";
import { currentLocale } from "../i18n/i18n";
import { appStore } from "../store/appStore";
import type { Draft } from "./draft";
import { dropTitleTranslations, titleTranslations } from "./titleTranslations";

export const TITLE_TRANSLATIONS_ID = "editor-title-translations";

/**
 * Under the story's title: which languages have a title of their own (the editor does not edit
 * them), and once the English title is changed, that those readers still see the earlier one,
 * with a way to show them the new title instead (one Undo brings the translations back).
 */
export function TitleTranslationsNote({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const { langs, writtenFor } = titleTranslations(draft);
  if (langs.length === 0) return null;
  const names = new Intl.DisplayNames([currentLocale()], { type: "language" });
  const languages = new Intl.ListFormat(currentLocale(), { type: "conjunction" }).format(
    langs.map((lang) => names.of(lang) ?? lang),
  );
  if (writtenFor === null) {
    return (
      <p className="editor-hint" id={TITLE_TRANSLATIONS_ID}>
        {t("editor.titleTranslations.kept", { languages })}
      </p>
    );
  }
  return (
    <div className="editor-warning" id={TITLE_TRANSLATIONS_ID}>
      <p>{t("editor.titleTranslations.stale", { languages, title: writtenFor })}</p>
      <button
        type="button"
        onClick={() => appStore.getState().editChange((d) => dropTitleTranslations(d))}
      >
        {t("editor.titleTranslations.drop")}
      </button>
    </div>
  );
}
