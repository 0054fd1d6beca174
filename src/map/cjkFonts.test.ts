// @vitest-environment jsdom
import jpRanges from "@fontsource/noto-sans-jp/unicode.json";
import scRanges from "@fontsource/noto-sans-sc/unicode.json";
import { describe, expect, it } from "vitest";
import { cjkFaces } from "./cjkFonts";

/** The numbered (CJK) subsets of a family; its Latin, Cyrillic and Vietnamese ones are not drawn from it. */
const numbered = (ranges: Record<string, string>) =>
  Object.keys(ranges).filter((key) => /^\[\d+\]$/.test(key));
const jpCount = numbered(jpRanges).length;
const scCount = numbered(scRanges).length;

const family = (url: string) => /noto-sans-(jp|sc)-\d+-400-normal\.woff2$/.exec(url)?.[1];

describe("cjkFaces", () => {
  it("draws Japanese with Noto Sans JP first, then Noto Sans SC for what it lacks", () => {
    const faces = cjkFaces("jp", "https://example.org/app/");
    expect(jpCount).toBeGreaterThan(50);
    expect(faces.map((face) => family(face.url))).toEqual([
      ...Array(jpCount).fill("jp"),
      ...Array(scCount).fill("sc"),
    ]);
  });

  it("draws Chinese with Noto Sans SC first, then Noto Sans JP", () => {
    const faces = cjkFaces("sc", "https://example.org/app/");
    expect(faces.map((face) => family(face.url))).toEqual([
      ...Array(scCount).fill("sc"),
      ...Array(jpCount).fill("jp"),
    ]);
  });

  it("gives each face an absolute address and its subset's unicode range", () => {
    const [first] = cjkFaces("jp", "https://example.org/app/");
    const subset = /noto-sans-jp-(\d+)-400-normal/.exec(first?.url ?? "")?.[1];
    expect(first?.url.startsWith("https://example.org/")).toBe(true);
    expect(first?.["unicode-range"]).toEqual(
      (jpRanges as Record<string, string>)[`[${subset}]`]?.split(","),
    );
    for (const face of cjkFaces("sc", "https://example.org/")) {
      const ranges = face["unicode-range"] ?? [];
      expect(ranges.length).toBeGreaterThan(0);
      for (const range of ranges) expect(range).toMatch(/^U\+[0-9a-f]/i);
    }
  });

  it("resolves the files against the page's address by default", () => {
    const faces = cjkFaces("sc");
    expect(faces.length).toBe(jpCount + scCount);
    expect(faces.every((face) => face.url.startsWith(`${window.location.origin}/`))).toBe(true);
  });
});
