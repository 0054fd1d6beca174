/**
 * A one-file copy carries the Japanese faces its dataset needs in its own
 * page (see offlineCopy.ts) and no other: loading Noto Sans JP / SC whole
 * would inline every subset. Other Japanese or Chinese text uses the system's fonts.
 */
import "./scriptFonts.css";
import type { Language } from "./languages";

export function loadScriptFont(_lang: Language): Promise<void> {
  return Promise.resolve();
}
