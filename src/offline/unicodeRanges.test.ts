import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  codePointsOf,
  facesFor,
  firstFacesFor,
  parseFontFaces,
  parseUnicodeRange,
} from "./unicodeRanges";

describe("parseUnicodeRange", () => {
  it("reads single points, spans and wildcards, and skips what it cannot read", () => {
    expect(parseUnicodeRange("U+25ee8, U+26ff6-26ff8,U+4??, nonsense")).toEqual([
      [0x25ee8, 0x25ee8],
      [0x26ff6, 0x26ff8],
      [0x400, 0x4ff],
    ]);
  });
});

describe("parseFontFaces and facesFor", () => {
  const css = `/* font-[1]-400-normal */
@font-face {
  src: url(./files/one.woff2) format('woff2'), url(./files/one.woff) format('woff');
  unicode-range: U+6589-658a,U+6a5f;
}
/* font-[2]-400-normal */
@font-face {
  src: url(./files/two.woff2) format('woff2');
  unicode-range: U+3041-3096;
}`;

  it("names each face by its comment and keeps its woff2 file", () => {
    const faces = parseFontFaces(css);
    expect(faces.map((face) => [face.subset, face.file])).toEqual([
      ["font-[1]-400-normal", "./files/one.woff2"],
      ["font-[2]-400-normal", "./files/two.woff2"],
    ]);
  });

  it("picks only the faces a text needs", () => {
    const faces = parseFontFaces(css);
    expect(facesFor(faces, codePointsOf("ASCII only")).map((f) => f.file)).toEqual([]);
    expect(facesFor(faces, codePointsOf("ひら")).map((f) => f.file)).toEqual(["./files/two.woff2"]);
    expect(facesFor(faces, codePointsOf("機 and ひ")).length).toBe(2);
  });

  it("finds the few Noto Sans JP subsets the Japanese names of the islands need", () => {
    const require = createRequire(import.meta.url);
    const faces = parseFontFaces(
      readFileSync(require.resolve("@fontsource/noto-sans-jp/400.css"), "utf8"),
    );
    expect(faces.length).toBeGreaterThan(100);
    const needed = facesFor(faces, codePointsOf("択捉島 国後島 色丹島 歯舞群島"));
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.length).toBeLessThan(10);
  });
});

describe("firstFacesFor", () => {
  const require = createRequire(import.meta.url);
  const faces = (family: "jp" | "sc") =>
    parseFontFaces(
      readFileSync(require.resolve(`@fontsource/noto-sans-${family}/400.css`), "utf8"),
    ).map((face) => ({ ...face, family }));

  it("takes each character from the first face that has it, as a font list is read", () => {
    const a = { name: "a", ranges: [[0x6771, 0x6771]] as const };
    const b = { name: "b", ranges: [[0x6700, 0x67ff]] as const };
    const points = codePointsOf("東果");
    expect(firstFacesFor([a, b], points).map((f) => f.name)).toEqual(["a", "b"]);
    expect(firstFacesFor([b, a], points).map((f) => f.name)).toEqual(["b"]);
    expect(facesFor([b, a], points).map((f) => f.name)).toEqual(["b", "a"]);
  });

  it("draws Chinese labels from Noto Sans SC and Japanese ones from JP, not both", () => {
    const zh = codePointsOf("俄罗斯 鄂霍次克海 日本海 择捉岛");
    const ja = codePointsOf("ロシア オホーツク海 日本海 択捉島");
    const scFirst = firstFacesFor([...faces("sc"), ...faces("jp")], zh);
    const jpFirst = firstFacesFor([...faces("jp"), ...faces("sc")], ja);
    expect(new Set(scFirst.map((f) => f.family))).toEqual(new Set(["sc"]));
    expect(new Set(jpFirst.map((f) => f.family))).toEqual(new Set(["jp"]));
  });
});
