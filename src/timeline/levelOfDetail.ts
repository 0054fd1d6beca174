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

export interface Bins {
  binPx: number;
  binCount: number;
  laneCount: number;
  /** counts[lane * binCount + bin] */
  counts: Uint32Array;
  /** The first event counted in each bin (time-ordered position), -1 when empty. */
  first: Int32Array;
  /** Events at least a bin wide, drawn as bars of their own. */
  wide: number[];
  maxCount: number;
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
  return { binPx, binCount, laneCount, counts, first, wide, maxCount };
}

/** Height of a density bar as a share of the lane's mark row: logarithmic, so one busy day does not flatten the rest. */
export function densityHeight(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return 0;
  if (maxCount === 1) return 1;
  return 0.25 + (0.75 * Math.log(count)) / Math.log(maxCount);
}
