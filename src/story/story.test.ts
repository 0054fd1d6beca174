import { beforeEach, describe, expect, it, vi } from "vitest";
import { indexDataset } from "../data/indexDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { type AppStore, createAppStore } from "../store/appStore";
import { readingOrder } from "./readingOrder";
import { stopStory } from "./StoryBar";
import {
  followStory,
  playTick,
  setStoryOrder,
  startStory,
  stepStory,
  togglePlay,
} from "./storyActions";
import {
  adjacentStep,
  eventAtStep,
  prepareReadingOrder,
  selectStorySequence,
  selectStoryStep,
  storySequence,
  storyStep,
} from "./storyOrder";

const event = (id: string, start: string, paragraph: number | null, actors: string[]) =>
  ({
    id,
    title: id,
    start,
    places: ["tokyo"],
    actors,
    tags: [],
    summary: "s",
    ...(paragraph === null ? {} : { quote: { text: "q", paragraph } }),
  }) satisfies DatasetEvent;

/** The article opens on 2018 and reaches back to 1945, like the real one. */
function storyDataset(): Dataset {
  return {
    periods: [],
    meta: { title: "Story test" },
    places: [
      { id: "tokyo", name: "Tokyo", names: { en: "Tokyo" }, kind: "city", coordinates: [139, 35] },
    ],
    events: [
      event("lands", "2018-03-21", 1, ["Russia"]),
      event("jokes", "2018-03-21", 1, ["Russia"]),
      event("war", "1945", 6, ["Soviet Union"]),
      event("summit", "2016-12", 8, ["Japan"]),
      event("aegis", "2017-12-19", 4, ["Japan"]),
      event("undated", "2010", null, ["Japan"]),
    ],
  };
}

const ids = (store: AppStore) => {
  const state = store.getState();
  return Array.from(selectStorySequence(state), (p) => state.index?.events[p]?.id);
};

let store: AppStore;

beforeEach(() => {
  store = createAppStore();
  store.getState().datasetLoaded(storyDataset(), { kind: "default" }, []);
});

describe("story order", () => {
  it("follows the article's paragraphs, then dataset order, then events without a quote", () => {
    store.getState().setStory("article");
    expect(ids(store)).toEqual(["lands", "jokes", "aegis", "war", "summit", "undated"]);
  });

  it("follows time in time order", () => {
    store.getState().setStory("time");
    // "lands" and "jokes" share a day: the dataset's order breaks the tie.
    expect(ids(store)).toEqual(["war", "undated", "summit", "aegis", "lands", "jokes"]);
  });

  it("skips filtered-out events", () => {
    store.getState().setStory("article");
    store.getState().setActors(["Japan"]);
    expect(ids(store)).toEqual(["aegis", "summit", "undated"]);
  });

  it("finds a step and the steps around it", () => {
    const index = indexDataset(storyDataset());
    const sequence = storySequence(index, "article", null);
    expect(storyStep(index, sequence, "war")).toBe(3);
    expect(storyStep(index, sequence, "nope")).toBe(-1);
    expect(storyStep(index, sequence, null)).toBe(-1);
    expect(eventAtStep(index, sequence, 3)).toBe("war");
    expect(eventAtStep(index, sequence, 99)).toBeNull();
    expect(adjacentStep(6, 3, 1)).toBe(4);
    expect(adjacentStep(6, 3, -1)).toBe(2);
    expect(adjacentStep(6, 5, 1)).toBeNull();
    expect(adjacentStep(6, 0, -1)).toBeNull();
    expect(adjacentStep(6, -1, 1)).toBe(0);
    expect(adjacentStep(6, -1, -1)).toBeNull();
    expect(adjacentStep(0, -1, 1)).toBeNull();
  });

  it("makes the reading order ahead a step per task, and a first need finishes it at once", () => {
    vi.useFakeTimers();
    try {
      const expected = Array.from(readingOrder(indexDataset(storyDataset()).events));
      const early = indexDataset(storyDataset());
      prepareReadingOrder(early, 2);
      // Steps are still to come: the time order's first need takes the order from where it is.
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      expect(Array.from(storySequence(early, "time", null))).toEqual(expected);
      vi.runAllTimers();
      expect(Array.from(storySequence(early, "time", null))).toEqual(expected);

      const ahead = indexDataset(storyDataset());
      prepareReadingOrder(ahead, 2);
      let tasks = 0;
      while (vi.getTimerCount() > 0) {
        vi.runOnlyPendingTimers();
        tasks++;
      }
      expect(tasks).toBeGreaterThan(2);
      expect(Array.from(storySequence(ahead, "time", null))).toEqual(expected);
    } finally {
      vi.useRealTimers();
    }
  });

  it("memoises the sequence while nothing it reads changes", () => {
    store.getState().setStory("article");
    const first = selectStorySequence(store.getState());
    store.getState().selectEvent("war");
    expect(selectStorySequence(store.getState())).toBe(first);
  });
});

