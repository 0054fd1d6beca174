import { beforeEach, describe, expect, it } from "vitest";
import type { DatasetEvent } from "../data/schema";
import { type AppStore, createAppStore } from "../store/appStore";
import { event as anEvent } from "../test/fixtures";
import { neighbourEvent } from "./neighbourEvent";

const event = (id: string, start: string, paragraph: number): DatasetEvent =>
  anEvent(id, start, { actors: ["Japan"], quote: { text: "q", paragraph } });

let store: AppStore;
const near = (direction: 1 | -1) => neighbourEvent(store.getState(), direction)?.id ?? null;

beforeEach(() => {
  store = createAppStore();
  store.getState().datasetLoaded(
    {
      periods: [],
      meta: { title: "t" },
      places: [],
      // The article tells them in the order c, a, b; time order is a, b, c.
      events: [event("a", "2001", 2), event("b", "2002", 3), event("c", "2003", 1)],
    },
    { kind: "default" },
    [],
  );
});

describe("neighbourEvent", () => {
  it("steps in time order outside story mode", () => {
    store.getState().selectEvent("a");
    expect([near(-1), near(1)]).toEqual([null, "b"]);
  });

  it("follows the story in story mode, as the story bar does", () => {
    store.getState().selectEvent("a");
    store.getState().setStory("article");
    // Story: c, a, b. From a: back to c, on to b.
    expect([near(-1), near(1)]).toEqual(["c", "b"]);
    store.getState().selectEvent("c");
    expect([near(-1), near(1)]).toEqual([null, "a"]);
  });

  it("starts at either end when nothing is selected", () => {
    expect([near(-1), near(1)]).toEqual(["c", "a"]);
  });

  it("from a selection the filters hide, steps to the nearest shown event in time, not to an end", () => {
    const store = createAppStore();
    const of = (id: string, start: string, actor: string): DatasetEvent => ({
      ...event(id, start, 1),
      actors: [actor],
    });
    store.getState().datasetLoaded(
      {
        periods: [],
        meta: { title: "t" },
        places: [],
        events: [
          of("a", "2001", "Japan"),
          of("b", "2002", "Japan"),
          of("hidden", "2003", "Russia"),
          of("c", "2004", "Japan"),
          of("d", "2005", "Japan"),
        ],
      },
      { kind: "default" },
      [],
    );
    store.getState().selectEvent("hidden");
    store.getState().setActors(["Japan"]);
    const step = (direction: 1 | -1) => neighbourEvent(store.getState(), direction)?.id ?? null;
    expect([step(-1), step(1)]).toEqual(["b", "c"]);
    // So too in story mode, in the story's order (all in paragraph 1 here: the dataset's order).
    store.getState().setStory("article");
    expect([step(-1), step(1)]).toEqual(["b", "c"]);
  });
});

describe("neighbourEvent in reading order", () => {
  it("places a late-March remark after the precise days of late March", () => {
    const store = createAppStore();
    const day = (id: string, start: string, approximate = false): DatasetEvent => ({
      ...event(id, start, 1),
      ...(approximate ? { approximate } : {}),
    });
    store.getState().datasetLoaded(
      {
        periods: [],
        meta: { title: "t" },
        places: [],
        events: [
          day("remark", "2018-03-26", true),
          day("visit", "2018-03-21"),
          day("tariffs", "2018-03-23"),
        ],
      },
      { kind: "default" },
      [],
    );
    store.getState().selectEvent("visit");
    expect(neighbourEvent(store.getState(), 1)?.id).toBe("tariffs");
    store.getState().selectEvent("tariffs");
    expect(neighbourEvent(store.getState(), 1)?.id).toBe("remark");
  });
});
