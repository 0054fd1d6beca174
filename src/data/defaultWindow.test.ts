import { describe, expect, it } from "vitest";
import { ARTICLE_LIKE, articleIndex, syntheticDataset } from "../timeline/testData";
import { DAY_MS } from "./dates";
import { defaultWindow, openingWindow } from "./defaultWindow";
import { indexDataset } from "./indexDataset";

describe("defaultWindow", () => {
  it("opens on the dense cluster (late 2016 to mid-2018), not 1945–2018", () => {
    const window = defaultWindow(articleIndex());
    expect(window.start).toBeGreaterThanOrEqual(Date.UTC(2016, 6, 1));
    expect(window.start).toBeLessThanOrEqual(Date.UTC(2016, 11, 15));
    expect(window.end).toBeGreaterThanOrEqual(Date.UTC(2018, 5, 1));
    expect(window.end).toBeLessThanOrEqual(Date.UTC(2018, 9, 1));
  });

  it("is at least 30 days long when every event falls on one day", () => {
    const one = indexDataset({ ...ARTICLE_LIKE, events: ARTICLE_LIKE.events.slice(9, 10) });
    const window = defaultWindow(one);
    expect(window.end - window.start).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(window.start).toBeLessThan(Date.UTC(2018, 2, 21));
    expect(window.end).toBeGreaterThan(Date.UTC(2018, 2, 22));
  });

  it("opens on a week of data as a week, not a month", () => {
    const week = ARTICLE_LIKE.events.slice(0, 8).map((event, i) => ({
      ...event,
      start: `2018-02-0${i + 1}`,
      end: undefined,
    }));
    const window = defaultWindow(indexDataset({ ...ARTICLE_LIKE, events: week }));
    expect(window.start).toBeLessThanOrEqual(Date.UTC(2018, 1, 1));
    expect(window.end).toBeGreaterThanOrEqual(Date.UTC(2018, 1, 9));
    expect(window.end - window.start).toBeLessThan(10 * DAY_MS);
  });

  it("shows the whole year when every event is dated that year", () => {
    // StoryMapJS's president.json: 21 slides, each dated "2013". It opened on 30 days around
    // 1 January 2013, every bar running off the right edge.
    const year = ARTICLE_LIKE.events.slice(0, 21).map((event) => ({
      ...event,
      start: "2013",
      end: undefined,
    }));
    const window = defaultWindow(indexDataset({ ...ARTICLE_LIKE, events: year }));
    expect(window.start).toBeLessThanOrEqual(Date.UTC(2013, 0, 1));
    expect(window.end).toBeGreaterThanOrEqual(Date.UTC(2014, 0, 1));
    expect(window.end - window.start).toBeLessThan(420 * DAY_MS);
  });

  it("finds the recent cluster of a large synthetic dataset", () => {
    const window = defaultWindow(indexDataset(syntheticDataset(5000, 7)));
    expect(window.start).toBeGreaterThan(Date.UTC(2015, 0, 1));
    expect(window.end).toBeLessThan(Date.UTC(2019, 6, 1));
  });

  it("gives a sane window for an empty dataset", () => {
    const empty = indexDataset({ ...ARTICLE_LIKE, events: [] });
    const window = defaultWindow(empty);
    expect(window.end).toBeGreaterThan(window.start);
  });
});

describe("openingWindow", () => {
  it("is the default window without an event, or for one the default shows", () => {
    const index = articleIndex();
    const fallback = defaultWindow(index);
    expect(openingWindow(index, null)).toEqual(fallback);
    expect(openingWindow(index, "lavrov-arrives")).toEqual(fallback);
    expect(openingWindow(index, "no-such-event")).toEqual(fallback);
  });

  it("moves the default window, keeping its span, to show an event it leaves out", () => {
    const index = articleIndex();
    const fallback = defaultWindow(index);
    const window = openingWindow(index, "soviet-occupation");
    expect(window.end - window.start).toBeCloseTo(fallback.end - fallback.start);
    expect(window.start).toBeLessThanOrEqual(Date.UTC(1945, 7, 1));
    expect(window.end).toBeGreaterThan(Date.UTC(1945, 8, 1));
  });
});
