import { describe, expect, it } from "vitest";
import { DAY_MS } from "../data/dates";
import { indexDataset } from "../data/indexDataset";
import { buildIntervalIndex } from "./intervalIndex";
import { assignLanes } from "./lanes";
import { binVisible, densityHeight, MAX_WIDE_MARKS } from "./levelOfDetail";
import { syntheticDataset } from "./testData";

function build(intervals: [number, number][], lanes: number[]) {
  return buildIntervalIndex(
    Float64Array.from(intervals.map(([s]) => s)),
    Float64Array.from(intervals.map(([, e]) => e)),
    Uint8Array.from(lanes),
    Math.max(...lanes) + 1,
  );
}

describe("binVisible", () => {
  const window = { start: 0, end: 100 * DAY_MS };
  // 100 px wide, 10 px bins: one day is 1 px.
  const index = build(
    [
      [1 * DAY_MS, 2 * DAY_MS],
      [3 * DAY_MS, 4 * DAY_MS],
      [5 * DAY_MS, 6 * DAY_MS],
      [55 * DAY_MS, 56 * DAY_MS],
      [20 * DAY_MS, 80 * DAY_MS],
      [1 * DAY_MS, 2 * DAY_MS],
    ],
    [0, 0, 0, 0, 0, 1],
  );

  it("counts narrow events in the bin of their middle, per lane", () => {
    const bins = binVisible(index, window, 100, null, 10);
    expect(bins.binCount).toBe(10);
    expect(bins.counts[0]).toBe(3);
    expect(bins.counts[5]).toBe(1);
    expect(bins.counts[10]).toBe(1); // lane 1, bin 0
    expect(bins.first[0]).toBe(0);
    expect(bins.first[5]).toBe(3);
    expect(bins.first[1]).toBe(-1);
    expect(bins.maxCount).toBe(3);
  });

  it("keeps events at least a bin wide as bars of their own", () => {
    const bins = binVisible(index, window, 100, null, 10);
    expect(bins.wide).toEqual([4]);
  });

  it("leaves filtered-out events uncounted", () => {
    const mask = Uint8Array.from([1, 0, 0, 1, 1, 1]);
    expect(binVisible(index, window, 100, mask, 10).counts[0]).toBe(1);
  });

  it("counts every one of 20,000 events once at full extent", () => {
    const data = indexDataset(syntheticDataset(20_000, 2));
    const { laneOf, lanes } = assignLanes(data.events, "actors");
    const spatial = buildIntervalIndex(data.starts, data.ends, laneOf, lanes.length);
    const bins = binVisible(spatial, data.extent, 1200, null);
    const counted = bins.counts.reduce((sum, c) => sum + c, 0) + bins.wideCount;
    expect(counted).toBe(20_000);
  });

  it("turns too many wide events into a coverage count per bin", () => {
    const n = MAX_WIDE_MARKS + 50;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      // Half cover bins 0–4, half bins 5–9 (10 ms a bin over a 100 ms window).
      starts[i] = i % 2 === 0 ? 0 : 50;
      ends[i] = i % 2 === 0 ? 49 : 99;
    }
    const spatial = buildIntervalIndex(starts, ends, new Uint8Array(n), 1);
    const bins = binVisible(spatial, { start: 0, end: 100 }, 100, null, 10);
    expect(bins.wide).toEqual([]);
    expect(bins.wideCount).toBe(n);
    expect(Array.from(bins.cover ?? [])).toEqual([
      125, 125, 125, 125, 125, 125, 125, 125, 125, 125,
    ]);
    expect(bins.maxCover).toBe(n / 2);
  });

  it("rejects a bin width that is not positive", () => {
    expect(() => binVisible(index, window, 100, null, 0)).toThrow("invalid binPx: 0");
  });
});

describe("densityHeight", () => {
  it("grows with the count, logarithmically, up to the full row", () => {
    expect(densityHeight(0, 10)).toBe(0);
    expect(densityHeight(10, 10)).toBe(1);
    expect(densityHeight(2, 100)).toBeGreaterThan(0.25);
    expect(densityHeight(2, 100)).toBeLessThan(densityHeight(50, 100));
  });
});
