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
