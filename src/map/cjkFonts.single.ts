/**
 * A one-file copy inlines every file it names: the hundreds of Noto Sans
 * JP / SC subsets would make it ten times larger (29 MB instead of 3 MB).
 * Its map draws Japanese and Chinese labels with the system's fonts instead.
 */
import type { Language } from "../i18n/languages";
import type { LabelFontFace } from "./style";

export function cjkFaces(_lang: Language, _base?: string): LabelFontFace[] {
  return [];
}
