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

/** A column's letters as a spreadsheet names it: 0 is A, 25 Z, 26 AA. */
export function columnLetters(at: number): string {
  let letters = "";
  for (let n = at + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The header's columns that name a column of the template (or a translation's) already named to
 * their left, as the file writes them, with their position and the column they repeat: only the
 * first is read, and `summary, summary` lost the second's text without a word (review 32).
 */
export function repeatedColumns(
  written: readonly string[],
): { name: string; at: number; known: string }[] {
  const seen = new Set<string>();
  const repeated: { name: string; at: number; known: string }[] = [];
  written.forEach((cell, at) => {
    const name = cell.trim();
    const lower = name.toLowerCase();
    const known = columnNamed(lower) ?? (isTranslationColumnName(lower) ? lower : undefined);
    if (known === undefined) return;
    if (seen.has(known)) repeated.push({ name, at, known });
    else seen.add(known);
  });
  return repeated;
}

/** Our template's columns without which a file is not read as ours. */
const REQUIRED = ["title", "start"] as const;

/**
 * Words in a header name that say it probably holds a required column, most telling first:
 * `Start Date`, `Event title`, then `Date` (but not `End Date`).
 */
const HOLDS: Record<(typeof REQUIRED)[number], RegExp[]> = {
  title: [/title|headline/, /^(event|name|what|subject)$/],
  start: [/start|begin/, /^(?!end).*(date|year|when)/],
};

/**
 * For a header that is neither template's but is close to ours (it has `title` or `start`, a name
 * within a typo of one, or a name that probably holds each: `Date, Event, Place`), each required
 * column it lacks, with the header's name that probably holds it (`titel`, `strat`, `Start Date`,
 * `Event`); null for a header not close to ours. It got the general "not a header the explorer
 * knows" alone, which named neither (review 32; a hand-made sheet's `Date, Event`, review 35 F12).
 */
export function missingRequiredColumns(
  written: readonly string[],
): { column: (typeof REQUIRED)[number]; cell?: string }[] | null {
  const names = written.map((cell) => cell.trim()).filter((name) => name !== "");
  const known = new Set(names.map((name) => columnNamed(name.toLowerCase())));
  // The names that are not a column of the template: those a required column may hide in.
  const others = names.filter((name) => columnNamed(name.toLowerCase()) === undefined);
  const misspelt = (column: string) => others.find((name) => closestColumn(name) === column);
  const likely = (column: (typeof REQUIRED)[number]) =>
    misspelt(column) ??
    HOLDS[column]
      .map((words) => others.find((name) => words.test(squeezed(name))))
      .find((name) => name !== undefined);
  const missing = REQUIRED.filter((column) => !known.has(column));
  const close =
    missing.length < REQUIRED.length ||
    missing.some((column) => misspelt(column)) ||
    missing.every((column) => likely(column) !== undefined);
  if (!close || missing.length === 0) return null;
  return missing.map((column) => {
    const cell = likely(column);
    return cell === undefined ? { column } : { column, cell };
  });
}
