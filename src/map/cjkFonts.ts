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
import type { CjkFamily } from "./labelFamily";
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
 * The faces that draw labels in a CJK script after Noto Sans: `first`'s
 * (Noto Sans JP for Japanese, SC for Chinese: the same characters have
 * different forms; `labelFamily` chooses), then the other's for what it lacks.
 */
export function cjkFaces(first: CjkFamily, base: string = window.location.href): FontFace[] {
  const jp = faces("jp", jpRanges, jpFiles, base);
  const sc = faces("sc", scRanges, scFiles, base);
  return first === "jp" ? [...jp, ...sc] : [...sc, ...jp];
}