describe("story actions", () => {
  it("starts at the first step, or at the selected event", () => {
    startStory(store, "article");
    expect(store.getState()).toMatchObject({ story: "article", selectedEventId: "lands" });
    stopStory(store);
    store.getState().selectEvent("war");
    startStory(store, "article");
    expect(store.getState().selectedEventId).toBe("war");
    expect(selectStoryStep(store.getState())).toBe(3);
  });

  it("steps on and back, and stops at the ends", () => {
    startStory(store, "article");
    expect(stepStory(store, -1)).toBe(false);
    const visited = [store.getState().selectedEventId];
    while (stepStory(store, 1)) visited.push(store.getState().selectedEventId);
    expect(visited).toEqual(["lands", "jokes", "aegis", "war", "summit", "undated"]);
    expect(stepStory(store, -1)).toBe(true);
    expect(store.getState().selectedEventId).toBe("summit");
  });

  it("goes on from the place of an event a filter set mid-story took out, not from the start", () => {
    store.getState().selectEvent("war");
    startStory(store, "article");
    store.getState().setActors(["Japan"]);
    // "war" is out of the filtered story (aegis, summit, undated); it came after aegis.
    expect(selectStoryStep(store.getState())).toBe(-1);
    expect(stepStory(store, 1)).toBe(true);
    expect(store.getState().selectedEventId).toBe("summit");
    store.getState().selectEvent("war");
    expect(stepStory(store, -1)).toBe(true);
    expect(store.getState().selectedEventId).toBe("aegis");
    store.getState().selectEvent("war");
    togglePlay(store);
    expect(store.getState()).toMatchObject({ playing: true, selectedEventId: "summit" });
  });

  it("announces each step with its number, however the story moved there (review 29 F5)", () => {
    startStory(store, "article");
    const stop = followStory(store);
    stepStory(store, 1);
    expect(store.getState().announcement.text).toMatch(/^Step 2 of 6\. jokes, 21 March 2018/);
    // j, the details' Next, Back: a plain selection of the story's next event.
    store.getState().selectEvent("aegis");
    expect(store.getState().announcement.text).toMatch(/^Step 3 of 6\. aegis/);
    stop();
  });

  it("says the step a link opens the story on, once its data is in (review 29 F5)", () => {
    const cold = createAppStore();
    cold.setState({ story: "article", selectedEventId: "aegis" });
    const stop = followStory(cold);
    expect(cold.getState().announcement.text).toBe("");
    cold.getState().datasetLoaded(storyDataset(), { kind: "default" }, []);
    expect(cold.getState().announcement.text).toMatch(/^Step 3 of 6\. aegis/);
    stop();
  });

  it("says it as the story's code comes, if the data came first; not over what was said", () => {
    store.setState({ story: "article", selectedEventId: "aegis" });
    const stop = followStory(store);
    expect(store.getState().announcement.text).toMatch(/^Step 3 of 6\. aegis/);
    stop();
    // Another site's data said where it comes from: that stays.
    const other = createAppStore();
    other.getState().datasetLoaded(storyDataset(), { kind: "default" }, []);
    other.setState({ story: "article", selectedEventId: "aegis" });
    other.getState().announce("From elsewhere");
    const stopOther = followStory(other);
    expect(other.getState().announcement.text).toBe("From elsewhere");
    stopOther();
  });

  it("goes on from the step the reader was on after Escape cleared it (review 29 F4)", () => {
    startStory(store, "article");
    const stop = followStory(store);
    stepStory(store, 1);
    stepStory(store, 1);
    expect(store.getState().selectedEventId).toBe("aegis");
    store.getState().clearSelection();
    stepStory(store, 1);
    expect(store.getState().selectedEventId).toBe("war");
    store.getState().clearSelection();
    stepStory(store, -1);
    expect(store.getState().selectedEventId).toBe("aegis");
    stop();
  });

  it("keeps the event when the order changes", () => {
    startStory(store, "article");
    stepStory(store, 1);
    setStoryOrder(store, "time");
    expect(store.getState()).toMatchObject({ story: "time", selectedEventId: "jokes" });
    expect(selectStoryStep(store.getState())).toBe(5);
  });

  it("plays to the end and stops there", () => {
    store.getState().selectEvent("summit");
    togglePlay(store);
    expect(store.getState()).toMatchObject({ story: "article", playing: true });
    // From an event inside the story, play goes on from there.
    expect(store.getState().selectedEventId).toBe("summit");
    playTick(store);
    expect(store.getState().selectedEventId).toBe("undated");
    playTick(store);
    expect(store.getState()).toMatchObject({ playing: false, selectedEventId: "undated" });
    expect(store.getState().announcement.text).toBe("End of the story.");
    // Play at the end starts over.
    togglePlay(store);
    expect(store.getState()).toMatchObject({ playing: true, selectedEventId: "lands" });
    togglePlay(store);
    expect(store.getState().playing).toBe(false);
  });

  it("pauses when the reader leaves the story, not when they move within it", () => {
    const stop = followStory(store);
    startStory(store, "article");
    togglePlay(store);
    store.getState().selectEvent("war");
    expect(store.getState().playing).toBe(true);
    store.getState().selectPlace("tokyo");
    expect(store.getState().playing).toBe(false);

    togglePlay(store);
    expect(store.getState().playing).toBe(true);
    store.getState().setActors(["Soviet Union"]);
    store.getState().selectEvent("lands");
    expect(store.getState().playing).toBe(false);
    stop();
  });

  it("stops playing when story mode is turned off", () => {
    startStory(store, "article");
    togglePlay(store);
    stopStory(store);
    expect(store.getState()).toMatchObject({ story: null, playing: false });
    playTick(store);
    expect(store.getState().selectedEventId).toBe("lands");
  });
});

describe("autoplay timing", () => {
  it("is driven by ticks only: nothing plays by itself", () => {
    vi.useFakeTimers();
    startStory(store, "article");
    vi.advanceTimersByTime(60_000);
    expect(store.getState()).toMatchObject({ playing: false, selectedEventId: "lands" });
    vi.useRealTimers();
  });
});

describe("history", () => {
  it("starts the story and selects its first step in one store update", () => {
    const updates: unknown[] = [];
    const stop = store.subscribe((state) => updates.push([state.story, state.selectedEventId]));
    startStory(store, "time");
    stop();
    expect(updates[0]).toEqual(["time", "war"]);
  });
});
