import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  charactersBeyondLatin,
  languageNameFaces,
  languageNamesCss,
  NAME_WEIGHTS,
  nameFontFile,
  unicodeRangeOf,
} from "./languageNameFonts";

describe("the language switch's own faces", () => {
  it("finds the characters beyond Latin, once each, in code point order", () => {
    expect(charactersBeyondLatin("日本語")).toEqual(["日", "本", "語"].sort());
    expect(charactersBeyondLatin("English Français")).toEqual([]);
    expect(charactersBeyondLatin("中文 中文")).toEqual(["中", "文"]);
    expect(charactersBeyondLatin("Русский")).toEqual(["Р", "и", "й", "к", "с", "у"]);
  });

  it("makes a face for Japanese, Russian and Chinese, none for English", () => {
    const faces = languageNameFaces();
    expect(faces.map((face) => [face.lang, face.langAttribute, face.characters.join("")])).toEqual([
      ["ja", "ja", "日本語"],
      ["ru", "ru", "Рийксу"],
      ["zh", "zh-Hans", "中文"],
    ]);
    expect(unicodeRangeOf(["中", "文"])).toBe("U+4E2D, U+6587");
    expect(languageNamesCss(faces)).toContain(
      '.language-switch [lang="zh-Hans"] {\n  font-family: "Language Name ZH", var(--font);',
    );
  });

  it("is up to date: the stylesheet and fonts are the script's for today's names", () => {
    const faces = languageNameFaces();
    const css = readFileSync(new URL("./languageNames.css", import.meta.url), "utf8");
    expect(css, "run `npm run switch-font`").toBe(languageNamesCss(faces));
    for (const face of faces) {
      for (const weight of NAME_WEIGHTS) {
        const file = new URL(`./fonts/${nameFontFile(face, weight)}`, import.meta.url);
        expect(statSync(file).size).toBeGreaterThan(200);
        expect(statSync(file).size).toBeLessThan(4 * 1024);
      }
    }
  });
});
