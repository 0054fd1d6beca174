/**
 * The timeline's spatial index: per lane, events split into tiers by
 * duration (up to a day, a week, a month, a season, a year, three years,
 * longer), each tier sorted by start, with its ends sorted too.
 * A query for a time range [t0, t1) binary-searches each tier from
 * t0 - tier's longest duration, so one 70-year span never makes every query
 * scan the whole dataset. Used to draw a window (O(log n + visible)), to
 * hit-test a pixel, and to find the nearest event in a lane.
 */
import type { Interval } from "../data/dates";
import { DAY_MS } from "../data/dates";
import { lowerBound } from "../data/indexDataset";

/**
 * Tier limits: the shapes dates come in (days, months, years) each get a tier
 * of their own, so that at most zooms a tier is either all narrower than a
 * pixel bin or all wider (see binVisible), and few fall in between.
 */
const TIER_LIMITS = [
  1.5 * DAY_MS,
  8 * DAY_MS,
  32 * DAY_MS,
  100 * DAY_MS,
  370 * DAY_MS,
  1100 * DAY_MS,
  Number.POSITIVE_INFINITY,
];

export interface Tier {
  /** Time-ordered positions, sorted by start. */
  positions: Int32Array;
  starts: Float64Array;
  /** The same events' ends, sorted on their own (for counting, not for positions). */
  sortedEnds: Float64Array;
  maxDuration: number;
  minDuration: number;
}

export interface IntervalIndex {
  starts: Float64Array;
  ends: Float64Array;
  laneOf: Uint8Array;
  laneCount: number;
  /** tiers[lane][tier] */
  tiers: Tier[][];
}

export function buildIntervalIndex(
  starts: Float64Array,
  ends: Float64Array,
  laneOf: Uint8Array,
  laneCount: number,
): IntervalIndex {
  const n = starts.length;
  const tierOf = new Uint8Array(n);
  const sizes = Array.from({ length: laneCount }, () => new Int32Array(TIER_LIMITS.length));
  for (let i = 0; i < n; i++) {
    const duration = (ends[i] ?? 0) - (starts[i] ?? 0);
    let tier = 0;
    while (duration > (TIER_LIMITS[tier] ?? 0)) tier++;
    tierOf[i] = tier;
    const laneSizes = sizes[laneOf[i] ?? 0];
    if (laneSizes) laneSizes[tier] = (laneSizes[tier] ?? 0) + 1;
  }
  const tiers: Tier[][] = sizes.map((laneSizes) =>
    Array.from(laneSizes, (size) => ({
      positions: new Int32Array(size),
      starts: new Float64Array(size),
      sortedEnds: new Float64Array(size),
      maxDuration: 0,
      minDuration: size === 0 ? 0 : Number.POSITIVE_INFINITY,
    })),
  );
  const fill = sizes.map(() => new Int32Array(TIER_LIMITS.length));
  // Positions are in time order (sorted by start), so each tier comes out sorted.
  for (let i = 0; i < n; i++) {
    const lane = laneOf[i] ?? 0;
    const t = tierOf[i] ?? 0;
    const tier = tiers[lane]?.[t];
    const cursor = fill[lane];
    if (!tier || !cursor) continue;
    const k = cursor[t] ?? 0;
    const duration = (ends[i] ?? 0) - (starts[i] ?? 0);
    tier.positions[k] = i;
    tier.starts[k] = starts[i] ?? 0;
    tier.sortedEnds[k] = ends[i] ?? 0;
    tier.maxDuration = Math.max(tier.maxDuration, duration);
    tier.minDuration = Math.min(tier.minDuration, duration);
    cursor[t] = k + 1;
  }
  // Events of one length (a catalogue's days) have their ends in order already: sorting a
  // million of them anyway was most of this function's 130–240 ms (traced).
  for (const laneTiers of tiers)
    for (const tier of laneTiers) if (!ascending(tier.sortedEnds)) tier.sortedEnds.sort();
  return { starts, ends, laneOf, laneCount, tiers };
}

function ascending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++)
    if ((values[i] as number) < (values[i - 1] as number)) return false;
  return true;
}

/**
 * Calls `visit` with the position of every event of `lane` overlapping
 * [range.start, range.end), tier by tier (not in global time order); with
 * `only`, of that one tier of the lane.
 */
export function forEachInRange(
  index: IntervalIndex,
  lane: number,
  range: Interval,
  visit: (position: number) => void,
  only?: Tier,
): void {
  const { ends } = index;
  for (const tier of only ? [only] : (index.tiers[lane] ?? [])) {
    const to = lowerBound(tier.starts, range.end);
    for (let k = lowerBound(tier.starts, range.start - tier.maxDuration); k < to; k++) {
      const position = tier.positions[k] ?? 0;
      if ((ends[position] ?? 0) > range.start) visit(position);
    }
  }
}

/** Every lane's events overlapping `range`. */
export function forEachInWindow(
  index: IntervalIndex,
  range: Interval,
  visit: (position: number, lane: number) => void,
): void {
  for (let lane = 0; lane < index.laneCount; lane++) {
    forEachInRange(index, lane, range, (position) => visit(position, lane));
  }
}

/**
 * The event of `lane` nearest to `time` among those overlapping
 * [time - tolerance, time + tolerance] and accepted by `accept`; -1 if none.
 * Distance is from `time` to the event's interval (0 inside it); ties go to
 * the shorter event, so a point on top of a long bar stays clickable.
 */
export function hitTest(
  index: IntervalIndex,
  lane: number,
  time: number,
  tolerance: number,
  accept: (position: number) => boolean = () => true,
): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestDuration = Number.POSITIVE_INFINITY;
  const { starts, ends } = index;
  forEachInRange(index, lane, { start: time - tolerance, end: time + tolerance }, (position) => {
    if (!accept(position)) return;
    const start = starts[position] ?? 0;
    const end = ends[position] ?? 0;
    const distance = time < start ? start - time : time >= end ? time - end : 0;
    const duration = end - start;
    if (distance < bestDistance || (distance === bestDistance && duration < bestDuration)) {
      best = position;
      bestDistance = distance;
      bestDuration = duration;
    }
  });
  return best;
}

/**
 * The accepted event of `lane` whose start is nearest to `time`, searching
 * outwards in each tier (for ArrowUp/ArrowDown between lanes); -1 if the
 * lane has none.
 */
export function nearestInLane(
  index: IntervalIndex,
  lane: number,
  time: number,
  accept: (position: number) => boolean = () => true,
): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const tier of index.tiers[lane] ?? []) {
    const at = lowerBound(tier.starts, time);
    for (let k = at; k < tier.positions.length; k++) {
      const position = tier.positions[k] ?? 0;
      if (!accept(position)) continue;
      const distance = (tier.starts[k] ?? 0) - time;
      if (distance < bestDistance) {
        best = position;
        bestDistance = distance;
      }
      break;
    }
    for (let k = at - 1; k >= 0; k--) {
      const position = tier.positions[k] ?? 0;
      if (!accept(position)) continue;
      const distance = time - (tier.starts[k] ?? 0);
      if (distance < bestDistance || (distance === bestDistance && position < best)) {
        best = position;
        bestDistance = distance;
      }
      break;
    }
  }
  return best;
}
