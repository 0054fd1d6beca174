import { describe, expect, it } from "vitest";
import { utc } from "../data/dates";
import type { IndexedEvent } from "../data/indexDataset";
import { coverCrop, PICTURE, pictureLayout, timelinePicture } from "./pictureLayout";

const event = (id: string, start: number, end: number, actors: string[]): IndexedEvent =>
  ({
    id,
    title: id,
    start: "",
    places: [],
    actors,
    tags: [],
    summary: "",
    order: 0,
    interval: { start, end },
  }) as IndexedEvent;

describe("pictureLayout", () => {
  it("stacks title, map, timeline and footer within the picture without overlap", () => {
    const { title, map, timeline, footer } = pictureLayout();
    expect(title.y).toBe(0);
    expect(map.y).toBe(title.y + title.height);
    expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(footer.y).toBeGreaterThanOrEqual(timeline.y + timeline.height);
    expect(footer.y + footer.height).toBe(PICTURE.height);
    expect(map.width).toBe(PICTURE.width);
  });
});

describe("coverCrop", () => {
  it("takes the centre of a wider source", () => {
    expect(coverCrop(2000, 500, { x: 0, y: 0, width: 1000, height: 500 })).toEqual({
      x: 500,
      y: 0,
      width: 1000,
      height: 500,
    });
  });

  it("takes the middle band of a taller source", () => {
    const crop = coverCrop(1000, 1000, { x: 0, y: 0, width: 1000, height: 250 });
    expect(crop).toEqual({ x: 0, y: 375, width: 1000, height: 250 });
  });
});

describe("timelinePicture", () => {
  const window = { start: utc(2000), end: utc(2010) };
  const events = [
    event("before", utc(1990), utc(1990, 0, 2), ["Japan"]),
    event("point", utc(2005), utc(2005, 0, 2), ["Japan"]),
    event("span", utc(2001), utc(2003), ["Russia"]),
    event("hidden", utc(2006), utc(2006, 0, 2), ["Russia"]),
  ];

  it("places the window's shown events, points as points and spans as bars, in lanes", () => {
    const picture = timelinePicture(events, window, 1000, (e) => e.id !== "hidden", "span");
    expect(picture.marks).toHaveLength(2);
    const [point, span] = picture.marks;
    expect(point?.width).toBe(0);
    expect(point?.x).toBeCloseTo(500, 0);
    expect(span?.width).toBeCloseTo(200, 0);
    expect(span?.selected).toBe(true);
    expect(point?.lane).not.toBe(span?.lane);
    expect(picture.lanes.map((lane) => lane.id).sort()).toEqual(["Japan", "Russia"]);
    expect(picture.ticks.some((tick) => tick.label === "2005")).toBe(true);
  });
});
