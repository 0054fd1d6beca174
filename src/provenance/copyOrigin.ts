/**
 * Where the dataset this page ships was saved from. On the site it is the site's own story:
 * nowhere else. A one-file copy reads it from its page (`copyOrigin.single.ts`).
 */
import type { SavedFrom } from "../offline/embeddedCopy";

export const SHIPPED_SAVED_FROM: SavedFrom | null = null;
