import { readFileSync } from "node:fs";
import notoSansRanges from "@fontsource/noto-sans/unicode.json";
import { describe, expect, it } from "vitest";

/** Code point ranges of the Noto Sans subsets the page loads (src/main.tsx imports them all). */
const RANGES = Object.values(notoSansRanges as Record<string, string>)
  .join(",")
  .split(",")
  .map((range) => {
    const [from = "", to = from] = range.trim().replace(/^U\+/i, "").split("-");
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)] as const;
  });

const covered = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return RANGES.some(([from, to]) => code >= from && code <= to);
};

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
    const missing = [...new Set(drawnText(html))].filter((char) => !covered(char));
    expect(missing).toEqual([]);
  });

  it("finds a character Noto Sans lacks, and leaves the language names to their own fonts", () => {
    expect([...drawnText("<span>Filters ▾</span>")].filter((char) => !covered(char))).toEqual([
      "▾",
    ]);
    expect(drawnText('<span lang="ja" data-font-exempt>日本語</span><p>Loading…</p>')).toBe(
      "Loading…",
    );
  });
});
