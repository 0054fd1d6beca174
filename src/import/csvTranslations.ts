/**
 * Translations in our CSV template: a column named after a translatable
 * column and a language, `title (ja)`, holds that column in that language.
 * An event's title, summary and note go to its `i18n`; `place (ru)` names
 * the row's places in step with `place`, and `actors (ja)` and `tags (ja)`
 * its actors and tags in step with theirs (the dataset's `meta.i18n` labels).
 */

export { stepCell } from "./csvCells";

export const TRANSLATED_COLUMNS = ["title", "summary", "note", "place", "actors", "tags"] as const;
export type TranslatedColumn = (typeof TRANSLATED_COLUMNS)[number];

/** A translation column of one file: which column, which language, where. */
export interface TranslationColumn {
  column: TranslatedColumn;
  lang: string;
  at: number;
}

// Lower case: the reader compares header names in lower case.
const NAME = /^(title|summary|note|place|actors|tags) \(([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\)$/;

/** Whether a header name (trimmed, in lower case) is a translation column's. */
export function isTranslationColumnName(name: string): boolean {
  return NAME.test(name);
}

export function translationColumnName(column: TranslatedColumn, lang: string): string {
  return `${column} (${lang})`;
}

/** A language tag as the schema writes it: `pt-br` → `pt-BR` (region subtags in capitals). */
function tagOf(lowerCase: string): string {
  return lowerCase
    .split("-")
    .map((part, i) => (i > 0 && part.length === 2 ? part.toUpperCase() : part))
    .join("-");
}

/** The header's translation columns (names trimmed and in lower case), the first of each name. */
export function translationColumns(header: readonly string[]): TranslationColumn[] {
  const seen = new Set<string>();
  const columns: TranslationColumn[] = [];
  header.forEach((name, at) => {
    const match = NAME.exec(name);
    if (!match || seen.has(name)) return;
    seen.add(name);
    columns.push({ column: match[1] as TranslatedColumn, lang: tagOf(match[2] as string), at });
  });
  return columns;
}
