/**
 * Level of detail for dense views: per lane, events narrower than a bin are
 * counted in the pixel bin where they start; a bin holding one event draws
 * that event's mark, a bin holding more draws a density bar with its count.
 * Events wider than a bin are drawn as their own bars.
 *
 * A tier of the interval index whose longest event is narrower than a bin
 * (days and months, mostly) is counted with a binary search per bin, and so
 * is the coverage of a tier whose shortest event is wider than a bin:
 * O(bins log n) however many events they hold. Other tiers, and any tier
 * under a filter, visit their events one by one (O(visible)).
 */
import type { Interval } from "../data/dates";
import { lowerBound, upperBound } from "../data/indexDataset";
import { span } from "../data/timeWindow";
import type { IntervalIndex, Tier } from "./intervalIndex";

export const BIN_PX = 8;

/** Beyond this many wide events in view, they are drawn as a coverage band per lane instead of one bar each. */
export const MAX_WIDE_MARKS = 200;

export interface Bins {
  binPx: number;
  binCount: number;
  laneCount: number;
  /** counts[lane * binCount + bin] */
  counts: Uint32Array;
  /** The event (time-ordered position) of each bin that holds exactly one, else -1. */
  lone: Int32Array;
  /** Events at least a bin wide, drawn as bars of their own (empty when `cover` stands in for them). */
  wide: number[];
  maxCount: number;
  /** When wide events are too many to draw one by one: how many cover each bin, cover[lane * binCount + bin]. */
  cover: Uint32Array | null;
  maxCover: number;
  /** How many wide events are in view, drawn one by one or as cover. */
  wideCount: number;
}

/**
 * The bin of `time` given the bins' starts: the last whose start is at or before it (the first for
 * earlier times). Worked out by division, then checked against the starts (where rounding put it a
 * bin off), so it agrees with the binary search by bin that counts whole tiers; a binary search
 * here was ~30% of a zoom step's binning at 100,000 events (profiled).
 */
export function binAt(boundaries: Float64Array, binMs: number, time: number): number {
  const last = boundaries.length - 1;
  let bin = Math.min(last, Math.max(0, Math.floor((time - (boundaries[0] ?? 0)) / binMs)));
  while (bin > 0 && (boundaries[bin] ?? 0) > time) bin--;
  while (bin < last && (boundaries[bin + 1] ?? 0) <= time) bin++;
  return bin;
}

