/**
 * Japanese and Simplified Chinese label glyphs for the map, from the same
 * Noto Sans JP / SC woff2 subsets the page uses (@fontsource, on this
 * origin): a hundred-odd files each, split by Unicode range, of which
 * MapLibre downloads only those that hold a character it draws. Regular
 * weight only: bold labels in these scripts use it too, so no second set of
 * files is shipped.
 */
import jpRanges from "@fontsource/noto-sans-jp/unicode.json";
import scRanges from "@fontsource/noto-sans-sc/unicode.json";
import type { Language } from "../i18n/languages";
import type { LabelFontFace } from "./style";

type FontFace = LabelFontFace;

const jpFiles = import.meta.glob<string>(
  "/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-*-400-normal.woff2",
  { query: "?url", import: "default", eager: true },
);
const scFiles = import.meta.glob<string>(
  "/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2",
  { query: "?url", import: "default", eager: true },
);

/** The numbered (CJK) subsets: "[12]" → noto-sans-jp-12-400-normal.woff2. */
function faces(
  family: "jp" | "sc",
  ranges: Record<string, string>,
  files: Record<string, string>,
  base: string,
): FontFace[] {
  const out: FontFace[] = [];
  for (const [key, range] of Object.entries(ranges)) {
    const number = /^\[(\d+)\]$/.exec(key)?.[1];
    if (number === undefined) continue;
    const url =
      files[
        `/node_modules/@fontsource/noto-sans-${family}/files/noto-sans-${family}-${number}-400-normal.woff2`
      ];
    if (!url) continue;
    out.push({ url: new URL(url, base).href, "unicode-range": range.split(",") });
  }
  return out;
}

/**
 * The faces that draw the reader's script after Noto Sans: Japanese pages
 * take Noto Sans JP, Chinese pages Noto Sans SC (the same characters have
 * different forms), each then the other for what it lacks. Other languages
 * name places in Latin or Cyrillic script and need none.
 */
export function cjkFaces(lang: Language, base: string = window.location.href): FontFace[] {
  if (lang === "ja")
    return [...faces("jp", jpRanges, jpFiles, base), ...faces("sc", scRanges, scFiles, base)];
  if (lang === "zh")
    return [...faces("sc", scRanges, scFiles, base), ...faces("jp", jpRanges, jpFiles, base)];
  return [];
}
