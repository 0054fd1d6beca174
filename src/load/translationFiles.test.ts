import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeTranslations, type RawDataset, splitTranslations } from "./translationFiles";

const text = readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8");
const shipped = JSON.parse(text) as RawDataset;

describe("splitTranslations and mergeTranslations", () => {
  const { base, translations } = splitTranslations(shipped);

  it("leaves no translation in the base", () => {
    expect(JSON.stringify(base)).not.toContain('"i18n"');
    expect(base.events?.length).toBe(shipped.events?.length);
  });

  it("makes one file per language, each holding that language only", () => {
    expect(Object.keys(translations)).toEqual(["ja", "ru", "zh"]);
    const ja = JSON.stringify(translations.ja);
    expect(ja).toContain("モスクワ");
    expect(ja).not.toContain("Москва");
    expect(translations.ru?.items.places?.moscow).toMatchObject({ name: "Москва" });
  });

  it("gives back the shipped dataset, key for key, from the base and every file", () => {
    const merged = mergeTranslations(base, Object.values(translations));
    expect(merged).toEqual(shipped);
    expect(JSON.stringify(merged, null, 2)).toBe(JSON.stringify(shipped, null, 2));
  });

  it("adds one language at a time, and a language added twice once", () => {
    const ja = translations.ja;
    const ru = translations.ru;
    if (!ja || !ru) throw new Error("missing files");
    const withJa = mergeTranslations(base, [ja]);
    expect(Object.keys(withJa.events?.[0]?.i18n ?? {})).toEqual(["ja"]);
    const both = mergeTranslations(withJa, [ru, ja]);
    expect(Object.keys(both.meta?.i18n ?? {})).toEqual(["ja", "ru"]);
    expect(base.events?.[0]?.i18n).toBeUndefined();
  });

  it("refuses translations on an item with no id", () => {
    expect(() =>
      splitTranslations({ events: [{ title: "x", i18n: { ja: { title: "エックス" } } }] }),
    ).toThrow(/events: an item with translations has no id/);
  });
});
