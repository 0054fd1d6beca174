import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Place } from "../data/schema";
import { labelFamily } from "./labelFamily";
import { mapLabelText } from "./mapLabelText";

const shipped = JSON.parse(
  readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
) as { places: Place[] };

describe("labelFamily", () => {
  it("needs no CJK face for labels in Latin and Cyrillic script, whatever the page's language", () => {
    for (const lang of ["en", "ru", "ja", "zh"] as const)
      expect(labelFamily(["Iturup", "Итуруп", "Sea of Okhotsk", "1945 / ЯПОНИЯ"], lang)).toBeNull();
    expect(labelFamily([], "ja")).toBeNull();
  });

  it("takes Noto Sans JP first for any kana, on every page (only Japanese writes it)", () => {
    for (const lang of ["en", "ru", "ja", "zh"] as const) {
      expect(labelFamily(["Tokyo", "択捉島 / イトゥルップ島"], lang)).toBe("jp");
      expect(labelFamily(["北京", "さっぽろ"], lang)).toBe("jp");
    }
  });

  it("takes the page's choice for Han or Hangul without kana: SC on a Chinese page, else JP", () => {
    expect(labelFamily(["Moscow", "択捉島"], "zh")).toBe("sc");
    expect(labelFamily(["択捉島"], "ja")).toBe("jp");
    expect(labelFamily(["択捉島"], "en")).toBe("jp");
    expect(labelFamily(["Москва", "北京"], "ru")).toBe("jp");
    expect(labelFamily(["서울"], "en")).toBe("jp");
    expect(labelFamily(["서울"], "zh")).toBe("sc");
  });

  it("finds the shipped dataset's labels: none in English or Russian, JP in Japanese, SC in Chinese", () => {
    expect(labelFamily([mapLabelText(shipped.places, "en")], "en")).toBeNull();
    expect(labelFamily([mapLabelText(shipped.places, "ru")], "ru")).toBeNull();
    expect(labelFamily([mapLabelText(shipped.places, "ja")], "ja")).toBe("jp");
    expect(labelFamily([mapLabelText(shipped.places, "zh")], "zh")).toBe("sc");
  });
});
