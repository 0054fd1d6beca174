/**
 * Level of detail for dense views: per lane, events narrower than a bin are
 * counted in the pixel bin of their middle; a bin holding one event draws
 * that event's mark, a bin holding more draws a density bar with its count.
 * Events wider than a bin are drawn as their own bars. O(log n + visible).
 */
import type { Interval } from "../data/dates";
import { passes } from "../store/selectors";
import { forEachInWindow, type IntervalIndex } from "./intervalIndex";
import { timeToX } from "./timeScale";

export const BIN_PX = 8;

/** Beyond this many wide events in view, they are drawn as a coverage band per lane instead of one bar each. */
export const MAX_WIDE_MARKS = 200;

export interface Bins {
  binPx: number;
  binCount: number;
  laneCount: number;
  /** counts[lane * binCount + bin] */
  counts: Uint32Array;
  /** The first event counted in each bin (time-ordered position), -1 when empty. */
  first: Int32Array;
  /** Events at least a bin wide, drawn as bars of their own (empty when `cover` stands in for them). */
  wide: number[];
  maxCount: number;
  /** When wide events are too many to draw one by one: how many cover each bin, cover[lane * binCount + bin]. */
  cover: Uint32Array | null;
  maxCover: number;
  /** How many wide events are in view, drawn one by one or as cover. */
  wideCount: number;
}

export function binIndex(x: number, binPx: number, binCount: number): number {
  return Math.min(binCount - 1, Math.max(0, Math.floor(x / binPx)));
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
  const first = new Int32Array(laneCount * binCount).fill(-1);
  const wide: number[] = [];
  let maxCount = 0;
  forEachInWindow(index, window, (position, lane) => {
    if (!passes(mask, position)) return;
    const x0 = timeToX(window, width, starts[position] ?? 0);
    const x1 = timeToX(window, width, ends[position] ?? 0);
    if (x1 - x0 >= binPx) {
      wide.push(position);
      return;
    }
    const cell = lane * binCount + binIndex((x0 + x1) / 2, binPx, binCount);
    const count = (counts[cell] ?? 0) + 1;
    counts[cell] = count;
    if (count === 1 || position < (first[cell] ?? 0)) first[cell] = position;
    if (count > maxCount) maxCount = count;
  });
  if (wide.length <= MAX_WIDE_MARKS) {
    return {
      binPx,
      binCount,
      laneCount,
      counts,
      first,
      wide,
      maxCount,
      cover: null,
      maxCover: 0,
      wideCount: wide.length,
    };
  }
  // A difference array per lane: +1 where an event starts covering, -1 after it ends.
  const cover = new Uint32Array(laneCount * binCount);
  const delta = new Int32Array(laneCount * (binCount + 1));
  for (const position of wide) {
    const lane = index.laneOf[position] ?? 0;
    const b0 = binIndex(timeToX(window, width, starts[position] ?? 0), binPx, binCount);
    const b1 = binIndex(timeToX(window, width, ends[position] ?? 0), binPx, binCount);
    delta[lane * (binCount + 1) + b0] = (delta[lane * (binCount + 1) + b0] ?? 0) + 1;
    delta[lane * (binCount + 1) + b1 + 1] = (delta[lane * (binCount + 1) + b1 + 1] ?? 0) - 1;
  }
  let maxCover = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    let running = 0;
    for (let bin = 0; bin < binCount; bin++) {
      running += delta[lane * (binCount + 1) + bin] ?? 0;
      cover[lane * binCount + bin] = running;
      if (running > maxCover) maxCover = running;
    }
  }
  return {
    binPx,
    binCount,
    laneCount,
    counts,
    first,
    wide: [],
    maxCount,
    cover,
    maxCover,
    wideCount: wide.length,
  };
}

/** Height of a density bar as a share of the lane's mark row: logarithmic, so one busy day does not flatten the rest. */
export function densityHeight(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return 0;
  if (maxCount === 1) return 1;
  return 0.25 + (0.75 * Math.log(count)) / Math.log(maxCount);
}
