import { describe, expect, it } from "vitest";
import { smallDataset } from "../test/fixtures";
import { draftDataset, draftFromDataset, newStoryDraft, setTitle } from "./draft";
import { dropTitleTranslations, titleTranslations } from "./titleTranslations";

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

describe("the story's translated titles", () => {
  it("are listed; once the English title changes they are said to be for the earlier one", () => {
    expect(titleTranslations(translated())).toEqual({ langs: ["ja", "ru"], writtenFor: null });
    const edited = setTitle(translated(), "Talks in Tokyo");
    expect(titleTranslations(edited)).toEqual({ langs: ["ja", "ru"], writtenFor: "Talks" });
    // Changed back, they fit again; cleared (not a title yet), the story's title is unchanged.
    expect(titleTranslations(setTitle(edited, "Talks")).writtenFor).toBeNull();
    expect(titleTranslations(setTitle(translated(), "")).writtenFor).toBeNull();
  });

  it("a story without them, or a new story, has none to mark", () => {
    expect(titleTranslations(setTitle(draftFromDataset(smallDataset()), "Other"))).toEqual({
      langs: [],
      writtenFor: null,
    });
    expect(titleTranslations(setTitle(newStoryDraft("Untitled").draft, "Mine")).writtenFor).toBe(
      null,
    );
  });

  it("dropped, every language shows the new title; the other translated texts stay", () => {
    const dropped = dropTitleTranslations(setTitle(translated(), "Talks in Tokyo"));
    expect(draftDataset(dropped).meta).toEqual({
      title: "Talks in Tokyo",
      i18n: { ja: { note: "Translated by us." }, zh: { labels: { Japan: "日本" } } },
    });
    expect(titleTranslations(dropped)).toEqual({ langs: [], writtenFor: null });
    const none = dropTitleTranslations(draftFromDataset(smallDataset()));
    expect(none.meta).toEqual(smallDataset().meta);
  });
});
