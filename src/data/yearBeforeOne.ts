/**
 * A year before 1 as people and other tools write it: "-0044-03-15", "-753" (ISO 8601's expanded
 * years, TimelineJS's), "0000" (1 BCE) and "44 BCE". The importers keep an item with one as undated
 * (`src/import/geoJsonDates.ts`); the format's date check says the year is before 1 rather than
 * "use YYYY…", which led a maker to retype -0584 as 0584, AD 584 (review 37 R4).
 */
const EARLY_ISO = /^(-\d+|0000)(?:-\d{2}(?:-\d{2})?)?$/;
const EARLY_WORDS = /^([\d,]+)\s*(?:BCE|BC|B\.\s?C\.(?:\s?E\.)?)$/i;

/** The year (44 BCE is -44, as TimelineJS writes it), or null for any other text. */
export function yearBeforeOne(text: string): number | null {
  const iso = EARLY_ISO.exec(text);
  if (iso) return Number(iso[1]);
  const words = EARLY_WORDS.exec(text);
  const bce = words ? Number((words[1] ?? "").replaceAll(",", "")) : Number.NaN;
  return Number.isInteger(bce) && bce >= 1 ? -bce : null;
}
