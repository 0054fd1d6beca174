import { describe, expect, it } from "vitest";
import type { Dataset } from "../data/schema";
import { smallDataset } from "../test/fixtures";
import {
  draftDataset,
  draftFromDataset,
  duplicateEvent,
  newStoryDraft,
  setTitle,
  updateEvent,
  updatePeriod,
  updatePlace,
} from "./draft";
import { restoreDraft, serialiseDraft } from "./draftStorage";
import {
  dropTranslations,
  fieldTranslations,
  quotedBriefly,
  translationsOf,
  withoutField,
} from "./translations";

const STORY = { kind: "story" } as const;

const translated = () =>
  draftFromDataset({
    ...smallDataset(),
    meta: {
      title: "Talks",
      i18n: {
        ja: { title: "交渉", note: "Translated by us." },
        ru: { title: "Переговоры" },
        zh: { labels: { Japan: "日本" } },
      },
    },
  });

/** The small dataset with translations of its first event, its Tokyo and one period. */
function itemsTranslated(): Dataset {
  const dataset = smallDataset();
  const [visit, ...events] = dataset.events;
  const [tokyo, ...places] = dataset.places;
  if (!visit || !tokyo) throw new Error("fixture changed");
  return {
    ...dataset,
    events: [
      {
        ...visit,
        i18n: {
          ja: { title: "東京訪問", summary: "要約" },
          ru: { title: "Визит в Токио" },
          zh: { summary: "摘要" },
        },
      },
      ...events,
    ],
    places: [
      {
        ...tokyo,
        status: "Capital",
        i18n: { ja: { name: "東京", status: "首都" }, ru: { name: "Токио" } },
      },
      ...places,
    ],
    periods: [
      {
        id: "abe",
        title: "Abe's second term",
        start: "2012-12",
        end: "2020-09",
        note: "General knowledge.",
        i18n: { ja: { title: "第2次安倍政権", note: "一般知識。" } },
      },
    ],
  };
}

describe("a text's translations", () => {
  it("are the languages with the field; once the English differs from the basis they are marked", () => {
    const i18n = { ja: { title: "交渉", note: "n" }, ru: { note: "n" }, zh: undefined };
    expect(fieldTranslations(i18n, "title", "Talks", "Talks")).toEqual({
      langs: ["ja"],
      writtenFor: null,
    });
    expect(fieldTranslations(i18n, "note", "Other", "Talks")).toEqual({
      langs: ["ja", "ru"],
      writtenFor: "Talks",
    });
    // No basis (a new item): nothing to compare with; no translations: nothing to mark.
    expect(fieldTranslations(i18n, "title", "Other", undefined).writtenFor).toBeNull();
    expect(fieldTranslations(undefined, "title", "Other", "Talks")).toEqual({
      langs: [],
      writtenFor: null,
    });
  });

  it("dropped, leave the other fields; a language left empty, or needing the field, goes", () => {
    const i18n = { ja: { name: "東京", status: "首都" }, ru: { name: "Токио" }, zh: { note: "n" } };
    expect(withoutField(i18n, "name")).toEqual({ ja: { status: "首都" }, zh: { note: "n" } });
    expect(withoutField(i18n, "name", true)).toEqual({ zh: { note: "n" } });
    expect(withoutField({ ru: { name: "Токио" } }, "name")).toBeUndefined();
  });

  it("are quoted briefly: a long earlier text is cut at a word", () => {
    expect(quotedBriefly("Talks")).toBe("Talks");
    const long = "The minister arrived in Tokyo on Monday for two days of talks ".repeat(3);
    const quoted = quotedBriefly(long, 40);
    expect(quoted).toBe("The minister arrived in Tokyo on Monday…");
    expect(quoted.length).toBeLessThanOrEqual(41);
  });
});

