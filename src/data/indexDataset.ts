/**
 * A dataset indexed once, when it loads, so that every per-frame question
 * (what is in this window, which events happen at this place) costs
 * O(log n + answer), not O(n).
 */
import { eventInterval, type Interval } from "./dates";
import type { Dataset, DatasetEvent, Place } from "./schema";

export interface IndexedEvent extends DatasetEvent {
  /** Position in time order (`DatasetIndex.events`). */
  order: number;
  interval: Interval;
}

export interface FacetCount {
  name: string;
  count: number;
}

export interface DatasetIndex {
  dataset: Dataset;
  /** Events in time order: start, then end, then id. */
  events: IndexedEvent[];
  byId: Map<string, IndexedEvent>;
  places: Map<string, Place>;
  /** Time-ordered positions of each place's events. */
  eventsByPlace: Map<string, number[]>;
  /** Interval starts and ends in time order, for binary search. */
  starts: Float64Array;
  ends: Float64Array;
  /** The longest event, so a window query knows how far back to look. */
  maxDuration: number;
  extent: Interval;
  actors: FacetCount[];
  tags: FacetCount[];
  /**
   * Time-ordered positions in the order the article tells them (paragraph,
   * then position in the dataset). Sorted on first use: only story mode needs it.
   */
  readonly storyOrder: number[];
}

function facetCounts(events: readonly DatasetEvent[], key: "actors" | "tags"): FacetCount[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const name of event[key]) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return Array.from(counts, ([name, count]) => ({ name, count })).sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name),
  );
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  // Sort positions over typed arrays: far cheaper than sorting 100,000 wrapper objects.
  const source = dataset.events;
  const n = source.length;
  const rawStarts = new Float64Array(n);
  const rawEnds = new Float64Array(n);
  const intervals: Interval[] = new Array(n);
  for (let p = 0; p < n; p++) {
    const interval = eventInterval(source[p] as DatasetEvent);
    intervals[p] = interval;
    rawStarts[p] = interval.start;
    rawEnds[p] = interval.end;
  }
  const sorted = Array.from({ length: n }, (_, p) => p).sort(
    (a, b) =>
      (rawStarts[a] ?? 0) - (rawStarts[b] ?? 0) ||
      (rawEnds[a] ?? 0) - (rawEnds[b] ?? 0) ||
      ((source[a]?.id ?? "") < (source[b]?.id ?? "") ? -1 : 1),
  );

  const events: IndexedEvent[] = new Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const byId = new Map<string, IndexedEvent>();
  const eventsByPlace = new Map<string, number[]>();
  const datasetPosition = new Int32Array(n);
  let maxDuration = 0;
  for (let i = 0; i < n; i++) {
    const p = sorted[i] ?? 0;
    const interval = intervals[p] as Interval;
    const indexed: IndexedEvent = { ...(source[p] as DatasetEvent), order: i, interval };
    events[i] = indexed;
    starts[i] = interval.start;
    ends[i] = interval.end;
    datasetPosition[i] = p;
    maxDuration = Math.max(maxDuration, interval.end - interval.start);
    byId.set(indexed.id, indexed);
    for (const placeId of indexed.places) {
      const list = eventsByPlace.get(placeId);
      if (list) list.push(i);
      else eventsByPlace.set(placeId, [i]);
    }
  }

  let extentEnd = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) extentEnd = Math.max(extentEnd, ends[i] ?? 0);
  const extent = { start: n > 0 ? (starts[0] ?? 0) : 0, end: n > 0 ? extentEnd : 0 };

  let storyOrder: number[] | undefined;
  return {
    dataset,
    events,
    byId,
    places: new Map(dataset.places.map((place) => [place.id, place])),
    eventsByPlace,
    starts,
    ends,
    maxDuration,
    extent,
    actors: facetCounts(dataset.events, "actors"),
    tags: facetCounts(dataset.events, "tags"),
    get storyOrder() {
      storyOrder ??= Array.from({ length: n }, (_, i) => i).sort((a, b) => {
        const pa = events[a]?.quote?.paragraph ?? Number.POSITIVE_INFINITY;
        const pb = events[b]?.quote?.paragraph ?? Number.POSITIVE_INFINITY;
        return pa - pb || (datasetPosition[a] ?? 0) - (datasetPosition[b] ?? 0);
      });
      return storyOrder;
    },
  };
}

/** First position whose value is >= target in a sorted array. */
export function lowerBound(
  values: ArrayLike<number>,
  target: number,
  from = 0,
  to = values.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [from, to) of ascending `values` whose value is above `target`. */
export function upperBound(
  values: ArrayLike<number>,
  target: number,
  from = 0,
  to = values.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The range of time-ordered positions that can overlap a window: a candidate
 * range found by binary search; callers still test `ends[i] > window.start`.
 */
export function windowRange(index: DatasetIndex, window: Interval): { from: number; to: number } {
  return {
    from: lowerBound(index.starts, window.start - index.maxDuration),
    to: lowerBound(index.starts, window.end),
  };
}

/** Positions of events overlapping a window, in time order. */
export function eventsInWindow(index: DatasetIndex, window: Interval): number[] {
  const { from, to } = windowRange(index, window);
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if ((index.ends[i] ?? 0) > window.start) out.push(i);
  }
  return out;
}
