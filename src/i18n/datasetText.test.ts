import { describe, expect, it } from "vitest";
import type { DatasetMeta, Period, Place } from "../data/schema";
import { ITURUP, TOKYO } from "../test/fixtures";
import {
  datasetWordsLang,
  eventTexts,
  labelIn,
  localPlace,
  metaTexts,
  periodTexts,
  placeNameIn,
  placeTranslated,
} from "./datasetText";

const summit = {
  title: "Summit in {tokyo}",
  summary: "Leaders meet.",
  note: "Dates from the press release.",
  i18n: {
    ru: { title: "Саммит в {tokyo}", summary: "Встреча лидеров." },
    zh: { title: "" },
  },
};

/** Iturup as a Russian and a Japanese reader name it. */
const iturup: Place = {
  ...ITURUP,
  status: "Administered by Russia, claimed by Japan.",
  note: "The largest of the islands.",
  i18n: {
    ru: {
      name: "Итуруп / Эторофу",
      ja: "Эторофу",
      ru: "Итуруп",
      status: "Под управлением России.",
    },
    ja: { name: "択捉島" },
  },
};

describe("eventTexts", () => {
  it("takes each text in the reader's language and marks it with that language", () => {
    const texts = eventTexts(summit, "ru");
    expect(texts.title).toEqual({ text: "Саммит в {tokyo}", lang: "ru" });
    expect(texts.summary).toEqual({ text: "Встреча лидеров.", lang: "ru" });
    // No Russian note: the English one, said to be English.
    expect(texts.note).toEqual({ text: "Dates from the press release.", lang: "en" });
  });

  it("shows the dataset's own words where a language has none (or an empty one)", () => {
    expect(eventTexts(summit, "ja").title).toEqual({ text: "Summit in {tokyo}", lang: "en" });
    expect(eventTexts(summit, "zh").title).toEqual({ text: "Summit in {tokyo}", lang: "en" });
  });

  it("never reads a translation for the dataset's own language", () => {
    const odd = { title: "Own", i18n: { en: { title: "Translated" } } };
    expect(eventTexts(odd, "en").title).toEqual({ text: "Own", lang: "en" });
  });

  it("gives an empty summary and no note when the event has none", () => {
    const texts = eventTexts({ title: "Bare" }, "ru");
    expect(texts.summary).toEqual({ text: "", lang: "en" });
    expect(texts.note).toBeUndefined();
  });
});

describe("localPlace", () => {
  it("returns the place itself when the language has no name for it", () => {
    expect(localPlace(TOKYO, "ru")).toBe(TOKYO);
    expect(localPlace(iturup, "en")).toBe(iturup);
  });

  it("names the place, its disputed forms and its status in the reader's language", () => {
    const local = localPlace(iturup, "ru");
    expect(local.name).toBe("Итуруп / Эторофу");
    expect(local.names).toMatchObject({ en: "Etorofu / Iturup", ja: "Эторофу", ru: "Итуруп" });
    expect(local.status).toBe("Под управлением России.");
    // No Russian note: the English one stays.
    expect(local.note).toBe("The largest of the islands.");
    // The dataset's place is not changed.
    expect(iturup.name).toBe("Etorofu / Iturup");
  });

  it("uses the translated name for both disputed forms when the language gives only one", () => {
    const local = localPlace(iturup, "ja");
    expect(local.names).toMatchObject({ ja: "択捉島", ru: "択捉島" });
    expect(local.status).toBe(iturup.status);
  });
});

describe("placeNameIn and placeTranslated", () => {
  it("names a disputed place in the perspective, in the reader's script", () => {
    expect(placeNameIn(iturup, "ja", "ru")).toBe("Эторофу");
    expect(placeNameIn(iturup, "ru", "ru")).toBe("Итуруп");
    expect(placeNameIn(iturup, "both", "ru")).toBe("Эторофу / Итуруп");
    expect(placeNameIn(iturup, "ru", "en")).toBe("Iturup");
    expect(placeNameIn(iturup, "both", "ja")).toBe("択捉島");
    expect(placeNameIn(TOKYO, "ja", "zh")).toBe("Tokyo");
  });

  it("tells whether a language has the place's name", () => {
    expect(placeTranslated(iturup, "ru")).toBe(true);
    expect(placeTranslated(iturup, "zh")).toBe(false);
    expect(placeTranslated(TOKYO, "ja")).toBe(false);
    expect(placeTranslated(TOKYO, "en")).toBe(true);
  });
});

describe("metaTexts and labelIn", () => {
  const meta: DatasetMeta = {
    title: "Japan–Russia relations",
    description: "A timeline.",
    i18n: {
      zh: {
        title: "日俄关系",
        note: "Machine-translated, then checked.",
        labels: { Japan: "日本" },
      },
      ja: { description: "年表。" },
    },
  };

  it("takes the title and description in the reader's language, with the translation's note", () => {
    expect(metaTexts(meta, "zh")).toEqual({
      title: { text: "日俄关系", lang: "zh-Hans" },
      description: { text: "A timeline.", lang: "en" },
      note: "Machine-translated, then checked.",
    });
    expect(metaTexts(meta, "ja")).toEqual({
      title: { text: "Japan–Russia relations", lang: "en" },
      description: { text: "年表。", lang: "ja" },
      note: undefined,
    });
  });

  it("has no description when the dataset has none", () => {
    expect(metaTexts({ title: "T" }, "ru")).toEqual({
      title: { text: "T", lang: "en" },
      description: undefined,
      note: undefined,
    });
  });

  it("writes an actor or tag as the language writes it, else as the dataset does", () => {
    expect(labelIn(meta, "zh", "Japan")).toBe("日本");
    expect(labelIn(meta, "zh", "Russia")).toBe("Russia");
    expect(labelIn(meta, "ja", "Japan")).toBe("Japan");
    expect(labelIn(meta, "en", "Japan")).toBe("Japan");
  });
});

describe("periodTexts", () => {
  it("takes a period's title and note in the reader's language", () => {
    const period: Period = {
      id: "abe",
      title: "Abe's second term",
      start: "2012-12",
      note: "From the cabinet's site.",
      i18n: { ja: { title: "第2次安倍内閣" } },
    };
    expect(periodTexts(period, "ja")).toEqual({
      title: { text: "第2次安倍内閣", lang: "ja" },
      note: { text: "From the cabinet's site.", lang: "en" },
    });
    expect(periodTexts({ ...period, note: undefined }, "ru")).toEqual({
      title: { text: "Abe's second term", lang: "en" },
      note: undefined,
    });
  });
});

describe("datasetWordsLang", () => {
  it("marks the dataset's own words as English on a page in another language, not on an English one", () => {
    expect(datasetWordsLang("en")).toBeUndefined();
    expect(datasetWordsLang("ja")).toBe("en");
    expect(datasetWordsLang("ru")).toBe("en");
    expect(datasetWordsLang("zh")).toBe("en");
  });
});
