import { describe, expect, it } from "vitest";
import { DAY_MS } from "../data/dates";
import { indexDataset } from "../data/indexDataset";
import { buildIntervalIndex, forEachInWindow, hitTest, nearestInLane } from "./intervalIndex";
import { assignLanes } from "./lanes";
import { seededRandom, syntheticDataset } from "./testData";

function build(intervals: [number, number][], lanes?: number[]) {
  const starts = Float64Array.from(intervals.map(([s]) => s));
  const ends = Float64Array.from(intervals.map(([, e]) => e));
  const laneOf = Uint8Array.from(lanes ?? intervals.map(() => 0));
  return buildIntervalIndex(starts, ends, laneOf, Math.max(1, ...laneOf) + 1);
}

describe("forEachInWindow", () => {
  it("finds exactly the events overlapping a window, long spans included", () => {
    const index = build([
      [0, 100 * 365 * DAY_MS], // a century
      [10 * DAY_MS, 11 * DAY_MS],
      [20 * DAY_MS, 21 * DAY_MS],
      [30 * DAY_MS, 60 * DAY_MS],
    ]);
    const found: number[] = [];
    forEachInWindow(index, { start: 15 * DAY_MS, end: 35 * DAY_MS }, (p) => found.push(p));
    expect(found.sort()).toEqual([0, 2, 3]);
  });

  it("agrees with a brute-force scan on random data", () => {
    const index = indexDataset(syntheticDataset(3000, 3));
    const { laneOf, lanes } = assignLanes(index.events, "actors");
    const spatial = buildIntervalIndex(index.starts, index.ends, laneOf, lanes.length);
    const random = seededRandom(11);
    for (let round = 0; round < 20; round++) {
      const start = Date.UTC(1950, 0, 1) + random() * (Date.UTC(2019, 0, 1) - Date.UTC(1950, 0, 1));
      const window = { start, end: start + random() * 400 * DAY_MS };
      const found: number[] = [];
      forEachInWindow(spatial, window, (p, lane) => {
        expect(lane).toBe(laneOf[p]);
        found.push(p);
      });
      const expected: number[] = [];
      for (let i = 0; i < index.events.length; i++) {
        if ((index.starts[i] ?? 0) < window.end && (index.ends[i] ?? 0) > window.start)
          expected.push(i);
      }
      expect(found.sort((a, b) => a - b)).toEqual(expected);
    }
  });
});

describe("hitTest", () => {
  const index = build(
    [
      [0, 365 * DAY_MS],
      [10 * DAY_MS, 11 * DAY_MS],
      [40 * DAY_MS, 41 * DAY_MS],
      [10 * DAY_MS, 11 * DAY_MS],
    ],
    [0, 0, 0, 1],
  );
  it("prefers the short event over the long bar it sits on", () => {
    expect(hitTest(index, 0, 10.5 * DAY_MS, DAY_MS)).toBe(1);
  });
  it("falls back to the long bar between points", () => {
    expect(hitTest(index, 0, 25 * DAY_MS, DAY_MS)).toBe(0);
  });
  it("only looks in the asked lane, and within the tolerance", () => {
    expect(hitTest(index, 1, 10.5 * DAY_MS, DAY_MS)).toBe(3);
    expect(hitTest(index, 1, 20 * DAY_MS, DAY_MS)).toBe(-1);
  });
  it("skips events the filter rejects", () => {
    expect(hitTest(index, 0, 10.5 * DAY_MS, DAY_MS, (p) => p !== 1)).toBe(0);
  });
});

describe("nearestInLane", () => {
  const index = build(
    [
      [0, DAY_MS],
      [10 * DAY_MS, 11 * DAY_MS],
      [12 * DAY_MS, 13 * DAY_MS],
      [100 * DAY_MS, 200 * DAY_MS],
    ],
    [1, 0, 1, 1],
  );
  it("finds the event starting nearest in time, either side", () => {
    expect(nearestInLane(index, 1, 9 * DAY_MS)).toBe(2);
    expect(nearestInLane(index, 1, 3 * DAY_MS)).toBe(0);
    expect(nearestInLane(index, 1, 90 * DAY_MS)).toBe(3);
  });
  it("returns -1 for a lane without accepted events", () => {
    expect(nearestInLane(index, 0, 0, () => false)).toBe(-1);
  });
});
