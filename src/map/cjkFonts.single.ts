/**
 * A one-file copy cannot fetch the site's Noto Sans JP / SC subsets (a page
 * opened from disk reaches no origin), and inlining them all would make it
 * ten times larger (29 MB instead of 3 MB). Its map draws from the faces the
 * copy carries (`<style id="offline-fonts">`), chosen when it was saved for the
 * labels it shows (src/offline/offlineCopy.ts); the system's fonts draw the rest.
 */
import { FONTS_ELEMENT_ID } from "../offline/embeddedCopy";
import { labelFacesOf, readFontFaceRules } from "../offline/embeddedFonts";
import type { CjkFamily } from "./labelFamily";
import type { LabelFontFace } from "./style";

export function cjkFaces(first: CjkFamily, _base?: string): LabelFontFace[] {
  const css = document.getElementById(FONTS_ELEMENT_ID)?.textContent ?? "";
  return labelFacesOf(readFontFaceRules(css), first);
}
