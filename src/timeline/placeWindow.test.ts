import { describe, expect, it } from "vitest";
import { utc } from "../data/dates";
import { indexDataset } from "../data/indexDataset";
import type { DatasetEvent } from "../data/schema";
import { event as anEvent } from "../test/fixtures";
import { windowForFilters, windowForPlace } from "./placeWindow";

const event = (id: string, start: string, places: string[]): DatasetEvent =>
  anEvent(id, start, { places, actors: ["A"] });

const index = indexDataset({
  periods: [],
  meta: { title: "t" },
  places: ["kunashir", "tokyo"].map((id) => ({
    id,
    name: id,
    names: { en: id },
    kind: "city" as const,
    coordinates: [140, 40] as [number, number],
  })),
  events: [
    event("war", "1945-08", ["kunashir"]),
    event("later", "1990", ["kunashir"]),
    event("visit", "2018-03-21", ["tokyo"]),
  ],
});
const view2018 = { start: utc(2017, 6, 1), end: utc(2018, 6, 1) };

describe("windowForPlace", () => {
  it("pans to the nearest of the place's events when none is in view, keeping the width", () => {
    const window = windowForPlace(index, "kunashir", null, view2018);
    expect(window).not.toBeNull();
    if (!window) return;
    expect(window.end - window.start).toBe(view2018.end - view2018.start);
    // 1990, not 1945: the nearer one (a year longer than the window shows its start).
    expect(window.start).toBeLessThanOrEqual(utc(1990, 0, 1));
    expect(window.end).toBeGreaterThan(utc(1990, 0, 1));
    expect(window.start).toBeGreaterThan(utc(1989, 0, 1));
  });

  it("stays when one of the place's events is in view", () => {
    expect(windowForPlace(index, "tokyo", null, view2018)).toBeNull();
  });

  it("goes only to shown events, and nowhere for a place without any", () => {
    const mask = new Uint8Array(index.events.length);
    mask[0] = 1; // the war, first in time order
    const window = windowForPlace(index, "kunashir", mask, view2018);
    expect(window?.start).toBeLessThanOrEqual(utc(1945, 7, 1));
    expect(windowForPlace(index, "nowhere", null, view2018)).toBeNull();
  });
});

describe("windowForFilters", () => {
  it("pans to the nearest event the filters leave when none is in view", () => {
    const onlyWar = Uint8Array.from([1, 0, 0]);
    const window = windowForFilters(index, onlyWar, view2018);
    expect(window?.start).toBeLessThanOrEqual(utc(1945, 7, 1));
    expect(window?.end).toBeGreaterThan(utc(1945, 7, 1));
  });

  it("stays with no filters, with an event in view, or with nothing left", () => {
    expect(windowForFilters(index, null, view2018)).toBeNull();
    expect(windowForFilters(index, Uint8Array.from([1, 0, 1]), view2018)).toBeNull();
    expect(windowForFilters(index, Uint8Array.from([0, 0, 0]), view2018)).toBeNull();
  });
});
