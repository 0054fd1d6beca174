/**
 * The story's title in other languages (`meta.i18n[lang].title`), which the editor does not edit:
 * once the English title is changed, those were written for the earlier one, and a reader in that
 * language still sees them. The editor says so beside the title and offers to drop them, so every
 * language shows the new title (the dataset's own words, marked as English).
 */
import type { Draft } from "./draft";

export interface TitleTranslations {
  /** The languages with a title of their own, as the dataset names them (`ja`, `ru`, `zh`). */
  langs: string[];
  /** The English title they were written for, when it has been changed since; else null. */
  writtenFor: string | null;
}

export function titleTranslations(draft: Draft): TitleTranslations {
  const langs = Object.entries(draft.meta.i18n ?? {})
    .filter(([, texts]) => texts?.title !== undefined)
    .map(([lang]) => lang);
  // `basedOn` is the title when editing began, the one the story's translations went with.
  const changed = draft.basedOn !== "" && draft.meta.title !== draft.basedOn;
  return { langs, writtenFor: langs.length > 0 && changed ? draft.basedOn : null };
}

/** The draft without its translated titles (descriptions, notes and labels kept). */
export function dropTitleTranslations(draft: Draft): Draft {
  if (!draft.meta.i18n) return draft;
  const i18n: NonNullable<Draft["meta"]["i18n"]> = {};
  for (const [lang, texts] of Object.entries(draft.meta.i18n)) {
    if (!texts) continue;
    const { title: _, ...rest } = texts;
    if (Object.keys(rest).length > 0) i18n[lang as keyof typeof i18n] = rest;
  }
  const { i18n: _, ...meta } = draft.meta;
  return { ...draft, meta: Object.keys(i18n).length > 0 ? { ...meta, i18n } : meta };
}
