/**
 * Which CJK faces the map's labels need, found from the labels, not the page's language: a
 * dataset whose places are named in Japanese or Chinese script shows those names on an English
 * or Russian page too, which drew them with the system's fonts (boxes on a machine without CJK
 * fonts) while the faces were chosen by the page's language.
 */
import type { Language } from "../i18n/languages";

/** The CJK family the map tries first (Noto Sans JP or SC), the other after it for what it lacks. */
export type CjkFamily = "jp" | "sc";

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The family the map draws `labels` in first, or null when none has a Han, kana or Hangul
 * character (Latin and Cyrillic come from the bundled Noto Sans, so an English page of the
 * shipped dataset fetches no CJK face):
 * - kana: JP, whatever the page's language (only Japanese writes kana);
 * - Han or Hangul without kana: SC on a Chinese page (Chinese forms), else JP: a Japanese page's
 *   own, and on an English or Russian page the one-file copy's order (src/offline/embeddedFonts.ts),
 *   as this story's places are Japanese and Russian. SC follows JP in the list, so Hangul (which
 *   Noto Sans JP lacks) and simplified characters are drawn either way.
 */
export function labelFamily(labels: Iterable<string>, lang: Language): CjkFamily | null {
  let cjk = false;
  for (const label of labels) {
    if (KANA.test(label)) return "jp";
    cjk ||= CJK.test(label);
  }
  if (!cjk) return null;
  return lang === "zh" ? "sc" : "jp";
}
