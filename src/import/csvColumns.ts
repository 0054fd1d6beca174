/** Our CSV template's columns, in order (a file of its own: the open dialog needs them without the reader). */
export const CSV_COLUMNS = [
  "id",
  "title",
  "start",
  "end",
  "approximate",
  "display date",
  "place",
  "place id",
  "lat",
  "lon",
  "place kind",
  "actors",
  "tags",
  "summary",
  "quote",
  "paragraph",
  // `yes` when the source set the quote's first letter as a drop cap (`quote.dropCap`), `no`, or empty.
  "drop cap",
  "link",
  // Each link's words, in step with `link`; an empty item is a link without any (the page says "Link").
  "link text",
  "note",
  "media",
  "media caption",
  "media credit",
  "media thumbnail",
  "body",
  // Empty for an event; `undated` for an item without a date on purpose, `title` for the row that
  // holds the story's own title (`title`), description (`summary`) and their translations.
  "type",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Other names for a column, read as it: `latitude` and `longitude` are what most tools write (a
 * file that used them lost every place, told only that it had "no lat and lon", review 28).
 */
export const COLUMN_ALIASES: Readonly<Record<string, CsvColumn>> = {
  latitude: "lat",
  longitude: "lon",
  lng: "lon",
  long: "lon",
};
