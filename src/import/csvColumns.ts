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
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
