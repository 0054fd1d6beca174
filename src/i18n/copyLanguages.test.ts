import { describe, expect, it } from "vitest";
import {
  drawsEvery,
  languagesNeedingFonts,
  savedLanguage,
  undrawnLanguages,
} from "./copyLanguages";

describe("a one-file copy's languages without fonts", () => {
  it("reads the language its view was saved in, English when it names none", () => {
    expect(savedLanguage("?event=nagato-summit&lang=ja")).toBe("ja");
    expect(savedLanguage("lang=zh")).toBe("zh");
    expect(savedLanguage("?event=nagato-summit")).toBe("en");
    expect(savedLanguage("")).toBe("en");
    expect(savedLanguage("?lang=xx")).toBe("en");
  });

  it("needs fonts for the CJK languages it was not saved in", () => {
    expect(languagesNeedingFonts("en")).toEqual(["ja", "zh"]);
    expect(languagesNeedingFonts("ru")).toEqual(["ja", "zh"]);
    expect(languagesNeedingFonts("ja")).toEqual(["zh"]);
    expect(languagesNeedingFonts("zh")).toEqual(["ja"]);
  });

  it("leaves out what the system's fonts draw", () => {
    const noCjk = (text: string) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
    expect(undrawnLanguages("en", noCjk)).toEqual(["ja", "zh"]);
    expect(undrawnLanguages("ja", noCjk)).toEqual(["zh"]);
    expect(undrawnLanguages("en", () => true)).toEqual([]);
    // A system with Japanese but no Simplified forms (简).
    const japaneseOnly = (text: string) => !text.includes("简");
    expect(undrawnLanguages("en", japaneseOnly)).toEqual(["zh"]);
  });

  it("takes a character drawn like an unassigned code point for a missing glyph", () => {
    const box = "box";
    const picture = (drawn: string) => (character: string) =>
      drawn.includes(character) ? `glyph ${character}` : box;
    expect(drawsEvery("あ語", picture("あ語"))).toBe(true);
    expect(drawsEvery("あ語", picture("あ"))).toBe(false);
    expect(drawsEvery("简语", picture(""))).toBe(false);
  });
});
