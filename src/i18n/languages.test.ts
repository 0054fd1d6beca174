import { describe, expect, it } from "vitest";
import { browserLanguage, langInAddress, matchLanguage } from "./languages";

describe("matchLanguage", () => {
  it("takes the first preferred language we have, by primary subtag", () => {
    expect(matchLanguage(["ru-RU", "en-US"])).toBe("ru");
    expect(matchLanguage(["de-DE", "ja"])).toBe("ja");
    expect(matchLanguage(["zh-CN"])).toBe("zh");
    expect(matchLanguage(["zh-Hans-SG"])).toBe("zh");
  });
  it("does not offer Simplified Chinese for Traditional", () => {
    expect(matchLanguage(["zh-TW", "ja"])).toBe("ja");
    expect(matchLanguage(["zh-Hant"])).toBe("en");
  });
  it("falls back to English", () => {
    expect(matchLanguage([])).toBe("en");
    expect(matchLanguage(["fr", "de"])).toBe("en");
  });
  it("reads navigator.languages, else navigator.language", () => {
    expect(browserLanguage({ languages: [], language: "ru" })).toBe("ru");
    expect(browserLanguage({ languages: ["ja-JP"], language: "en" })).toBe("ja");
    expect(browserLanguage(undefined)).toBe("en");
  });
});

describe("langInAddress", () => {
  it("leaves English, the default, out of an address and keeps the others", () => {
    expect(langInAddress("en")).toBeNull();
    expect(langInAddress("ja")).toBe("ja");
    expect(langInAddress("zh")).toBe("zh");
  });
});
