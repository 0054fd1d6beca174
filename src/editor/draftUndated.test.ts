import { describe, expect, it } from "vitest";
import type { Translate } from "../data/issueText";
import type { Dataset, UndatedItem } from "../data/schema";
import { hasStoryToShow } from "../data/storyToShow";
import { appStore } from "../store/appStore";
import { noticeText } from "../store/viewSlice";
import { city, event } from "../test/fixtures";
import {
  type Draft,
  deletePlace,
  draftDataset,
  draftFromDataset,
  draftHasStory,
  storyNeeds,
  undatedItems,
} from "./draft";
import { commit, startHistory, undo } from "./draftHistory";
import { noticeDraftProblems } from "./draftProblemsNotice";
import { restoreDraft, serialiseDraft } from "./draftStorage";
import {
  datedPosition,
  dateUndated,
  deleteUndated,
  setUndatedPlaces,
  undatedAtPlace,
} from "./draftUndated";

/** A StoryMapJS map without dates: no event, two undated items, each at a place. */
function dateless(): Dataset {
  const slide = (id: string, place: string): UndatedItem => ({
    id,
    title: `At ${place}`,
    places: [place],
    actors: [],
    tags: [],
    summary: `About ${place}`,
  });
  return {
    meta: { title: "A map" },
    places: [
      city("nola", "New Orleans", [-90.07, 29.95]),
      city("nassau", "Nassau", [-77.35, 25.05]),
    ],
    periods: [],
    events: [],
    undated: [slide("one", "nola"), slide("two", "nassau")],
  };
}

const withoutPlaces = () => deletePlace(deletePlace(draftFromDataset(dateless()), 0), 0);

describe("a dateless story in the editor (F4)", () => {
  it("is a story while an undated item has a place, as the reader has it", () => {
    const draft = draftFromDataset(dateless());
    expect(storyNeeds(draft)).toEqual([]);
    expect(draftHasStory(draft)).toBe(true);
  });

  it("with every place deleted, needs a date or a place, and is no story the reader opens", () => {
    const draft = withoutPlaces();
    expect(draft.undated.map((item) => item.valid.places)).toEqual([[], []]);
    // The rule the reader refuses the download by.
    expect(hasStoryToShow(draftDataset(draft))).toBe(false);
    expect(draftHasStory(draft)).toBe(false);
    expect(storyNeeds(draft)).toEqual([{ kind: "undatedUnplaced", count: 2 }]);
  });

  it("Download says the file has no story to show", () => {
    const t = ((key: string, values?: object) => `${key} ${JSON.stringify(values)}`) as Translate;
    const words = () =>
      appStore.getState().notices.map((notice) => noticeText(notice.text, t, "en"));
    noticeDraftProblems(draftFromDataset(dateless()));
    expect(words()).toEqual([]);
    noticeDraftProblems(withoutPlaces());
    expect(words()).toEqual(['editor.downloadNoStory {"undated":2}']);
  });
});

describe("dateUndated (F3)", () => {
  const rich = (): Dataset => {
    const dataset = dateless();
    const [first, second] = dataset.undated ?? [];
    if (!first || !second) throw new Error("no undated items");
    const item: UndatedItem = {
      ...first,
      displayDate: "Late summer",
      body: "<p>Told <em>at length</em>.</p>",
      media: { url: "https://example.org/a.jpg", caption: "A picture" },
      links: [{ url: "https://a.example.org/" }, { url: "https://b.example.org/" }],
      i18n: { ja: { title: "ニューオーリンズで" } },
    };
    return { ...dataset, undated: [item, second] };
  };

  it("makes the item an event with the date typed, all else kept but its date text", () => {
    const start = draftFromDataset(rich());
    const dated = dateUndated(start, 0, { start: "2005-08-29", end: "" });
    if (!dated.ok) throw new Error("not dated");
    expect(dated.index).toBe(0);
    expect(dated.draft.undated.map((item) => item.valid.id)).toEqual(["two"]);
    const { displayDate: _, ...item } = rich().undated?.[0] ?? {};
    expect(draftDataset(dated.draft).events).toEqual([{ ...item, start: "2005-08-29" }]);
    // The event form edits it: the fields show it, its other links and translations kept.
    expect(dated.draft.events[0]?.fields).toMatchObject({ id: "one", start: "2005-08-29" });
    expect(dated.draft.events[0]?.otherLinks).toEqual([{ url: "https://b.example.org/" }]);
    expect(dated.draft.events[0]?.basis).toMatchObject({ title: "At nola" });
    expect(storyNeeds(dated.draft)).toEqual([]);
  });

  it("reads a date as the event form does, and keeps the item undated for a date it refuses", () => {
    const start = draftFromDataset(dateless());
    const written = dateUndated(start, 1, { start: "２００５年８月", end: "2005-09" });
    expect(written.ok && draftDataset(written.draft).events[0]).toMatchObject({
      id: "two",
      start: "2005-08",
      end: "2005-09",
    });
    const refused = dateUndated(start, 0, { start: "2005-13-45", end: "" });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors.start).toMatchObject({ path: "events[0].start" });
    const backwards = dateUndated(start, 0, { start: "2005-09", end: "2005-08" });
    expect(!backwards.ok && Object.keys(backwards.errors)).toEqual(["end"]);
  });

  it("gives the event another id when an event has the item's", () => {
    const start = draftFromDataset(dateless());
    const first = dateUndated(start, 0, { start: "2005", end: "" });
    if (!first.ok) throw new Error("not dated");
    const secondItem = start.undated[1];
    if (!secondItem) throw new Error("no item");
    const renamed = { ...secondItem, valid: { ...secondItem.valid, id: "one" } };
    const taken: Draft = { ...first.draft, undated: [renamed] };
    const second = dateUndated(taken, 0, { start: "2006", end: "" });
    expect(second.ok && draftDataset(second.draft).events.map((e) => e.id)).toEqual([
      "one",
      "one-2",
    ]);
  });

  it("is one step of undo, and the kept draft holds it", () => {
    const start = draftFromDataset(dateless());
    const dated = dateUndated(start, 0, { start: "2005", end: "" });
    if (!dated.ok) throw new Error("not dated");
    const history = commit(startHistory(start), dated.draft, null, 1);
    expect(undo(history).present).toBe(start);
    const kept = restoreDraft(JSON.parse(JSON.stringify(serialiseDraft(dated.draft, 1))));
    if (!kept.ok) throw new Error(kept.reason.key);
    expect(draftDataset(kept.draft)).toEqual(draftDataset(dated.draft));
  });
});

