import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { currentLocale } from "../i18n/i18n";
import { appStore, useAppStore } from "../store/appStore";
import { Field } from "./Field";
import {
  dropTranslations,
  quotedBriefly,
  type TranslatedText,
  translationsOf,
} from "./translations";
import "./editorMessages";

const TITLE_TRANSLATIONS_ID = "editor-title-translations";

/** The note's id: the story title's as it was, an item's by its kind, position and field. */
export function translationsNoteId(text: TranslatedText): string {
  return text.kind === "story"
    ? TITLE_TRANSLATIONS_ID
    : `editor-translations-${text.kind}-${text.index}-${text.field}`;
}

/** The draft's translations of `text`, following the draft as it is edited. */
export function useTranslations(text: TranslatedText) {
  const draft = useAppStore((state) => state.editor?.history.present ?? null);
  return draft ? translationsOf(draft, text) : { langs: [], writtenFor: null };
}

/**
 * Under a translated text's field (the story's title, an event's summary…): which languages have
 * a text of their own (the editor does not edit them), and once the English text is changed, that
 * those readers still see the earlier one, with a way to show them the new text instead (one Undo
 * brings the translations back).
 */
export function TranslationsNote({ text }: { text: TranslatedText }) {
  const { t } = useTranslation();
  const { langs, writtenFor } = useTranslations(text);
  if (langs.length === 0) return null;
  const field = text.kind === "story" ? "title" : text.field;
  const names = new Intl.DisplayNames([currentLocale()], { type: "language" });
  const languages = new Intl.ListFormat(currentLocale(), { type: "conjunction" }).format(
    langs.map((lang) => names.of(lang) ?? lang),
  );
  const id = translationsNoteId(text);
  if (writtenFor === null) {
    return (
      <p className="editor-hint" id={id}>
        {t("editor.translations.kept", { languages, field })}
      </p>
    );
  }
  return (
    <div className="editor-warning" id={id}>
      <p>{t("editor.translations.stale", { languages, field, text: quotedBriefly(writtenFor) })}</p>
      <button
        type="button"
        onClick={() => {
          // The note and its button go with the translations: focus goes back to the field the
          // note described, not to the page (review 22).
          const described = document.querySelector<HTMLElement>(`[aria-describedby~="${id}"]`);
          appStore.getState().editChange((d) => dropTranslations(d, text));
          described?.focus();
        }}
      >
        {t("editor.translations.drop", { field })}
      </button>
    </div>
  );
}

/** A form's field whose text the dataset may hold in other languages, with their note under it. */
export function TranslatedField({
  text,
  ...field
}: { text: Exclude<TranslatedText, { kind: "story" }> } & Omit<
  ComponentProps<typeof Field>,
  "describedBy"
>) {
  const { langs } = useTranslations(text);
  return (
    <>
      <Field {...field} describedBy={langs.length > 0 ? translationsNoteId(text) : undefined} />
      <TranslationsNote text={text} />
    </>
  );
}
