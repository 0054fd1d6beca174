/**
 * Years before 1 (44 BCE, 13.8 billion years ago), which the timeline cannot
 * draw: an imported item with one is kept as undated, its date stored in
 * `displayDate` as the English text `describeEarlyYear` writes. That text is
 * the stored form (CSV and GeoJSON carry it, older datasets have it), and
 * `readEarlyYear` reads the year back from it, so the page can write the date
 * in the reader's language (`src/i18n/earlyYear.ts`).
 */

/** From this many years back a date is written "years ago", not BCE. */
const AGO_FROM = 100_000;

const UNITS = [
  [1e9, "billion"],
  [1e6, "million"],
] as const;

/** How an early year is said: a BCE year, or years ago (rounded to 0.01 of a million or billion). */
export type EarlyYear = { bce: number } | { ago: number };

/** 44 BCE as -44 (TimelineJS's way), year 0 as 1 BCE; deep time as years ago, rounded as it is written. */
export function earlyYear(year: number): EarlyYear {
  const bce = year === 0 ? 1 : -year;
  if (bce < AGO_FROM) return { bce };
  const unit = UNITS.find(([size]) => bce >= size)?.[0];
  return { ago: unit ? Math.round(Number((bce / unit).toFixed(2)) * unit) : bce };
}

/** "44 BCE", "3,500 BCE", "315,000 years ago", "13.8 billion years ago" for a year before 1. */
export function describeEarlyYear(year: number): string {
  const said = earlyYear(year);
  if ("bce" in said) return `${said.bce.toLocaleString("en")} BCE`;
  for (const [size, word] of UNITS) {
    if (said.ago >= size) return `${(said.ago / size).toLocaleString("en")} ${word} years ago`;
  }
  return `${said.ago.toLocaleString("en")} years ago`;
}

/**
 * The year a text of `describeEarlyYear`'s writes ("44 BCE" is -44), or null
 * for any other text: a date an author wrote their own way stays as written.
 */
export function readEarlyYear(text: string): number | null {
  const match = /^([\d,.]+) (?:(billion|million) )?(BCE|years ago)$/.exec(text);
  if (!match) return null;
  const [, digits = "", word, kind] = match;
  const size = word === "billion" ? 1e9 : word === "million" ? 1e6 : 1;
  const amount = Number(digits.replaceAll(",", ""));
  if (!Number.isFinite(amount) || (kind === "BCE" && size !== 1)) return null;
  const year = -Math.round(amount * size);
  // Only the canonical text: "1,0 BCE" or "0.5 million years ago" are someone else's.
  return describeEarlyYear(year) === text ? year : null;
}