describe("datedPosition: a dated item goes where its date puts it", () => {
  const draft = (starts: string[]) =>
    draftFromDataset({ ...dateless(), events: starts.map((start, i) => event(`e${i}`, start)) });

  it("goes after the last event that starts no later, as the timeline orders them", () => {
    const { events } = draft(["2005-08-23", "2005-08-29", "2005-08-29", "2005-09-01"]);
    expect(datedPosition(events, Date.UTC(2005, 7, 25))).toBe(1);
    // After those of its own day, as Add event puts a new one after the one it is dated like.
    expect(datedPosition(events, Date.UTC(2005, 7, 29))).toBe(3);
    expect(datedPosition(events, Date.UTC(2005, 7, 1))).toBe(0);
    expect(datedPosition(events, Date.UTC(2006, 0, 1))).toBe(4);
    expect(datedPosition([], Date.UTC(2005, 0, 1))).toBe(0);
  });

  it("passes over events not yet valid, which have no date to go by", () => {
    const [first, second] = draft(["2005-08-23", "2005-09-01"]).events;
    if (!first || !second) throw new Error("no events");
    const typed = { ...second, valid: null };
    const later = Date.UTC(2006, 0, 1);
    expect(datedPosition([first, typed], later)).toBe(1);
    expect(datedPosition([typed, first], later)).toBe(2);
    expect(datedPosition([typed], later)).toBe(0);
  });

  it("is where dateUndated puts the item, and the index it returns", () => {
    const start = draft(["2005-08-23", "2005-09-01"]);
    const dated = dateUndated(start, 1, { start: "2005-08-29", end: "" });
    if (!dated.ok) throw new Error("not dated");
    expect(dated.index).toBe(1);
    expect(draftDataset(dated.draft).events.map((e) => e.id)).toEqual(["e0", "two", "e1"]);
    expect(dated.draft.events[dated.index]?.fields.id).toBe("two");
  });
});

describe("deleteUndated (F3)", () => {
  it("takes the item out, and nothing else", () => {
    const start = draftFromDataset(dateless());
    const next = deleteUndated(start, 0);
    expect(next.undated.map((item) => item.valid.id)).toEqual(["two"]);
    expect(next.places).toBe(start.places);
    expect(deleteUndated(start, 5)).toBe(start);
    expect(storyNeeds(deleteUndated(next, 0))).toEqual([{ kind: "noEvents" }]);
  });
});

describe("undatedAtPlace: a place clicked on the map opens its undated item", () => {
  const undated = undatedItems(draftFromDataset(dateless()));
  const both = [...undated, { ...undated[0], id: "three", places: ["nassau", "nola"] }].filter(
    (item) => item !== undefined,
  ) as UndatedItem[];

  it("opens the first item at the place, or none", () => {
    expect(undatedAtPlace(undated, "nassau", null)).toBe(1);
    expect(undatedAtPlace(both, "nola", null)).toBe(0);
    expect(undatedAtPlace(undated, "tokyo", null)).toBe(null);
    expect(undatedAtPlace(undated, "tokyo", 0)).toBe(null);
  });

  it("keeps the open item when it is at the place", () => {
    expect(undatedAtPlace(both, "nola", 2)).toBe(2);
    expect(undatedAtPlace(both, "nassau", 0)).toBe(1);
  });
});

describe("setUndatedPlaces: an undated item's places, edited before it has a date", () => {
  it("puts the item at the places ticked, and it is a story again", () => {
    const start = withoutPlaces();
    expect(draftHasStory(start)).toBe(false);
    const back = { ...start, places: draftFromDataset(dateless()).places };
    const placed = setUndatedPlaces(back, 1, ["nola", "nassau"]);
    expect(placed.undated[1]?.valid.places).toEqual(["nola", "nassau"]);
    expect(placed.undated[0]).toBe(back.undated[0]);
    expect(storyNeeds(placed)).toEqual([]);
    expect(draftDataset(placed).undated?.[1]?.places).toEqual(["nola", "nassau"]);
  });

  it("keeps only the draft's places, once each, and leaves a missing item alone", () => {
    const start = draftFromDataset(dateless());
    expect(setUndatedPlaces(start, 0, ["nola", "tokyo", "nola"]).undated[0]?.valid.places).toEqual([
      "nola",
    ]);
    expect(setUndatedPlaces(start, 0, []).undated[0]?.valid.places).toEqual([]);
    expect(setUndatedPlaces(start, 9, ["nola"])).toBe(start);
  });
});
