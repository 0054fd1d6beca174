/** Where the draft is stored (IndexedDB, and localStorage at pagehide): one per site. */
export const DRAFT_KEY = "draft:v1";
