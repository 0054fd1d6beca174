import { readFileSync } from "node:fs";
import notoSansRanges from "@fontsource/noto-sans/unicode.json";
import { describe, expect, it } from "vitest";
import { codePointsOf, facesFor, parseUnicodeRange } from "../offline/unicodeRanges";

/** The Noto Sans subsets the page loads (src/main.tsx imports them all). */
const NOTO_SANS = Object.values(notoSansRanges as Record<string, string>).map((range) => ({
  ranges: parseUnicodeRange(range),
}));

/** The characters of `text` above ASCII that no Noto Sans subset draws. */
const missing = (text: string) =>
  [...codePointsOf(text)]
    .filter((point) => facesFor(NOTO_SANS, new Set([point])).length === 0)
    .map((point) => String.fromCodePoint(point));

/** The text the first view draws: its words and its placeholders, not the language switch's names. */
function drawnText(html: string): string {
  const withoutNames = html.replace(/<span[^>]*data-font-exempt[^>]*>[^<]*<\/span>/g, "");
  const placeholders = [...withoutNames.matchAll(/placeholder="([^"]*)"/g)].map((m) => m[1]);
  return [withoutNames.replace(/<[^>]*>/g, ""), ...placeholders].join(" ");
}

describe("the first view's characters", () => {
  const html = readFileSync(new URL("./firstView.html", import.meta.url), "utf8");

  it("are all in Noto Sans: none sends the first frame to the system for a fallback font", () => {
    // Each such character cost synchronous font-service calls in the page's first frame on Linux
    // (the filters' ▾ three, before it was drawn as an icon).
    expect(missing(drawnText(html))).toEqual([]);
  });

  it("finds a character Noto Sans lacks, and leaves the language names to their own fonts", () => {
    expect(missing(drawnText("<span>Filters ▾</span>"))).toEqual(["▾"]);
    expect(drawnText('<span lang="ja" data-font-exempt>日本語</span><p>Loading…</p>')).toBe(
      "Loading…",
    );
  });
});