export function binVisible(
  index: IntervalIndex,
  window: Interval,
  width: number,
  mask: Uint8Array | null,
  binPx = BIN_PX,
): Bins {
  if (!(binPx > 0)) throw new Error(`invalid binPx: ${binPx}`);
  const binCount = Math.max(1, Math.ceil(width / binPx));
  const { laneCount, starts, ends } = index;
  const counts = new Uint32Array(laneCount * binCount);
  const lone = new Int32Array(laneCount * binCount).fill(-1);
  const wide: number[] = [];
  const msPerPx = span(window) / width;
  /** Events shorter than this are counted in a bin; longer ones are drawn as bars of their own. */
  const binMs = binPx * msPerPx;
  // boundaries[b]: the time where bin b starts. Both paths below bin by these, so they agree.
  const boundaries = new Float64Array(binCount);
  for (let bin = 0; bin < binCount; bin++) boundaries[bin] = window.start + bin * binMs;

  const add = (lane: number, bin: number, position: number, count: number) => {
    const cell = lane * binCount + bin;
    counts[cell] = (counts[cell] ?? 0) + count;
    lone[cell] = position;
  };

  /** Every event of the tier is narrower than a bin: count them per bin by binary search. */
  const countTier = (tier: Tier, lane: number) => {
    const { starts: tierStarts, positions } = tier;
    // Started at or before the window's start and still running: the first bin.
    const core = upperBound(tierStarts, window.start);
    for (let k = lowerBound(tierStarts, window.start - tier.maxDuration); k < core; k++) {
      const position = positions[k] ?? 0;
      if ((ends[position] ?? 0) > window.start) add(lane, 0, position, 1);
    }
    const to = lowerBound(tierStarts, window.end, core);
    let k = core;
    for (let bin = 0; bin < binCount && k < to; bin++) {
      const next =
        bin === binCount - 1 ? to : lowerBound(tierStarts, boundaries[bin + 1] ?? 0, k, to);
      if (next > k) add(lane, bin, positions[k] ?? 0, next - k);
      k = next;
    }
  };

  // Wide events visited one at a time are kept while few enough to draw one by one, and counted
  // for the coverage as they come, in a difference array per lane (+1 in the bin where one starts,
  // -1 after the bin where it ends): thousands of them need no list.
  const delta = new Int32Array(laneCount * (binCount + 1));
  let wideVisited = 0;

  /**
   * A tier's events in the window one at a time, as `forEachInRange` finds them: the narrow ones
   * counted in the bin where they start, the wide ones kept. One loop with no call per event but
   * the bin's: a zoom step runs it before the JIT has optimised it, where a call per event and a
   * closure per lane made binning 5-8 ms of a 100,000-event step (traced).
   */
  const visitTier = (tier: Tier, lane: number, cover: boolean) => {
    const { starts: tierStarts, positions } = tier;
    const to = lowerBound(tierStarts, window.end);
    const row = lane * (binCount + 1);
    for (let k = lowerBound(tierStarts, window.start - tier.maxDuration); k < to; k++) {
      const position = positions[k] ?? 0;
      const end = ends[position] ?? 0;
      if (end <= window.start || (mask !== null && mask[position] !== 1)) continue;
      const start = starts[position] ?? 0;
      if (end - start < binMs) {
        const cell = lane * binCount + binAt(boundaries, binMs, start);
        counts[cell] = (counts[cell] ?? 0) + 1;
        lone[cell] = position;
        continue;
      }
      if (wideVisited < MAX_WIDE_MARKS) wide.push(position);
      wideVisited++;
      if (!cover) continue;
      const from = row + binAt(boundaries, binMs, start);
      const after = row + binAt(boundaries, binMs, end) + 1;
      delta[from] = (delta[from] ?? 0) + 1;
      delta[after] = (delta[after] ?? 0) - 1;
    }
  };

  /** Tiers whose every event is at least a bin wide, with how many of them the window shows. */
  const wideTiers: { tier: Tier; lane: number }[] = [];
  let wideInTiers = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    for (const tier of index.tiers[lane] ?? []) {
      if (tier.positions.length === 0) continue;
      if (mask === null && tier.maxDuration < binMs) countTier(tier, lane);
      else if (mask === null && tier.minDuration >= binMs) {
        // Overlapping the window: started before its end, minus those ended by its start.
        const shown =
          lowerBound(tier.starts, window.end) - upperBound(tier.sortedEnds, window.start);
        if (shown === 0) continue;
        wideTiers.push({ tier, lane });
        wideInTiers += shown;
      } else visitTier(tier, lane, true);
    }
  }

  let maxCount = 0;
  for (let cell = 0; cell < counts.length; cell++) {
    const count = counts[cell] ?? 0;
    if (count > maxCount) maxCount = count;
    if (count !== 1) lone[cell] = -1;
  }

  const wideCount = wideVisited + wideInTiers;
  const result = { binPx, binCount, laneCount, counts, lone, maxCount, wideCount };
  if (wideCount <= MAX_WIDE_MARKS) {
    // Few enough to draw one by one (every one visited is kept): visit the wide tiers too.
    for (const { tier, lane } of wideTiers) visitTier(tier, lane, false);
    return { ...result, wide, cover: null, maxCover: 0 };
  }

  // Too many: how many cover each bin. Visited ones from the difference array...
  const cover = new Uint32Array(laneCount * binCount);
  for (let lane = 0; lane < laneCount; lane++) {
    let running = 0;
    for (let bin = 0; bin < binCount; bin++) {
      running += delta[lane * (binCount + 1) + bin] ?? 0;
      cover[lane * binCount + bin] = running;
    }
  }
  // ...and whole wide tiers by binary search per bin: those started before the bin's
  // end, minus those ended before its start (the window's edges close the first and last bin).
  for (const { tier, lane } of wideTiers) {
    for (let bin = 0; bin < binCount; bin++) {
      const end = bin === binCount - 1 ? window.end : (boundaries[bin + 1] ?? 0);
      const started = lowerBound(tier.starts, end);
      const ended =
        bin === 0
          ? upperBound(tier.sortedEnds, window.start)
          : lowerBound(tier.sortedEnds, boundaries[bin] ?? 0);
      const cell = lane * binCount + bin;
      cover[cell] = (cover[cell] ?? 0) + started - ended;
    }
  }
  let maxCover = 0;
  for (const value of cover) if (value > maxCover) maxCover = value;
  return { ...result, wide: [], cover, maxCover };
}

/** Height of a density bar as a share of the lane's mark row: logarithmic, so one busy day does not flatten the rest. */
export function densityHeight(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return 0;
  if (maxCount === 1) return 1;
  return 0.25 + (0.75 * Math.log(count)) / Math.log(maxCount);
}
