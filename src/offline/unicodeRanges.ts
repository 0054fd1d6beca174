/**
 * Unicode ranges of @font-face rules (as @fontsource writes them), and which
 * faces a text needs: the build precaches, and the one-file copy embeds, only
 * the Noto Sans JP subsets that the dataset's Japanese text uses.
 */

export type CodeRange = readonly [number, number];

/** A face of a split font: its subset name, woff2 file and the characters it covers. */
export interface RangeFace {
  subset: string;
  file: string;
  /** As written in the stylesheet. */
  unicodeRange: string;
  ranges: CodeRange[];
}

/** `U+25ee8,U+26ff6-26ff8,U+4??` as inclusive code point ranges; bad parts are skipped. */
export function parseUnicodeRange(value: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const raw of value.split(",")) {
    const part = raw.trim().replace(/^U\+/i, "");
    const match = /^([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
    if (!match?.[1]) continue;
    const [, first, last] = match;
    if (first.includes("?")) {
      ranges.push([
        Number.parseInt(first.replace(/\?/g, "0"), 16),
        Number.parseInt(first.replace(/\?/g, "f"), 16),
      ]);
    } else {
      const start = Number.parseInt(first, 16);
      ranges.push([start, last ? Number.parseInt(last, 16) : start]);
    }
  }
  return ranges;
}

/** The ranges of several `unicode-range` values, sorted by their start, for `inSortedRanges`. */
export function sortedRanges(values: Iterable<string>): CodeRange[] {
  return [...values].flatMap(parseUnicodeRange).sort((a, b) => a[0] - b[0]);
}

/**
 * Whether a code point is in one of the ranges, sorted by `sortedRanges` and not overlapping (as a
 * split font's faces are not): a binary search, for a page's every Han character against Noto
 * Sans JP's ~120 faces (`ui/beyondJapanese.ts`).
 */
export function inSortedRanges(ranges: readonly CodeRange[], point: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle] as CodeRange;
    if (point < start) high = middle - 1;
    else if (point > end) low = middle + 1;
    else return true;
  }
  return false;
}

/** The faces of a @fontsource stylesheet: the `/* name *\/` comment before each rule names its subset. */
export function parseFontFaces(css: string): RangeFace[] {
  const faces: RangeFace[] = [];
  const rule = /\/\*\s*([^*]+?)\s*\*\/\s*@font-face\s*{([^}]*)}/g;
  for (const match of css.matchAll(rule)) {
    const [, subset = "", body = ""] = match;
    const file = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1]?.trim();
    if (!file || !range) continue;
    faces.push({ subset, file, unicodeRange: range, ranges: parseUnicodeRange(range) });
  }
  return faces;
}

/** The code points of a text above ASCII (ASCII is in every base font). */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    if (point > 0x7f) points.add(point);
  }
  return points;
}

/** CJK and fullwidth code points start here: what Noto Sans JP adds to the page's Noto Sans. */
export const FIRST_CJK_POINT = 0x2e80;

/** The code points of a text that only the Japanese font draws. */
export function cjkPointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (const point of codePointsOf(text)) if (point >= FIRST_CJK_POINT) points.add(point);
  return points;
}

function covers(ranges: readonly CodeRange[], point: number): boolean {
  return ranges.some(([start, end]) => point >= start && point <= end);
}

/** The faces that draw at least one of these code points, in their original order. */
export function facesFor<F extends { ranges: readonly CodeRange[] }>(
  faces: readonly F[],
  points: ReadonlySet<number>,
): F[] {
  return faces.filter((face) => {
    for (const point of points) if (covers(face.ranges, point)) return true;
    return false;
  });
}

/**
 * For each code point, the first face that draws it, as a browser or MapLibre picks down a list:
 * the faces a text draws from, in their original order. (`facesFor` keeps every face that covers
 * one, which for Noto Sans JP and SC listed together is both families' copy of each character.)
 */
export function firstFacesFor<F extends { ranges: readonly CodeRange[] }>(
  faces: readonly F[],
  points: ReadonlySet<number>,
): F[] {
  const used = new Set<F>();
  for (const point of points) {
    const face = faces.find((candidate) => covers(candidate.ranges, point));
    if (face) used.add(face);
  }
  return faces.filter((face) => used.has(face));
}
