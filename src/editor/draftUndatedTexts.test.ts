import { describe, expect, it } from "vitest";
import type { Dataset, UndatedItem } from "../data/schema";
import { city } from "../test/fixtures";
import { deletePlace, draftDataset, draftFromDataset, updatePlace } from "./draft";
import { commit, startHistory, undo } from "./draftHistory";
import { draftProblems } from "./draftProblemsNotice";
import { restoreDraft, serialiseDraft } from "./draftStorage";
import { dateUndated, updateUndated } from "./draftUndated";
import { dropTranslations, translationsOf } from "./translations";

/** A StoryMapJS map: two undated items, the first with an imported body and a Japanese title. */
function story(): Dataset {
  const first: UndatedItem = {
    id: "one",
    title: "At {nola}",
    places: ["nola"],
    actors: [],
    tags: [],
    summary: "The storm came.",
    body: "<p>The storm <em>came</em>.</p>",
    displayDate: "Aug 29",
    i18n: { ja: { title: "{nola}にて" } },
  };
  const second: UndatedItem = {
    id: "two",
    title: "Nassau",
    places: ["nassau"],
    actors: [],
    tags: [],
    summary: "",
  };
  return {
    meta: { title: "A map" },
    places: [
      city("nola", "New Orleans", [-90.07, 29.95]),
      city("nassau", "Nassau", [-77.35, 25.05]),
    ],
    periods: [],
    events: [],
    undated: [first, second],
  };
}

describe("an undated item's texts, as typed beside its last valid form", () => {
  it("holds each item's texts as fields beside the item itself", () => {
    const draft = draftFromDataset(story());
    expect(draft.undated[0]).toMatchObject({
      fields: { title: "At {nola}", summary: "The storm came.", note: "" },
      errors: {},
      basis: { title: "At {nola}", summary: "The storm came.", note: "" },
    });
    expect(draft.undated[1]?.valid).toEqual(story().undated?.[1]);
    expect(draftDataset(draft).undated).toEqual(story().undated);
  });

  it("puts a valid edit in the dataset, and its download, what the form does not edit kept", () => {
    const draft = updateUndated(draftFromDataset(story()), 0, {
      title: "In {nola}",
      note: "From the wire.",
    });
    expect(draft.undated[0]?.errors).toEqual({});
    expect(draftDataset(draft).undated?.[0]).toEqual({
      ...story().undated?.[0],
      title: "In {nola}",
      note: "From the wire.",
    });
    // The imported body words the summary: edited, the summary is the text from then on.
    const summary = updateUndated(draft, 0, { summary: "It came at dawn." });
    expect(draftDataset(summary).undated?.[0]).not.toHaveProperty("body");
    expect(draftDataset(summary).undated?.[0]?.summary).toBe("It came at dawn.");
  });

  it("keeps a text the format refuses as typed, with its message, and the last valid one on show", () => {
    const draft = updateUndated(draftFromDataset(story()), 1, { title: "" });
    expect(draft.undated[1]?.fields.title).toBe("");
    expect(draft.undated[1]?.errors.title).toMatchObject({ path: "events[0].title" });
    expect(draftDataset(draft).undated?.[1]?.title).toBe("Nassau");
    const unknown = updateUndated(draft, 1, { title: "At {tokyo}" });
    expect(unknown.undated[1]?.errors.title).toBeDefined();
    expect(draftProblems(unknown)).toEqual({ count: 1, left: 0 });
    const mended = updateUndated(unknown, 1, { title: "Nassau, Bahamas" });
    expect(mended.undated[1]?.errors).toEqual({});
    expect(draftDataset(mended).undated?.[1]?.title).toBe("Nassau, Bahamas");
  });

  it("is undone a step at a time, as an event's field", () => {
    const start = draftFromDataset(story());
    const typed = updateUndated(start, 1, { title: "" });
    const history = commit(startHistory(start), typed, "undated:1:title", 1);
    expect(undo(history).present).toBe(start);
  });

  it("marks the translations once the English text is changed, and drops them on request", () => {
    const text = { kind: "undated", index: 0, field: "title" } as const;
    const start = draftFromDataset(story());
    expect(translationsOf(start, text)).toEqual({ langs: ["ja"], writtenFor: null });
    const edited = updateUndated(start, 0, { title: "In {nola}" });
    expect(translationsOf(edited, text)).toEqual({ langs: ["ja"], writtenFor: "At {nola}" });
    const dropped = dropTranslations(edited, text);
    expect(draftDataset(dropped).undated?.[0]).not.toHaveProperty("i18n");
  });

  it("follows a place renamed or deleted into the title as typed, the last valid form too", () => {
    const typed = updateUndated(draftFromDataset(story()), 0, { title: "Still {nola}" });
    const renamed = updatePlace(typed, 0, { id: "new-orleans" });
    expect(renamed.undated[0]?.fields.title).toBe("Still {new-orleans}");
    expect(draftDataset(renamed).undated?.[0]).toMatchObject({
      title: "Still {new-orleans}",
      places: ["new-orleans"],
      i18n: { ja: { title: "{new-orleans}にて" } },
    });
    const deleted = deletePlace(typed, 0);
    expect(deleted.undated[0]?.fields.title).toBe("Still New Orleans");
    expect(deleted.undated[0]?.errors).toEqual({});
    expect(draftDataset(deleted).undated?.[0]?.places).toEqual([]);
  });

  it("goes into the event it becomes when dated, a refused text with its message", () => {
    const typed = updateUndated(draftFromDataset(story()), 0, { summary: "Typed." });
    const dated = dateUndated(typed, 0, { start: "2005-08-29", end: "" });
    if (!dated.ok) throw new Error("not dated");
    expect(dated.draft.events[0]?.fields).toMatchObject({ summary: "Typed.", title: "At {nola}" });
    expect(draftDataset(dated.draft).events[0]?.summary).toBe("Typed.");
    // Its translations were written for the item's texts as they came.
    expect(dated.draft.events[0]?.basis).toMatchObject({ title: "At {nola}" });
    const empty = updateUndated(typed, 1, { title: "" });
    const datedEmpty = dateUndated(empty, 1, { start: "2005", end: "" });
    if (!datedEmpty.ok) throw new Error("not dated");
    const event = datedEmpty.draft.events[datedEmpty.index];
    expect(event?.fields.title).toBe("");
    expect(event?.errors.title).toBeDefined();
    expect(event?.valid?.title).toBe("Nassau");
  });
});

describe("stored undated items", () => {
  it("keep their texts as typed through a reload, a refused one with its message", () => {
    const draft = updateUndated(updateUndated(draftFromDataset(story()), 1, { title: "" }), 0, {
      note: "Kept.",
    });
    const restored = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(draft, 1))));
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(restored.draft.undated).toEqual(draft.undated);
    expect(draftDataset(restored.draft)).toEqual(draftDataset(draft));
  });

  it("open from a draft stored before their texts were edited, which held the items themselves", () => {
    const stored = JSON.parse(JSON.stringify(serialiseDraft(draftFromDataset(story()), 7)));
    // As the version before stored it: version 1, the items themselves.
    stored.version = 1;
    stored.draft.undated = story().undated;
    const restored = restoreDraft(stored);
    if (!restored.ok) throw new Error(restored.reason.key);
    expect(restored.draft.undated).toEqual(draftFromDataset(story()).undated);
    const edited = updateUndated(restored.draft, 1, { title: "Nassau, Bahamas" });
    expect(draftDataset(edited).undated?.[1]?.title).toBe("Nassau, Bahamas");
  });
});
