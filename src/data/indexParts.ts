/**
 * The part of indexing that needs only the events' columns and gives only
 * numbers and short lists: intervals, time order, facet counts, story order.
 * The dataset worker computes it next to parsing and transfers the typed
 * arrays, so the page is left with making the event objects and maps.
 */
import { type Interval, type PartialDate, parsePartialDate, partialDateInterval } from "./dates";
import type { EventColumns } from "./eventColumns";
import { textAt } from "./joinedTexts";

export interface FacetCount {
  name: string;
  count: number;
}

export interface IndexParts {
  /** Dataset positions in time order: by start, then end, then id. */
  timeOrder: Int32Array;
  /** Interval starts and ends, in time order. */
  starts: Float64Array;
  ends: Float64Array;
  /** The longest event, so a window query knows how far back to look. */
  maxDuration: number;
  extent: Interval;
  actors: FacetCount[];
  tags: FacetCount[];
  /** Time-ordered positions in the order the article tells them: paragraph, then dataset position. */
  storyOrder: Int32Array;
}

/** Each event's interval, in dataset order; each distinct date is read once. */
function intervals(columns: EventColumns): { starts: Float64Array; ends: Float64Array } {
  const n = columns.startDate.length;
  const parsed: PartialDate[] = columns.dates.map((value) => {
    const date = parsePartialDate(value);
    if (!date) throw new Error(`invalid date: ${value}`);
    return date;
  });
  // Per date, as an exact date and as an approximate one.
  const cache: (Interval | undefined)[][] = [[], []];
  const intervalOf = (dateId: number, approximate: number): Interval => {
    const approx = approximate === 2 ? 1 : 0;
    const byDate = cache[approx] as (Interval | undefined)[];
    byDate[dateId] ??= partialDateInterval(parsed[dateId] as PartialDate, approx === 1);
    return byDate[dateId];
  };
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const approximate = columns.approximate[p] ?? 0;
    const first = intervalOf(columns.startDate[p] ?? 0, approximate);
    const endDate = columns.endDate[p] ?? -1;
    starts[p] = first.start;
    // As `eventInterval`: to the end of `end`, never before the end of `start`.
    ends[p] = endDate < 0 ? first.end : Math.max(first.end, intervalOf(endDate, approximate).end);
  }
  return { starts, ends };
}

/** Sorting positions over typed arrays: far cheaper than sorting 100,000 wrapper objects. */
function sortByTime(ids: readonly string[], starts: Float64Array, ends: Float64Array): Int32Array {
  const positions = Array.from({ length: ids.length }, (_, p) => p).sort(
    (a, b) =>
      (starts[a] ?? 0) - (starts[b] ?? 0) ||
      (ends[a] ?? 0) - (ends[b] ?? 0) ||
      ((ids[a] ?? "") < (ids[b] ?? "") ? -1 : 1),
  );
  return Int32Array.from(positions);
}

/**
 * How many events name each actor (or tag), most first, ties by name.
 * Counted per distinct list, then spread over its items in the order they
 * first appear, so ties the collator cannot break keep the dataset's order.
 */
function facetCounts(lists: readonly string[][], listOfEvent: Int32Array): FacetCount[] {
  const eventsWithList = new Int32Array(lists.length);
  const firstSeen: number[] = [];
  for (const list of listOfEvent) {
    if (eventsWithList[list] === 0) firstSeen.push(list);
    eventsWithList[list] = (eventsWithList[list] ?? 0) + 1;
  }
  const counts = new Map<string, number>();
  for (const list of firstSeen) {
    const times = eventsWithList[list] ?? 0;
    for (const name of lists[list] ?? []) counts.set(name, (counts.get(name) ?? 0) + times);
  }
  return Array.from(counts, ([name, count]) => ({ name, count })).sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name),
  );
}

function storyOrderOf(columns: EventColumns, timeOrder: Int32Array): Int32Array {
  const paragraphs = new Float64Array(timeOrder.length);
  timeOrder.forEach((p, i) => {
    paragraphs[i] = columns.rest[p]?.quote?.paragraph ?? Number.POSITIVE_INFINITY;
  });
  const positions = Array.from({ length: timeOrder.length }, (_, i) => i).sort(
    (a, b) =>
      (paragraphs[a] ?? 0) - (paragraphs[b] ?? 0) || (timeOrder[a] ?? 0) - (timeOrder[b] ?? 0),
  );
  return Int32Array.from(positions);
}

export function computeIndexParts(columns: EventColumns): IndexParts {
  const n = columns.startDate.length;
  const raw = intervals(columns);
  const ids = Array.from({ length: n }, (_, p) => textAt(columns.ids, p));
  const timeOrder = sortByTime(ids, raw.starts, raw.ends);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let maxDuration = 0;
  let extentEnd = Number.NEGATIVE_INFINITY;
  timeOrder.forEach((p, i) => {
    const start = raw.starts[p] ?? 0;
    const end = raw.ends[p] ?? 0;
    starts[i] = start;
    ends[i] = end;
    maxDuration = Math.max(maxDuration, end - start);
    extentEnd = Math.max(extentEnd, end);
  });
  return {
    timeOrder,
    starts,
    ends,
    maxDuration,
    extent: { start: n > 0 ? (starts[0] ?? 0) : 0, end: n > 0 ? extentEnd : 0 },
    actors: facetCounts(columns.lists, columns.actors),
    tags: facetCounts(columns.lists, columns.tags),
    storyOrder: storyOrderOf(columns, timeOrder),
  };
}
