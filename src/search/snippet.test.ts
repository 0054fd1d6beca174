import { describe, expect, it } from "vitest";
import type { Place } from "../data/schema";
import { placeNameLang, placeNoteSnippet } from "./snippet";

/** The shipped story's disputed islands, cut down. */
const ISLANDS: Place = {
  id: "disputed-islands",
  name: "Northern Territories / Southern Kurils",
  names: {
    en: "Northern Territories / Southern Kurils",
    ja: "Northern Territories",
    ru: "Southern Kurils",
    native: { ja: "北方領土", ru: "Южные Курилы" },
  },
  kind: "island-group",
  disputed: true,
  coordinates: [147.14, 44.68],
  note: "Etorofu / Iturup, Kunashiri / Kunashir, Shikotan and the Habomai islets, off the north-east tip of Hokkaido.",
  i18n: {
    ja: {
      name: "北方領土／南クリル諸島",
      note: "択捉島／イトゥルップ島、国後島／クナシル島、色丹島、歯舞群島。",
    },
    ru: {
      name: "Северные территории / Южные Курилы",
      note: "Эторофу / Итуруп, Кунасири / Кунашир.",
    },
  },
};

describe("placeNameLang", () => {
  it("gives the dataset's names and the sides' names the dataset's language, the rest their own", () => {
    expect(placeNameLang(ISLANDS, "Northern Territories / Southern Kurils")).toBe("en");
    expect(placeNameLang(ISLANDS, "Southern Kurils")).toBe("en");
    expect(placeNameLang(ISLANDS, "北方領土")).toBe("ja");
    expect(placeNameLang(ISLANDS, "Южные Курилы")).toBe("ru");
    expect(placeNameLang(ISLANDS, "Северные территории / Южные Курилы")).toBe("ru");
  });
});

describe("placeNoteSnippet", () => {
  it("shows the note that holds the terms, highlighted, with its language", () => {
    // "Kunashri", corrected to kunashiri: in the English note only.
    const found = placeNoteSnippet(ISLANDS, ["kunashiri"], "ja");
    expect(found?.lang).toBe("en");
    const [range] = found?.ranges ?? [];
    expect(found?.text.slice(range?.[0], range?.[1])).toBe("Kunashiri");
  });

  it("prefers the reader's translation, and is null when no note holds the terms", () => {
    expect(placeNoteSnippet(ISLANDS, ["кунашир"], "ru")?.lang).toBe("ru");
    expect(placeNoteSnippet(ISLANDS, ["sakhalin"], "ja")).toBeNull();
  });
});
