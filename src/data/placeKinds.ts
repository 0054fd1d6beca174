/**
 * The kinds of place the schema accepts. No zod here: the details panel
 * names a place's kind from this list in the first download, while the schema
 * (and zod with it) loads only to check a dataset or a draft.
 */
export const PLACE_KINDS = [
  "city",
  "town",
  "island",
  "island-group",
  "region",
  "country",
  "site",
] as const;

/** Whether a text is one of the kinds (a file's cell, a dataset's field read as written). */
export function isPlaceKind(text: string): text is (typeof PLACE_KINDS)[number] {
  return (PLACE_KINDS as readonly string[]).includes(text);
}
