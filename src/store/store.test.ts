import { beforeEach, describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import { smallDataset } from "../test/fixtures";
import { type AppStore, createAppStore } from "./appStore";
import {
  eventTitle,
  passes,
  selectEventsOfSelectedPlace,
  selectFacetMask,
  selectFilterMask,
  selectFocusEventSet,
  selectHighlightedPlaceIds,
  selectNoMatchCause,
  selectPlaceEventCounts,
  selectSelectedHiddenBy,
  selectShownCount,
  stepShown,
} from "./selectors";

let store: AppStore;

beforeEach(() => {
  store = createAppStore();
  store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
});

describe("selection", () => {
  it("keeps an event and a place from being selected together", () => {
    store.getState().selectPlace("tokyo");
    store.getState().selectEvent("e-1945");
    expect(store.getState()).toMatchObject({ selectedEventId: "e-1945", selectedPlaceId: null });
    store.getState().selectPlace("moscow");
    expect(store.getState()).toMatchObject({ selectedEventId: null, selectedPlaceId: "moscow" });
  });

  it("highlights the selected event's places, or the selected place", () => {
    store.getState().selectEvent("e-2016-12");
    expect(selectHighlightedPlaceIds(store.getState())).toEqual(["tokyo", "moscow"]);
    store.getState().selectPlace("iturup");
    expect(selectHighlightedPlaceIds(store.getState())).toEqual(["iturup"]);
  });

  it("drops a selection the next dataset does not have", () => {
    store.getState().selectEvent("e-1945");
    const next = smallDataset();
    next.events = next.events.filter((e) => e.id !== "e-1945");
    store.getState().datasetLoaded(next, { kind: "file", name: "x.json" }, []);
    expect(store.getState().selectedEventId).toBeNull();
  });

  it("keeps a selection the new dataset has too, unless the reader opened it afresh", () => {
    store.getState().selectEvent("e-1945");
    store.getState().datasetIndexed(indexDataset(smallDataset()), { kind: "default" }, []);
    expect(store.getState().selectedEventId).toBe("e-1945");
    store
      .getState()
      .datasetIndexed(indexDataset(smallDataset()), { kind: "file", name: "x.json" }, [], true);
    expect(store.getState().selectedEventId).toBeNull();
    store.getState().selectPlace("tokyo");
    store
      .getState()
      .datasetIndexed(indexDataset(smallDataset()), { kind: "file", name: "y.json" }, [], true);
    expect(store.getState().selectedPlaceId).toBeNull();
  });
});

describe("dataset slice", () => {
  it("keeps the previous dataset when a load fails", () => {
    const before = store.getState().index;
    store.getState().datasetLoading({ kind: "url", url: "/missing.json" });
    store
      .getState()
      .datasetFailed({ kind: "url", url: "/missing.json" }, [{ path: "", code: "httpError" }]);
    expect(store.getState().status).toBe("error");
    expect(store.getState().index).toBe(before);
    store.getState().dismissProblems();
    expect(store.getState()).toMatchObject({ status: "ready", problems: [], pendingSource: null });
  });
});

describe("filters and derived data", () => {
  it("counts and masks by actor and tag", () => {
    expect(selectFilterMask(store.getState())).toBeNull();
    expect(selectShownCount(store.getState())).toBe(5);
    store.getState().toggleActor("Japan");
    expect(selectShownCount(store.getState())).toBe(2);
    store.getState().toggleTag("politics");
    expect(selectShownCount(store.getState())).toBe(0);
    store.getState().toggleActor("Japan");
    expect(selectShownCount(store.getState())).toBe(1);
    store.getState().clearFilters();
    expect(selectShownCount(store.getState())).toBe(5);
  });

  it("sizes places by the events that pass the filters", () => {
    expect(selectPlaceEventCounts(store.getState()).get("iturup")).toBe(2);
    store.getState().setActors(["Russia"]);
    const counts = selectPlaceEventCounts(store.getState());
    expect(counts.get("iturup")).toBe(1);
    expect(counts.get("moscow")).toBe(2);
  });

  it("memoises derived values until their inputs change", () => {
    store.getState().setActors(["Russia"]);
    const a = selectPlaceEventCounts(store.getState());
    store.getState().hoverEvent("e-1945");
    expect(selectPlaceEventCounts(store.getState())).toBe(a);
    store.getState().setActors(["Japan"]);
    expect(selectPlaceEventCounts(store.getState())).not.toBe(a);
  });

  it("sizes a map without dates by its undated items", () => {
    const { meta, places } = smallDataset();
    const undated = [
      { id: "u1", title: "One", places: ["iturup", "iturup"], actors: [], tags: [], summary: "" },
      { id: "u2", title: "Two", places: ["iturup", "tokyo"], actors: [], tags: [], summary: "" },
    ];
    store
      .getState()
      .datasetLoaded({ meta, places, periods: [], events: [], undated }, { kind: "default" }, []);
    const counts = selectPlaceEventCounts(store.getState());
    expect(Object.fromEntries(counts)).toEqual({ iturup: 2, tokyo: 1 });
  });

  it("lists a place's shown events in time order", () => {
    store.getState().selectPlace("iturup");
    expect(selectEventsOfSelectedPlace(store.getState()).map((e) => e.id)).toEqual([
      "e-1945",
      "e-2018-01",
    ]);
  });

  it("focuses the hovered place over the selected one", () => {
    store.getState().selectPlace("tokyo");
    const index = store.getState().index;
    const ids = (set: Set<number> | null) => [...(set ?? [])].map((i) => index?.events[i]?.id);
    expect(ids(selectFocusEventSet(store.getState()))).toEqual(["e-2016-12", "e-2018-03-21"]);
    store.getState().hoverPlace("iturup");
    expect(ids(selectFocusEventSet(store.getState()))).toEqual(["e-1945", "e-2018-01"]);
  });

  it("steps through shown events in time order, skipping filtered ones", () => {
    const { index } = store.getState();
    if (!index) throw new Error("no index");
    expect(index.events.map((e) => e.id)).toEqual([
      "e-1945",
      "e-2016-12",
      "e-2018-01",
      "e-2018-03-18",
      "e-2018-03-21",
    ]);
    store.getState().setTags(["diplomacy"]);
    const mask = selectFilterMask(store.getState());
    const count = index.events.length;
    expect(index.events[stepShown(count, mask, 1, 1)]?.id).toBe("e-2018-03-21");
    expect(stepShown(count, mask, 1, -1)).toBe(-1);
    expect(stepShown(count, null, 1, -1)).toBe(0);
  });
});

describe("only the search's matches", () => {
  /** The shown events' ids, in time order. */
  const shownIds = () => {
    const { index } = store.getState();
    const mask = selectFilterMask(store.getState());
    return (index?.events ?? []).filter((_, i) => passes(mask, i)).map((event) => event.id);
  };
  /** Matches at these ids, as the search's binding gives them (`bindSearchMatches.ts`). */
  const matchIds = (query: string, ids: string[]) => {
    const { index } = store.getState();
    if (!index) throw new Error("no index");
    const mask = Uint8Array.from(index.events, (event) => (ids.includes(event.id) ? 1 : 0));
    store.getState().setSearchMatches({ index, query, mask });
  };

  it("narrows the one mask with the matches, together with the actor and tag filters", () => {
    store.getState().setQuery("tokyo");
    store.getState().setOnlyMatches(true);
    // Until the search has found its matches, nothing is hidden: the view never flashes to none.
    expect(selectFilterMask(store.getState())).toBeNull();
    matchIds("tokyo", ["e-2016-12", "e-2018-03-21"]);
    expect(shownIds()).toEqual(["e-2016-12", "e-2018-03-21"]);
    expect(selectShownCount(store.getState())).toBe(2);
    expect(selectPlaceEventCounts(store.getState()).get("moscow")).toBe(1);
    // Both at once: events that match and pass the filters.
    store.getState().setTags(["diplomacy"]);
    store.getState().setActors(["Russia"]);
    expect(shownIds()).toEqual(["e-2016-12", "e-2018-03-21"]);
    store.getState().setActors(["Soviet Union"]);
    expect(shownIds()).toEqual([]);
    // The search counts its matches against the filters alone.
    expect(selectFacetMask(store.getState())?.reduce((a, b) => a + b, 0)).toBe(0);
    store.getState().setActors([]);
    store.getState().setTags([]);
    expect(selectFacetMask(store.getState())).toBeNull();
    expect(shownIds()).toEqual(["e-2016-12", "e-2018-03-21"]);
  });

  it("is off without a query, and clearing the query or the filters turns it off", () => {
    store.getState().setOnlyMatches(true);
    expect(store.getState().onlyMatches).toBe(false);
    store.getState().setQuery("tokyo");
    store.getState().setOnlyMatches(true);
    matchIds("tokyo", ["e-2016-12"]);
    expect(shownIds()).toEqual(["e-2016-12"]);
    store.getState().setQuery("  ");
    expect(store.getState().onlyMatches).toBe(false);
    expect(selectFilterMask(store.getState())).toBeNull();
    store.getState().setQuery("tokyo");
    store.getState().setOnlyMatches(true);
    // The last matches went when it went off: another query never shows them meanwhile.
    expect(store.getState().searchMatches).toBeNull();
    matchIds("tokyo", ["e-2016-12"]);
    store.getState().clearFilters();
    expect(store.getState()).toMatchObject({ onlyMatches: false, query: "tokyo" });
    expect(shownIds()).toHaveLength(5);
  });

  it("keeps the last matches while the same events are indexed again, and a query that matches nothing shows none", () => {
    store.getState().setQuery("nothing at all");
    store.getState().setOnlyMatches(true);
    matchIds("nothing at all", []);
    expect(shownIds()).toEqual([]);
    expect(selectShownCount(store.getState())).toBe(0);
    matchIds("tokyo", ["e-2018-03-21"]);
    // Indexed again (its translations, a draft's edit): the same events, the same matches.
    store.getState().datasetIndexed(indexDataset(smallDataset()), { kind: "default" }, []);
    expect(shownIds()).toEqual(["e-2018-03-21"]);
    // Another dataset: every event until its own matches are found.
    const other = smallDataset();
    other.events = other.events.slice(1);
    store.getState().datasetIndexed(indexDataset(other), { kind: "default" }, []);
    expect(shownIds()).toHaveLength(4);
  });

  it("names what leaves no event: the search when the filters alone would leave some", () => {
    const cause = () => selectNoMatchCause(store.getState());
    expect(cause()).toBeNull();
    store.getState().setActors(["Soviet Union"]);
    store.getState().setTags(["diplomacy"]);
    expect(cause()).toBe("filters");
    store.getState().setTags([]);
    expect(cause()).toBeNull();
    // A query that matches nothing, with filters that leave an event: the search's doing.
    store.getState().setQuery("nothing at all");
    store.getState().setOnlyMatches(true);
    expect(cause()).toBeNull();
    matchIds("nothing at all", []);
    expect(cause()).toBe("search");
    // Matches the filters hide: the filters leave one event, the search matches another. It was
    // said to match nothing (review 16); the filters are what hide its matches.
    matchIds("nothing at all", ["e-2018-03-21"]);
    expect(cause()).toBe("searchUnderFilters");
    // The filters alone leave none: theirs, whatever the search finds.
    store.getState().setTags(["diplomacy"]);
    expect(cause()).toBe("filters");
    store.getState().setActors([]);
    store.getState().setTags([]);
    expect(cause()).toBeNull();
    matchIds("nothing at all", []);
    expect(cause()).toBe("search");
    store.getState().setOnlyMatches(false);
    expect(cause()).toBeNull();
  });
});

describe("a selected event the filters hide", () => {
  it("says which hides it: the filters first, then the search's only matches", () => {
    const hiddenBy = () => selectSelectedHiddenBy(store.getState());
    expect(hiddenBy()).toBeNull();
    store.getState().selectEvent("e-1945");
    expect(hiddenBy()).toBeNull();
    store.getState().setActors(["Russia"]);
    expect(hiddenBy()).toBe("filters");
    store.getState().setActors(["Soviet Union"]);
    expect(hiddenBy()).toBeNull();
    store.getState().setQuery("tokyo");
    store.getState().setOnlyMatches(true);
    const { index } = store.getState();
    if (!index) throw new Error("no index");
    const mask = Uint8Array.from(index.events, (event) => (event.id === "e-2016-12" ? 1 : 0));
    store.getState().setSearchMatches({ index, query: "tokyo", mask });
    expect(hiddenBy()).toBe("search");
    store.getState().setActors(["Russia"]);
    expect(hiddenBy()).toBe("filters");
    store.getState().selectEvent("e-2016-12");
    expect(hiddenBy()).toBeNull();
  });
});

describe("naming perspective", () => {
  it("writes disputed places in the chosen perspective", () => {
    const { index } = store.getState();
    const event = { title: "Airport on {iturup}" };
    expect(eventTitle(index, "both", event)).toBe("Airport on Etorofu / Iturup");
    expect(eventTitle(index, "ja", event)).toBe("Airport on Etorofu");
    expect(eventTitle(index, "ru", event)).toBe("Airport on Iturup");
    expect(eventTitle(index, "ru", { title: "At {nowhere}" })).toBe("At {nowhere}");
  });
});

describe("time window", () => {
  it("ignores non-finite windows and keeps at least an hour", () => {
    store.getState().setTimeWindow({ start: Number.NaN, end: 5 });
    expect(store.getState().timeWindow).toBeNull();
    store.getState().setTimeWindow({ start: 0, end: 10 });
    expect(store.getState().timeWindow).toEqual({ start: 0, end: 3_600_000 });
  });
});
