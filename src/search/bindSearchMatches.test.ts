import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { indexDataset } from "../data/indexDataset";
import type { Dataset } from "../data/schema";
import { type AppStore, createAppStore } from "../store/appStore";
import { passes, selectFilterMask, selectShownCount } from "../store/selectors";
import { meetings } from "../test/fixtures";
import { bindSearchMatches, matchMask } from "./bindSearchMatches";
import * as searchModule from "./searchIndex";

/** The same meetings with their Russian titles, as the shipped dataset is once its other languages are in. */
function meetingsInRussian(): Dataset {
  const dataset = meetings();
  return {
    ...dataset,
    events: dataset.events.map((e, i) => ({
      ...e,
      i18n: { ru: { title: i % 3 === 2 ? `Переговоры ${i}` : `Саммит ${i}` } },
    })),
  };
}

let store: AppStore;
let unbind: () => void;
const load = vi.fn(() => Promise.resolve(searchModule));

/** Let the module load and the index build (in slices, each after a timer). */
async function settle() {
  for (let i = 0; i < 20; i++) await vi.advanceTimersByTimeAsync(20);
}

const shownTitles = () => {
  const { index } = store.getState();
  const mask = selectFilterMask(store.getState());
  return (index?.events ?? []).filter((_, i) => passes(mask, i)).map((e) => e.title);
};

beforeEach(() => {
  vi.useFakeTimers();
  load.mockClear();
  store = createAppStore();
  store.getState().datasetLoaded(meetings(), { kind: "default" }, []);
  unbind = bindSearchMatches(store, { load, delay: 150 });
});

afterEach(() => {
  unbind();
  vi.useRealTimers();
});

describe("matchMask", () => {
  it("marks each position once", () => {
    expect([...matchMask(5, Int32Array.from([0, 3]))]).toEqual([1, 0, 0, 1, 0]);
    expect([...matchMask(2, [])]).toEqual([0, 0]);
  });
});

describe("bindSearchMatches", () => {
  it("loads search only when the filter is turned on, then shows every match, not the 50 listed", async () => {
    store.getState().setQuery("summit");
    await settle();
    expect(load).not.toHaveBeenCalled();
    store.getState().setOnlyMatches(true);
    expect(load).toHaveBeenCalledTimes(1);
    await settle();
    expect(selectShownCount(store.getState())).toBe(120);
    expect(shownTitles().every((title) => title.startsWith("Summit"))).toBe(true);
    const { index } = store.getState();
    if (!index) throw new Error("no index");
    expect(searchModule.search(searchModule.getSearchIndex(index), "summit").events).toHaveLength(
      50,
    );
  });

  it("follows typing once it pauses, keeping the last matches meanwhile, and drops them when off", async () => {
    store.getState().setQuery("summit");
    store.getState().setOnlyMatches(true);
    await settle();
    store.getState().setQuery("talks");
    // Typing: the last matches stand until it pauses (never every event, never none).
    expect(selectShownCount(store.getState())).toBe(120);
    await vi.advanceTimersByTimeAsync(100);
    store.getState().setQuery("talks 1");
    await vi.advanceTimersByTimeAsync(100);
    expect(selectShownCount(store.getState())).toBe(120);
    await settle();
    // The search's own matches, every one of them.
    const { index } = store.getState();
    if (!index) throw new Error("no index");
    const found = searchModule.search(searchModule.getSearchIndex(index), "talks 1");
    expect(found.total).toBeGreaterThan(0);
    expect(selectShownCount(store.getState())).toBe(found.total);
    expect(shownTitles().every((title) => title.startsWith("Talks"))).toBe(true);
    store.getState().setQuery("");
    expect(store.getState().searchMatches).toBeNull();
    expect(selectShownCount(store.getState())).toBe(180);
  });

  it("narrows at once from a link's only=1 once the dataset is there, and a query that matches nothing shows none", async () => {
    unbind();
    store = createAppStore();
    store.setState({ query: "zzzz", onlyMatches: true });
    unbind = bindSearchMatches(store, { load, delay: 150 });
    await settle();
    expect(load).not.toHaveBeenCalled();
    store.getState().datasetLoaded(meetings(), { kind: "default" }, []);
    await settle();
    expect(selectShownCount(store.getState())).toBe(0);
    store.getState().clearFilters();
    expect(selectShownCount(store.getState())).toBe(180);
  });

  it("waits for the dataset's other languages: a word only a translation has never shows no match meanwhile", async () => {
    unbind();
    // The shipped dataset's other languages come after it (`addShippedLanguages`): a link's
    // `q=Переговоры&only=1` showed "no event matches" until they did.
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => {
      arrive = () => {
        const { source, problems } = store.getState();
        store.getState().datasetIndexed(indexDataset(meetingsInRussian()), source, problems);
        resolve();
      };
    });
    // As `completeShippedDataset`: done once they are in.
    const complete = vi.fn(() => arrived);
    unbind = bindSearchMatches(store, { load, delay: 150, complete });
    store.getState().setQuery("Переговоры");
    store.getState().setOnlyMatches(true);
    await settle();
    expect(complete).toHaveBeenCalled();
    // Every event while the translations come, not none.
    expect(selectShownCount(store.getState())).toBe(180);
    arrive();
    await settle();
    expect(selectShownCount(store.getState())).toBe(60);
    expect(shownTitles().every((title) => title.startsWith("Talks"))).toBe(true);
  });
});
