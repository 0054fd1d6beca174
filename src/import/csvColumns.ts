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
  "link",
  "note",
  "media",
  "media caption",
  "media credit",
  "body",
  // Empty for an event; `undated` for an item without a date on purpose, `title` for the row that
  // holds the story's own title (`title`), description (`summary`) and their translations.
  "type",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
