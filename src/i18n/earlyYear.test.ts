import { beforeAll, describe, expect, it } from "vitest";
import type { Translate } from "../data/issueText";
import { formatEarlyYear } from "./earlyYear";
import { displayDateIn } from "./formatDate";
import { i18n, loadLanguage } from "./i18n";
import { type Language, LOCALE_TAGS } from "./languages";

beforeAll(async () => {
  await Promise.all([loadLanguage("ja"), loadLanguage("ru"), loadLanguage("zh")]);
});

const inLanguage = (year: number, lang: Language) =>
  formatEarlyYear(year, LOCALE_TAGS[lang], i18n.getFixedT(lang) as Translate);

// Intl writes Russian thousands with a no-break space and compact numbers with one before the word.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("a year before 1 in the reader's language", () => {
  it("writes a BCE year as each language does", () => {
    expect(inLanguage(-44, "en")).toBe("44 BCE");
    expect(inLanguage(-44, "ja")).toBe("紀元前44年");
    expect(inLanguage(-44, "ru")).toBe("44 г. до н. э.");
    expect(inLanguage(-44, "zh")).toBe("公元前44年");
    // Years are not grouped in thousands but in English.
    expect(inLanguage(-3500, "en")).toBe("3,500 BCE");
    expect(inLanguage(-3500, "ja")).toBe("紀元前3500年");
    expect(inLanguage(-3500, "ru")).toBe("3500 г. до н. э.");
    expect(inLanguage(-3500, "zh")).toBe("公元前3500年");
    expect(inLanguage(0, "ja")).toBe("紀元前1年");
  });

  it("writes deep time as years ago, billions and millions in words", () => {
    expect(inLanguage(-13_800_000_000, "en")).toBe("13.8 billion years ago");
    expect(inLanguage(-13_800_000_000, "ja")).toBe("138億年前");
    expect(spaces(inLanguage(-13_800_000_000, "ru"))).toBe("13,8 миллиарда лет назад");
    expect(inLanguage(-13_800_000_000, "zh")).toBe("距今138亿年");
    expect(inLanguage(-540_000_000, "en")).toBe("540 million years ago");
    expect(inLanguage(-540_000_000, "ja")).toBe("5.4億年前");
    expect(spaces(inLanguage(-540_000_000, "ru"))).toBe("540 миллионов лет назад");
    expect(inLanguage(-540_000_000, "zh")).toBe("距今5.4亿年");
  });

  it("counts in myriads in Japanese and Chinese, in thousands in English and Russian", () => {
    expect(inLanguage(-315_000, "en")).toBe("315,000 years ago");
    expect(inLanguage(-315_000, "ja")).toBe("31.5万年前");
    expect(spaces(inLanguage(-315_000, "ru"))).toBe("315 000 лет назад");
    expect(spaces(inLanguage(-300_001, "ru"))).toBe("300 001 год назад");
    expect(spaces(inLanguage(-300_002, "ru"))).toBe("300 002 года назад");
    expect(inLanguage(-315_000, "zh")).toBe("距今31.5万年");
  });

  it("rounds as the importer's text does", () => {
    expect(inLanguage(-13_812_345_678, "en")).toBe("13.81 billion years ago");
    expect(inLanguage(-13_812_345_678, "ja")).toBe("138.1億年前");
  });
});

describe("displayDateIn", () => {
  it("writes the importer's English for a year before 1 in the page's language", () => {
    expect(displayDateIn("13.8 billion years ago", "ja")).toBe("138億年前");
    expect(displayDateIn("3,500 BCE", "zh")).toBe("公元前3500年");
    expect(displayDateIn("300 BCE", "ru")).toBe("300 г. до н. э.");
    expect(displayDateIn("13.8 billion years ago", "en")).toBe("13.8 billion years ago");
  });

  it("keeps a date the source wrote its own way", () => {
    expect(displayDateIn("Spring 1943", "ja")).toBe("Spring 1943");
    expect(displayDateIn("Aug 23", "ru")).toBe("Aug 23");
  });
});
