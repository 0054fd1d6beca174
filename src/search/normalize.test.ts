import { describe, expect, it } from "vitest";
import { highlightRanges, normalize, normalizeWithMap, queryTerms, tokenize } from "./normalize";

describe("normalize", () => {
  it("folds case", () => {
    expect(normalize("ETOROFU Iturup")).toBe("etorofu iturup");
    expect(normalize("ИТУРУП")).toBe(normalize("Итуруп"));
    expect(normalize("Straße")).toBe("strasse");
  });

  it("strips diacritics", () => {
    expect(normalize("Đà Nẵng")).toBe("da nang");
    expect(normalize("Łódź Ørsted Æsir")).toBe("lodz orsted aesir");
    expect(normalize("Nẵng Kurilé façade")).toBe("nang kurile facade");
    expect(normalize("Ёлка")).toBe(normalize("Елка"));
  });

  it("folds full-width and compatibility forms", () => {
    expect(normalize("Ｅｔｏｒｏｆｕ")).toBe("etorofu");
    expect(normalize("ﬁsh")).toBe("fish");
  });

  it("keeps Japanese voicing marks, so different words stay different", () => {
    expect(normalize("ダナン")).not.toBe(normalize("タナン"));
    expect(normalize("択捉島").includes(normalize("択捉"))).toBe(true);
  });

  it("drops the characters a page shows as nothing (review 17)", () => {
    expect(normalize("zero\u200bwidth")).toBe("zerowidth");
    expect(normalize("Etoro\u00adfu\u2060 and\u200d\u200c\ufeff Kunashir")).toBe(
      "etorofu and kunashir",
    );
  });

  it("collapses and trims whitespace", () => {
    expect(normalize("  Lavrov \t\n lands   in Tokyo ")).toBe("lavrov lands in tokyo");
    expect(normalize("a\u00a0b")).toBe("a b");
    expect(normalize("   ")).toBe("");
  });
});

describe("normalizeWithMap", () => {
  const samples = [
    "Lavrov lands in Tokyo",
    "  Đà   Nẵng\tÉTÉ  ",
    "Straße İstanbul ΟΔΟΣ",
    "択捉島 / Итуруп — Ёлка",
    "Ｅｔｏｒｏｆｕ ﬁsh 😀 emoji",
    "zero\u200bwidth Etoro\u00adfu",
    "",
  ];

  it("gives the same text as normalize", () => {
    for (const sample of samples) expect(normalizeWithMap(sample).text).toBe(normalize(sample));
  });

  it("maps every output character back into the original", () => {
    for (const sample of samples) {
      const { text, starts, ends } = normalizeWithMap(sample);
      expect(starts.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) {
        expect(starts[i]).toBeGreaterThanOrEqual(0);
        expect(ends[i]).toBeLessThanOrEqual(sample.length);
        expect(ends[i]).toBeGreaterThan(starts[i] ?? 0);
      }
    }
  });
});

describe("tokenize", () => {
  it("splits at spaces and punctuation of every script", () => {
    expect(tokenize("Japan’s “Trojan Horse”, re-elected (76%)")).toEqual([
      "japan",
      "s",
      "trojan",
      "horse",
      "re",
      "elected",
      "76",
    ]);
    expect(tokenize("択捉島、国後島。")).toEqual(["択捉島", "国後島"]);
    expect(tokenize("Ｅｔｏｒｏｆｕ / Итуруп")).toEqual(["etorofu", "итуруп"]);
  });
});

describe("queryTerms", () => {
  it("splits, normalises, dedupes and puts long terms first", () => {
    expect(queryTerms("  to TOKYO to ")).toEqual(["tokyo", "to"]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("highlightRanges", () => {
  const mark = (text: string, query: string) => {
    const ranges = highlightRanges(text, queryTerms(query));
    let out = "";
    let last = 0;
    for (const [start, end] of ranges) {
      out += `${text.slice(last, start)}[${text.slice(start, end)}]`;
      last = end;
    }
    return out + text.slice(last);
  };

  it("marks every occurrence, whatever the case", () => {
    expect(mark("Tokyo and tokyo", "TOKYO")).toBe("[Tokyo] and [tokyo]");
  });

  it("marks the original characters of a diacritic-insensitive match", () => {
    expect(mark("Đà Nẵng airport", "nang")).toBe("Đà [Nẵng] airport");
    expect(mark("Café Ｅｔｏｒｏｆｕ", "cafe etorofu")).toBe("[Café] [Ｅｔｏｒｏｆｕ]");
  });

  it("merges overlapping terms", () => {
    expect(mark("Etorofu", "etor torofu")).toBe("[Etorofu]");
    expect(mark("Lavrov lands in Tokyo", "to tokyo")).toBe("Lavrov lands in [Tokyo]");
  });

  it("marks native scripts", () => {
    expect(mark("択捉島", "択捉")).toBe("[択捉]島");
    expect(mark("Итуруп", "итуруп")).toBe("[Итуруп]");
  });

  it("marks nothing for no terms or no match", () => {
    expect(highlightRanges("Tokyo", [])).toEqual([]);
    expect(highlightRanges("Tokyo", ["moscow"])).toEqual([]);
  });
});