describe("the story's translated titles", () => {
  it("are listed; once the English title changes they are said to be for the earlier one", () => {
    expect(translationsOf(translated(), STORY)).toEqual({ langs: ["ja", "ru"], writtenFor: null });
    const edited = setTitle(translated(), "Talks in Tokyo");
    expect(translationsOf(edited, STORY)).toEqual({ langs: ["ja", "ru"], writtenFor: "Talks" });
    // Changed back, they fit again; cleared (not a title yet), the story's title is unchanged.
    expect(translationsOf(setTitle(edited, "Talks"), STORY).writtenFor).toBeNull();
    expect(translationsOf(setTitle(translated(), ""), STORY).writtenFor).toBeNull();
  });

  it("a story without them, or a new story, has none to mark", () => {
    expect(translationsOf(setTitle(draftFromDataset(smallDataset()), "Other"), STORY)).toEqual({
      langs: [],
      writtenFor: null,
    });
    const mine = setTitle(newStoryDraft("Untitled").draft, "Mine");
    expect(translationsOf(mine, STORY).writtenFor).toBe(null);
  });

  it("dropped, every language shows the new title; the other translated texts stay", () => {
    const dropped = dropTranslations(setTitle(translated(), "Talks in Tokyo"), STORY);
    expect(draftDataset(dropped).meta).toEqual({
      title: "Talks in Tokyo",
      i18n: { ja: { note: "Translated by us." }, zh: { labels: { Japan: "日本" } } },
    });
    expect(translationsOf(dropped, STORY)).toEqual({ langs: [], writtenFor: null });
    const none = dropTranslations(draftFromDataset(smallDataset()), STORY);
    expect(none.meta).toEqual(smallDataset().meta);
  });
});

