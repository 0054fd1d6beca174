import { beforeEach, describe, expect, it } from "vitest";
import { type AppStore, createAppStore } from "../store/appStore";
import {
  selectFilterMask,
  selectPlaceEventCounts,
  selectShownCount,
  selectTotalCount,
} from "../store/selectors";
import { smallDataset } from "../test/fixtures";
import {
  selectActiveFilterCount,
  selectActorCounts,
  selectNarrowingCount,
  selectTagCounts,
  showingSentence,
} from "./facets";

let store: AppStore;

beforeEach(() => {
  store = createAppStore();
  store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
});

const counts = (list: { name: string; count: number }[]) =>
  Object.fromEntries(list.map(({ name, count }) => [name, count]));

describe("facet counts", () => {
  it("counts every event when no filter is set", () => {
    expect(counts(selectActorCounts(store.getState()))).toEqual({
      Russia: 4,
      Japan: 2,
      "Soviet Union": 1,
    });
    expect(counts(selectTagCounts(store.getState()))).toEqual({
      diplomacy: 2,
      politics: 1,
      security: 1,
      territory: 1,
    });
  });

  it("counts actors among the events the tag filter shows, and tags among the actor filter's", () => {
    store.getState().setTags(["diplomacy"]);
    expect(counts(selectActorCounts(store.getState()))).toEqual({
      Russia: 2,
      Japan: 2,
      "Soviet Union": 0,
    });
    // The tag counts do not depend on the tag filter itself.
    expect(counts(selectTagCounts(store.getState()))).toEqual({
      diplomacy: 2,
      politics: 1,
      security: 1,
      territory: 1,
    });
    store.getState().setActors(["Soviet Union"]);
    expect(counts(selectTagCounts(store.getState()))).toEqual({
      diplomacy: 0,
      politics: 0,
      security: 0,
      territory: 1,
    });
  });

  it("counts only the search's matches while the search narrows the events", () => {
    const { index } = store.getState();
    if (!index) throw new Error("no index");
    store.getState().setQuery("tokyo");
    store.getState().setOnlyMatches(true);
    const mask = Uint8Array.from(index.events, (e) => (e.places.includes("tokyo") ? 1 : 0));
    store.getState().setSearchMatches({ index, query: "tokyo", mask });
    expect(counts(selectActorCounts(store.getState()))).toEqual({
      Russia: 2,
      Japan: 2,
      "Soviet Union": 0,
    });
    expect(selectActiveFilterCount(store.getState())).toBe(0);
    expect(selectNarrowingCount(store.getState())).toBe(1);
    store.getState().setTags(["diplomacy"]);
    expect(selectNarrowingCount(store.getState())).toBe(2);
  });

  it("counts an event that names a value twice once (review 32: Japan;Japan made 2 events)", () => {
    const dataset = smallDataset();
    const [first] = dataset.events;
    if (!first) throw new Error("no event");
    dataset.events[0] = {
      ...first,
      actors: ["Japan", "Japan", "Russia"],
      tags: ["diplomacy", "x", "x"],
    };
    store.getState().datasetLoaded(dataset, { kind: "default" }, []);
    store.getState().setTags(["x"]);
    expect(counts(selectActorCounts(store.getState()))).toMatchObject({ Japan: 1, Russia: 1 });
    store.getState().setTags([]);
    store.getState().setActors(["Japan"]);
    expect(counts(selectTagCounts(store.getState()))).toMatchObject({ x: 1, diplomacy: 2 });
  });

  it("keeps the dataset's order, so boxes do not jump", () => {
    const before = selectActorCounts(store.getState()).map((f) => f.name);
    store.getState().setTags(["territory"]);
    expect(selectActorCounts(store.getState()).map((f) => f.name)).toEqual(before);
  });

  it("is memoised on what it reads", () => {
    const first = selectActorCounts(store.getState());
    store.getState().setActors(["Japan"]);
    expect(selectActorCounts(store.getState())).toBe(first);
  });
});

describe("filters", () => {
  it("shows an event with any chosen actor (or) and any chosen tag (and between the two)", () => {
    store.getState().setActors(["Japan", "Soviet Union"]);
    expect(selectShownCount(store.getState())).toBe(3);
    store.getState().setTags(["territory"]);
    expect(selectShownCount(store.getState())).toBe(1);
    expect(selectActiveFilterCount(store.getState())).toBe(3);
  });

  it("takes filtered-out events off the map's counts too", () => {
    store.getState().toggleActor("Soviet Union");
    const mask = selectFilterMask(store.getState());
    expect(mask && Array.from(mask).reduce((a, b) => a + b, 0)).toBe(1);
    expect(Object.fromEntries(selectPlaceEventCounts(store.getState()))).toEqual({
      iturup: 1,
      tokyo: 0,
      moscow: 0,
    });
    store.getState().clearFilters();
    expect(selectShownCount(store.getState())).toBe(selectTotalCount(store.getState()));
  });

  it("says what is shown", () => {
    expect(showingSentence(9, 17)).toBe("Showing 9 of 17 events");
    expect(showingSentence(12_000, 100_000)).toBe("Showing 12,000 of 100,000 events");
  });
});
