/**
 * Our CSV template's header as its reader takes it: where each column is, `latitude` and the like
 * read as `lat`, and the names the template does not know, each with the column it is probably a
 * misspelling of. A column nobody reads was lost without a word: `sumary`, `actor`, `tag` (review 28).
 */
import { closestOne } from "../search/typos";
import { COLUMN_ALIASES, CSV_COLUMNS, type CsvColumn } from "./csvColumns";
import { isTranslationColumnName } from "./csvTranslations";

/** A header name compared without case, spaces, `_`, `-` or `.`: `Display_Date` is `display date`. */
const squeezed = (name: string) => name.toLowerCase().replace(/[\s_.-]+/g, "");

/** Every name the template reads, squeezed, with the column it is. */
const KNOWN = new Map<string, CsvColumn>([
  ...CSV_COLUMNS.map((column) => [squeezed(column), column] as const),
  ...Object.entries(COLUMN_ALIASES).map(([alias, column]) => [squeezed(alias), column] as const),
]);

/** The template's column a header name (trimmed, in lower case) is, alias included, or undefined. */
export function columnNamed(name: string): CsvColumn | undefined {
  return (CSV_COLUMNS as readonly string[]).includes(name)
    ? (name as CsvColumn)
    : COLUMN_ALIASES[name];
}

/** Each column's first position in the header (names trimmed, in lower case), aliases as their column. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = columnNamed(name) ?? name;
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/**
 * The one column a name is close to, or undefined: written another way (`display_date`), or within
 * one edit (two from 7 letters on) where no other column is as close: `sumary` is `summary`, `tag`
 * `tags`, but `lan` is as near `lat` as `lon`.
 */
export function closestColumn(name: string): CsvColumn | undefined {
  const written = squeezed(name);
  const exact = KNOWN.get(written);
  if (exact) return exact;
  return closestOne(written, KNOWN, written.length >= 7 ? 2 : 1);
}

/**
 * The header's names the template does not read, as the file writes them (empty names, a
 * trailing comma's, left out), each once, with the column it is probably meant to be.
 */
export function unknownColumns(written: readonly string[]): { name: string; known?: CsvColumn }[] {
  const seen = new Set<string>();
  return written.flatMap((cell) => {
    const name = cell.trim();
    const lower = name.toLowerCase();
    if (lower === "" || seen.has(lower)) return [];
    seen.add(lower);
    if (columnNamed(lower) || isTranslationColumnName(lower)) return [];
    const known = closestColumn(lower);
    return [known ? { name, known } : { name }];
  });
}