describe("an event's, a place's and a period's translated texts", () => {
  const title = { kind: "event", index: 0, field: "title" } as const;
  const summary = { kind: "event", index: 0, field: "summary" } as const;

  it("an event's are marked field by field once its English text changes", () => {
    const draft = draftFromDataset(itemsTranslated());
    expect(translationsOf(draft, title)).toEqual({ langs: ["ja", "ru"], writtenFor: null });
    expect(translationsOf(draft, summary)).toEqual({ langs: ["ja", "zh"], writtenFor: null });
    const retitled = updateEvent(draft, 0, { title: "Visit to Tokyo and Osaka" });
    expect(translationsOf(retitled, title)).toEqual({
      langs: ["ja", "ru"],
      writtenFor: "Visit to Tokyo",
    });
    expect(translationsOf(retitled, summary).writtenFor).toBeNull();
    // A title the format refuses is not the story's yet: the translations still fit the shown one.
    expect(translationsOf(updateEvent(draft, 0, { title: " " }), title).writtenFor).toBeNull();
    // Another event, without translations, has nothing to mark.
    const other = { kind: "event", index: 1, field: "title" } as const;
    expect(translationsOf(updateEvent(draft, 1, { title: "Peace" }), other).langs).toEqual([]);
  });

  it("an event's dropped stay dropped through later edits; its other texts stay", () => {
    const retitled = updateEvent(draftFromDataset(itemsTranslated()), 0, { title: "A visit" });
    const dropped = updateEvent(dropTranslations(retitled, title), 0, { tags: "visits" });
    expect(draftDataset(dropped).events[0]?.i18n).toEqual({
      ja: { summary: "要約" },
      zh: { summary: "摘要" },
    });
    expect(translationsOf(dropped, title)).toEqual({ langs: [], writtenFor: null });
    expect(translationsOf(dropped, summary)).toEqual({ langs: ["ja", "zh"], writtenFor: null });
  });

  it("a duplicate is a new event: no translations to mark", () => {
    const { draft, index } = duplicateEvent(draftFromDataset(itemsTranslated()), 0);
    const copy = updateEvent(draft, index, { title: "Another visit" });
    expect(translationsOf(copy, { ...title, index })).toEqual({ langs: [], writtenFor: null });
  });

  it("a place's name: dropped, its translations go whole (the format needs their name)", () => {
    const name = { kind: "place", index: 0, field: "name" } as const;
    const draft = draftFromDataset(itemsTranslated());
    expect(translationsOf(draft, name)).toEqual({ langs: ["ja", "ru"], writtenFor: null });
    const renamed = updatePlace(draft, 0, { name: "Tokyo Metropolis" });
    expect(translationsOf(renamed, name)).toEqual({ langs: ["ja", "ru"], writtenFor: "Tokyo" });
    const dropped = dropTranslations(renamed, name);
    const tokyo = draftDataset(dropped).places[0];
    expect(tokyo?.name).toBe("Tokyo Metropolis");
    expect(tokyo?.i18n).toBeUndefined();
    expect(tokyo?.status).toBe("Capital");
    expect(dropped.places[0]?.extra.i18n).toBeUndefined();
    // A later edit validates with what is kept, so the translations do not come back.
    expect(draftDataset(updatePlace(dropped, 0, { disputed: false })).places[0]?.i18n).toBe(
      undefined,
    );
  });

  it("a place's status and note: each marked on its own; dropped, the place's name stays translated", () => {
    const status = { kind: "place", index: 0, field: "status" } as const;
    const note = { kind: "place", index: 0, field: "note" } as const;
    const name = { kind: "place", index: 0, field: "name" } as const;
    const draft = draftFromDataset(itemsTranslated());
    expect(translationsOf(draft, status)).toEqual({ langs: ["ja"], writtenFor: null });
    expect(translationsOf(draft, note)).toEqual({ langs: [], writtenFor: null });
    const edited = updatePlace(draft, 0, { status: "Capital of Japan" });
    expect(translationsOf(edited, status)).toEqual({ langs: ["ja"], writtenFor: "Capital" });
    expect(translationsOf(edited, name).writtenFor).toBeNull();
    const dropped = dropTranslations(edited, status);
    expect(draftDataset(dropped).places[0]?.i18n).toEqual({
      ja: { name: "東京" },
      ru: { name: "Токио" },
    });
    expect(translationsOf(dropped, status)).toEqual({ langs: [], writtenFor: null });
    // A later edit keeps them dropped.
    expect(draftDataset(updatePlace(dropped, 0, { note: "Seat." })).places[0]?.i18n?.ja).toEqual({
      name: "東京",
    });
  });

  it("a place's status in a draft stored before it was edited: what its translations were written for is known", () => {
    const stored = JSON.parse(
      JSON.stringify(serialiseDraft(draftFromDataset(itemsTranslated()), 1)),
    );
    const { status: _s, note: _n, ...fields } = stored.draft.places[0].fields;
    stored.draft.places[0] = {
      ...stored.draft.places[0],
      fields,
      extra: { ...stored.draft.places[0].extra, status: "Capital" },
      basis: { name: "Tokyo" },
    };
    const restored = restoreDraft(stored);
    if (!restored.ok) throw new Error("not restored");
    const status = { kind: "place", index: 0, field: "status" } as const;
    const edited = updatePlace(restored.draft, 0, { status: "Capital of Japan" });
    expect(translationsOf(edited, status)).toEqual({ langs: ["ja"], writtenFor: "Capital" });
  });

  it("a period's title and note, each on its own", () => {
    const note = { kind: "period", index: 0, field: "note" } as const;
    const periodTitle = { kind: "period", index: 0, field: "title" } as const;
    const edited = updatePeriod(draftFromDataset(itemsTranslated()), 0, { note: "From a book." });
    expect(translationsOf(edited, note)).toEqual({
      langs: ["ja"],
      writtenFor: "General knowledge.",
    });
    expect(translationsOf(edited, periodTitle).writtenFor).toBeNull();
    const dropped = dropTranslations(edited, note);
    expect(draftDataset(dropped).periods[0]?.i18n).toEqual({ ja: { title: "第2次安倍政権" } });
  });

  it("what they were written for is kept through autosave and a reload", () => {
    const retitled = updateEvent(draftFromDataset(itemsTranslated()), 0, { title: "A visit" });
    const renamed = updatePlace(updatePeriod(retitled, 0, { title: "Abe" }), 0, { name: "Edo" });
    const restored = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(renamed, 1))));
    if (!restored.ok) throw new Error("not restored");
    expect(translationsOf(restored.draft, title).writtenFor).toBe("Visit to Tokyo");
    expect(
      translationsOf(restored.draft, { kind: "place", index: 0, field: "name" }).writtenFor,
    ).toBe("Tokyo");
    expect(
      translationsOf(restored.draft, { kind: "period", index: 0, field: "title" }).writtenFor,
    ).toBe("Abe's second term");
  });
});
