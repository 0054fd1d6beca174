import type { Language } from "./languages";

/**
 * The languages whose text this page cannot draw. None on the site, which loads Noto Sans JP and
 * SC for a language when it is shown; a one-file copy has its own (`undrawnLanguages.single.ts`).
 */
export const UNDRAWN_LANGUAGES: readonly Language[] = [];
