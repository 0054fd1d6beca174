import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate-dataset";
import { DAY_MS } from "../data/dates";
import { indexDataset } from "../data/indexDataset";
import { buildIntervalIndex } from "./intervalIndex";
import { assignLanes } from "./lanes";
import { binAt, binVisible, densityHeight, MAX_WIDE_MARKS } from "./levelOfDetail";
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

  it("counts narrow events in the bin where they start, per lane", () => {
    const bins = binVisible(index, window, 100, null, 10);
    expect(bins.binCount).toBe(10);
    expect(bins.counts[0]).toBe(3);
    expect(bins.counts[5]).toBe(1);
    expect(bins.counts[10]).toBe(1); // lane 1, bin 0
    // A bin's event is known only when it is alone there.
    expect(bins.lone[0]).toBe(-1);
    expect(bins.lone[5]).toBe(3);
    expect(bins.lone[10]).toBe(5);
    expect(bins.lone[1]).toBe(-1);
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

  it("counts by binary search exactly what visiting each event counts", () => {
    const WIDTH = 1200;
    const data = indexDataset(syntheticDataset(20_000, 3));
    const { laneOf, lanes } = assignLanes(data.events, "actors");
    const spatial = buildIntervalIndex(data.starts, data.ends, laneOf, lanes.length);
    // A mask that passes everything takes the one-by-one path.
    const all = new Uint8Array(20_000).fill(1);
    const span = data.extent.end - data.extent.start;
    let binned = 0;
    let covered = 0;
    const windows = [
      [0, 1],
      [0.5, 0.52],
      [0.9, 0.9005],
      [0.3137, 0.6271],
    ].map(([from = 0, to = 1]) => ({
      start: data.extent.start + from * span,
      end: data.extent.start + to * span,
    }));
    // Day-aligned windows where bin edges fall exactly on event starts (8 px a day).
    const firstDay = Math.floor(data.extent.start / DAY_MS) * DAY_MS;
    for (const day of [0, 41, 400, 733, 1500, 2900]) {
      const start = firstDay + day * DAY_MS;
      windows.push({ start, end: start + (WIDTH / 8) * DAY_MS });
    }
    for (const window of windows) {
      const fast = binVisible(spatial, window, WIDTH, null);
      const slow = binVisible(spatial, window, WIDTH, all);
      expect(Array.from(fast.counts)).toEqual(Array.from(slow.counts));
      expect(Array.from(fast.lone)).toEqual(Array.from(slow.lone));
      expect(fast.wide.sort((a, b) => a - b)).toEqual(slow.wide.sort((a, b) => a - b));
      expect(fast.maxCount).toBe(slow.maxCount);
      expect(fast.wideCount).toBe(slow.wideCount);
      expect(Array.from(fast.cover ?? [])).toEqual(Array.from(slow.cover ?? []));
      expect(fast.maxCover).toBe(slow.maxCover);
      binned += fast.counts.reduce((sum, c) => sum + c, 0);
      if (fast.cover) covered++;
    }
    // Some windows have so many wide events that they are drawn as coverage.
    expect(covered).toBeGreaterThan(0);
    expect(binned).toBeGreaterThan(10_000);
  });

  it("counts whole tiers of wide events as what visiting them counts, on generated data", () => {
    // Days, months, years and spans, dense in recent years, as `npm run bench` makes them.
    const data = indexDataset(generateDataset({ events: 20_000, seed: 7 }));
    const { laneOf, lanes } = assignLanes(data.events, "actors");
    const spatial = buildIntervalIndex(data.starts, data.ends, laneOf, lanes.length);
    const all = new Uint8Array(20_000).fill(1);
    const end = data.extent.end;
    let covered = 0;
    for (const years of [70, 25, 8, 2, 0.5]) {
      const window = { start: end - years * 365 * DAY_MS, end };
      const fast = binVisible(spatial, window, 788, null);
      const slow = binVisible(spatial, window, 788, all);
      expect(Array.from(fast.counts)).toEqual(Array.from(slow.counts));
      expect(fast.wideCount).toBe(slow.wideCount);
      expect(Array.from(fast.cover ?? [])).toEqual(Array.from(slow.cover ?? []));
      expect(fast.wide.sort((a, b) => a - b)).toEqual(slow.wide.sort((a, b) => a - b));
      if (fast.cover) covered++;
    }
    expect(covered).toBeGreaterThan(0);
  });

  it("bins an event starting exactly on a bin edge in the same bin on both paths", () => {
    // A day each, two days a bin: every other start falls on a bin edge.
    const origin = Date.UTC(2000, 0, 1);
    const dayEvents = Array.from({ length: 400 }, (_, d): [number, number] => [
      origin + d * DAY_MS,
      origin + (d + 1) * DAY_MS,
    ]);
    const spatial = build(dayEvents, new Array(400).fill(0));
    const all = new Uint8Array(400).fill(1);
    for (const [from, days, width] of [
      [1, 300, 1200],
      [3, 150, 1200],
      [17, 100, 800],
      [40, 37, 296],
    ] as const) {
      const start = origin + from * DAY_MS;
      const window = { start, end: start + days * DAY_MS };
      const fast = binVisible(spatial, window, width, null);
      const slow = binVisible(spatial, window, width, all);
      expect(Array.from(fast.counts)).toEqual(Array.from(slow.counts));
    }
  });

  it("bins a start on a bin edge by the edges themselves where dividing by a bin's length rounds down", () => {
    // A window a zoom left at a fraction of a millisecond: (edge - start) / binMs comes out just
    // under a whole number at these edges (found by search).
    for (const { start, days, width } of [
      { start: 947368510000.0342, days: 113, width: 1022 },
      { start: 946739496000.5339, days: 121, width: 556 },
      { start: 947341983000.5038, days: 66, width: 950 },
    ]) {
      const window = { start, end: start + days * DAY_MS };
      const binMs = (8 * (window.end - window.start)) / width;
      const edges = Array.from({ length: Math.ceil(width / 8) }, (_, b) => start + b * binMs);
      const spatial = build(
        edges.map((edge): [number, number] => [edge, edge + binMs / 10]),
        edges.map(() => 0),
      );
      const fast = binVisible(spatial, window, width, null);
      const slow = binVisible(spatial, window, width, new Uint8Array(edges.length).fill(1));
      expect(Array.from(slow.counts)).toEqual(Array.from(fast.counts));
      expect(Array.from(fast.counts).every((count) => count === 1)).toBe(true);
    }
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

describe("binAt", () => {
  it("gives the last bin whose start is at or before a time, the first for earlier, the last for later", () => {
    const boundaries = Float64Array.from([100, 110, 120, 130]);
    expect(binAt(boundaries, 10, 100)).toBe(0);
    expect(binAt(boundaries, 10, 109.9)).toBe(0);
    expect(binAt(boundaries, 10, 110)).toBe(1);
    expect(binAt(boundaries, 10, 135)).toBe(3);
    expect(binAt(boundaries, 10, 1e9)).toBe(3);
    expect(binAt(boundaries, 10, 50)).toBe(0);
  });

  it("goes by the starts themselves where dividing by the bin's length rounds the other way", () => {
    // A start a hair under its edge's quotient, and an edge the division puts a bin early.
    const boundaries = Float64Array.from([0.1, 0.1 + 0.7, 0.1 + 2 * 0.7]);
    expect(binAt(boundaries, 0.7, 0.1 + 2 * 0.7)).toBe(2);
    expect(binAt(boundaries, 0.7, (boundaries[1] ?? 0) - 1e-12)).toBe(0);
    expect(binAt(boundaries, 0.7, boundaries[1] ?? 0)).toBe(1);
  });
});

describe("binVisible under a filter", () => {
  it("counts and covers what passes as a count per event does, with thousands of wide events", () => {
    const data = indexDataset(generateDataset({ events: 20_000, seed: 11 }));
    const { laneOf, lanes } = assignLanes(data.events, "actors");
    const spatial = buildIntervalIndex(data.starts, data.ends, laneOf, lanes.length);
    const mask = Uint8Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? 0 : 1));
    const width = 700;
    let covered = 0;
    for (const years of [70, 25, 8, 2]) {
      const window = { start: data.extent.end - years * 365 * DAY_MS, end: data.extent.end };
      const bins = binVisible(spatial, window, width, mask);
      const binMs = (8 * (window.end - window.start)) / width;
      const edges = Float64Array.from(
        { length: bins.binCount },
        (_, b) => window.start + b * binMs,
      );
      const counts = new Uint32Array(bins.counts.length);
      const cover = new Uint32Array(bins.counts.length);
      let wide = 0;
      for (let i = 0; i < 20_000; i++) {
        const start = data.starts[i] ?? 0;
        const end = data.ends[i] ?? 0;
        if (mask[i] !== 1 || end <= window.start || start >= window.end) continue;
        const row = (laneOf[i] ?? 0) * bins.binCount;
        if (end - start < binMs) {
          const cell = row + binAt(edges, binMs, start);
          counts[cell] = (counts[cell] ?? 0) + 1;
          continue;
        }
        wide++;
        for (let b = binAt(edges, binMs, start); b <= binAt(edges, binMs, end); b++)
          cover[row + b] = (cover[row + b] ?? 0) + 1;
      }
      expect(Array.from(bins.counts)).toEqual(Array.from(counts));
      expect(bins.wideCount).toBe(wide);
      if (bins.cover) {
        covered++;
        expect(bins.wide).toEqual([]);
        expect(Array.from(bins.cover)).toEqual(Array.from(cover));
      } else expect(bins.wide.length).toBe(wide);
    }
    expect(covered).toBeGreaterThan(0);
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
