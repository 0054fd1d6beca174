import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  charactersBeyondNotoSans,
  languageNameFaces,
  languageNamesCss,
  unicodeRangeOf,
} from "./languageNameFonts";

describe("the language switch's own faces", () => {
  it("finds the characters Noto Sans lacks, once each, in code point order", () => {
    expect(charactersBeyondNotoSans("日本語")).toEqual(["日", "本", "語"].sort());
    expect(charactersBeyondNotoSans("Русский English Ελληνικά")).toEqual([]);
    expect(charactersBeyondNotoSans("中文 中文")).toEqual(["中", "文"]);
  });

  it("makes a face for Japanese and one for Chinese, none for English or Russian", () => {
    const faces = languageNameFaces();
    expect(faces.map((face) => [face.lang, face.langAttribute, face.characters.join("")])).toEqual([
      ["ja", "ja", "日本語"],
      ["zh", "zh-Hans", "中文"],
    ]);
    expect(unicodeRangeOf(["中", "文"])).toBe("U+4E2D, U+6587");
  });

  it("is up to date: the stylesheet and fonts are the script's for today's names", () => {
    const faces = languageNameFaces();
    const css = readFileSync(new URL("./languageNames.css", import.meta.url), "utf8");
    expect(css, "run `npm run switch-font`").toBe(languageNamesCss(faces));
    for (const face of faces) {
      const size = statSync(
        new URL(`./fonts/language-name-${face.lang}.woff2`, import.meta.url),
      ).size;
      expect(size).toBeGreaterThan(200);
      expect(size).toBeLessThan(8 * 1024);
    }
  });
});
