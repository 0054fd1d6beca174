/**
 * The part of indexing that needs only the events' columns and gives only
 * numbers and short lists: intervals, time order, facet counts, story order.
 * The dataset worker computes it next to parsing and transfers the typed
 * arrays, so the page is left with making the event objects and maps.
 */
import { type Interval, type PartialDate, parsePartialDate, partialDateInterval } from "./dates";
import type { IndexColumns } from "./eventColumns";
import { buildIdTable } from "./idTable";

export interface FacetCount {
  name: string;
  count: number;
}

export interface IndexParts {
  /** Dataset positions in time order: by start, then end, then the dataset's order. */
  timeOrder: Int32Array;
  /** Interval starts and ends, in time order. */
  starts: Float64Array;
  ends: Float64Array;
  /** The longest event, so a window query knows how far back to look. */
  maxDuration: number;
  /** The shortest event (Infinity with none): under a day, the data has times of day. */
  minDuration: number;
  extent: Interval;
  actors: FacetCount[];
  tags: FacetCount[];
  /** Time-ordered positions in the order the article tells them: paragraph, then dataset position. */
  storyOrder: Int32Array;
  /** Dataset positions by id, as a hash table (`idTable.ts`). */
  idTable: Int32Array;
  /** Each place's time-ordered positions (`placeEvents`). */
  placeEvents: PlaceEvents;
}

/**
 * The time-ordered positions of each place's events, for the page's
 * `eventsByPlace` without a Map lookup per event: place `k` is
 * `placeIds[k]`, its positions `positions[offsets[k]]` up to
 * `positions[offsets[k + 1]]`. Places in the order events first name them,
 * in time order. Linking them on the page took 191 ms of its unpacking at
 * 100,000 realistic events (a trace of 3 December, loaded machine); here
 * two passes over numbers.
 */
export interface PlaceEvents {
  placeIds: string[];
  offsets: Int32Array;
  positions: Int32Array;
}

export function placeEventsOf(columns: IndexColumns, timeOrder: Int32Array): PlaceEvents {
  const { lists } = columns;
  const placeIds: string[] = [];
  const numberOf = new Map<string, number>();
  // Per distinct list, where its places' numbers start and end in `numbers`, set when an event
  // first names it: the loops below then read only numbers, not the lists' arrays.
  const from = new Int32Array(lists.length).fill(-1);
  const to = new Int32Array(lists.length);
  const numbers: number[] = [];
  const n = timeOrder.length;
  for (let i = 0; i < n; i++) {
    const list = columns.places[timeOrder[i] as number] as number;
    if ((from[list] as number) >= 0) continue;
    from[list] = numbers.length;
    for (const id of lists[list] ?? []) {
      let k = numberOf.get(id);
      if (k === undefined) {
        k = placeIds.length;
        placeIds.push(id);
        numberOf.set(id, k);
      }
      numbers.push(k);
    }
    to[list] = numbers.length;
  }
  const offsets = new Int32Array(placeIds.length + 1);
  for (let i = 0; i < n; i++) {
    const list = columns.places[timeOrder[i] as number] as number;
    const end = to[list] as number;
    for (let j = from[list] as number; j < end; j++)
      (offsets[(numbers[j] as number) + 1] as number)++;
  }
  for (let k = 0; k < placeIds.length; k++) {
    offsets[k + 1] = (offsets[k + 1] as number) + (offsets[k] as number);
  }
  const positions = new Int32Array(offsets[placeIds.length] as number);
  const next = offsets.slice(0, placeIds.length);
  for (let i = 0; i < n; i++) {
    const list = columns.places[timeOrder[i] as number] as number;
    const end = to[list] as number;
    for (let j = from[list] as number; j < end; j++)
      positions[(next[numbers[j] as number] as number)++] = i;
  }
  return { placeIds, offsets, positions };
}

/** The page's map of each place's positions: views into one array, never to be changed. */
export function eventsByPlaceOf(places: PlaceEvents): Map<string, Int32Array> {
  const { placeIds, offsets, positions } = places;
  return new Map(
    placeIds.map((id, k) => [
      id,
      positions.subarray(offsets[k] as number, offsets[k + 1] as number),
    ]),
  );
}

/**
 * Each event's interval, in dataset order; each distinct date is read once.
 * An entry is a date read as exact or as approximate: each event's start is
 * its start entry's, its end the later end of its start and end entries', so
 * the events' starts and ends are among the few entries' values.
 */
interface Intervals {
  starts: Float64Array;
  ends: Float64Array;
  /** Per entry, its interval's start and end. */
  entryStarts: Float64Array;
  entryEnds: Float64Array;
  /** Per event, the entry its start comes from, and the one its end comes from. */
  startEntry: Int32Array;
  endEntry: Int32Array;
}

function intervals(columns: IndexColumns): Intervals {
  const n = columns.startDate.length;
  const parsed: PartialDate[] = columns.dates.map((value) => {
    const date = parsePartialDate(value);
    if (!date) throw new Error(`invalid date: ${value}`);
    return date;
  });
  // Per date and approximate (0 or 1), its entry; -1 until an event reads it.
  const entryOf = new Int32Array(parsed.length * 2).fill(-1);
  const entryStarts: number[] = [];
  const entryEnds: number[] = [];
  const entry = (dateId: number, approximate: number): number => {
    const key = dateId * 2 + approximate;
    let at = entryOf[key] ?? -1;
    if (at < 0) {
      const interval = partialDateInterval(parsed[dateId] as PartialDate, approximate === 1);
      at = entryStarts.length;
      entryStarts.push(interval.start);
      entryEnds.push(interval.end);
      entryOf[key] = at;
    }
    return at;
  };
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const startEntry = new Int32Array(n);
  const endEntry = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const approximate = columns.approximate[p] === 2 ? 1 : 0;
    const first = entry(columns.startDate[p] ?? 0, approximate);
    const firstEnd = entryEnds[first] as number;
    const endDate = columns.endDate[p] ?? -1;
    starts[p] = entryStarts[first] as number;
    startEntry[p] = first;
    if (endDate < 0) {
      ends[p] = firstEnd;
      endEntry[p] = first;
      continue;
    }
    // As `eventInterval`: to the end of `end`, never before the end of `start`.
    const last = entry(endDate, approximate);
    const lastEnd = entryEnds[last] as number;
    ends[p] = Math.max(firstEnd, lastEnd);
    endEntry[p] = lastEnd > firstEnd ? last : first;
  }
  return {
    starts,
    ends,
    entryStarts: Float64Array.from(entryStarts),
    entryEnds: Float64Array.from(entryEnds),
    startEntry,
    endEntry,
  };
}

/** Each value's rank among the distinct values (0 for the least), and how many there are. */
function ranks(values: Float64Array): { rank: Int32Array; count: number } {
  const sorted = values.slice().sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    // Distinct as `a - b` tells them: -0 and 0 are one value.
    if (i === 0 || (sorted[i] as number) !== sorted[count - 1])
      sorted[count++] = sorted[i] as number;
  }
  const rank = new Int32Array(values.length);
  for (let p = 0; p < values.length; p++) {
    const value = values[p] as number;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    rank[p] = low;
  }
  return { rank, count };
}

/**
 * Dataset positions by start, then end, then the dataset's own order: events of one interval keep
 * the order their author gave them (StoryMapJS's `president.json`, 21 slides all dated 2013, read
 * "Sept 10, 11, … 23, Sept 3, 4" when ids broke the tie). Rather than one sort with a comparator
 * over every position (2 s for 1,000,000 events here), each event's (start, end) becomes one number
 * that orders as the pair does, and the positions are sorted by it, position included, with the
 * typed array's own numeric sort.
 *
 * The starts and ends are ranked among the entries' values (a few thousand
 * dates in a catalogue of a million rows), not the events', and the pair is
 * ranked again only when it must be: `computeIndexParts` of 1,000,000 CSV
 * events took 1.3–1.7 s of CPU, against 2.2–3.4 s when three lists of a
 * million numbers were ranked (Node 20, bundled, alternate runs on a loaded
 * 2-core machine).
 */
function sortByTime(n: number, times: Intervals): Int32Array {
  const start = ranks(times.entryStarts);
  const end = ranks(times.entryEnds);
  // Equal values have equal ranks, and ranks order as the values do (-0 and 0 are one value).
  const pairs = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const startRank = start.rank[times.startEntry[p] as number] as number;
    pairs[p] = startRank * end.count + (end.rank[times.endEntry[p] as number] as number);
  }
  // Each pair below start.count × end.count: ranked again only if pair × n + position may not be exact.
  const interval =
    start.count * end.count * n < 2 ** 53 ? pairs : Float64Array.from(ranks(pairs).rank);
  // interval × n + position: exact below 2^53, so the numeric sort orders by interval, then position.
  const keys = new Float64Array(n);
  for (let p = 0; p < n; p++) keys[p] = (interval[p] as number) * n + p;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % n;
  return order;
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
    const names = lists[list] ?? [];
    names.forEach((name, j) => {
      // A list that names a value twice (our JSON may: "actors": ["A", "A"]) counts its events once.
      if (names.indexOf(name) === j) counts.set(name, (counts.get(name) ?? 0) + times);
    });
  }
  return Array.from(counts, ([name, count]) => ({ name, count })).sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name),
  );
}

/**
 * Time-ordered positions in the order the article tells them: by paragraph,
 * then dataset position; events without a quote last. Only the quoted ones
 * are sorted (stably, by paragraph): a catalogue of 1,000,000 rows has none.
 */
function storyOrderOf(columns: IndexColumns, timeOrder: Int32Array): Int32Array {
  const n = timeOrder.length;
  const inTimeOrder = new Int32Array(n);
  for (let i = 0; i < n; i++) inTimeOrder[timeOrder[i] as number] = i;
  const quoted: number[] = [];
  const paragraphs = new Map<number, number>();
  for (let p = 0; p < n; p++) {
    const quote = columns.quoteOf[p] ?? -1;
    if (quote < 0) continue;
    const paragraph = columns.quoteParagraphs[quote] ?? 0;
    const i = inTimeOrder[p] as number;
    quoted.push(i);
    paragraphs.set(i, paragraph);
  }
  quoted.sort((a, b) => (paragraphs.get(a) ?? 0) - (paragraphs.get(b) ?? 0));
  // The quoted first, then the others in dataset order, written straight into the answer.
  const order = new Int32Array(n);
  order.set(quoted);
  let next = quoted.length;
  for (let p = 0; p < n; p++) {
    if ((columns.quoteOf[p] ?? -1) < 0) order[next++] = inTimeOrder[p] as number;
  }
  return order;
}

/**
 * The ids are read from the joined column `columns.ids` from start to end, for
 * the id table, not from a million strings spread
 * over the heap (nor from the events, walked once more to list them): at
 * 1,000,000 CSV rows this took 1.43–1.92 s of CPU against 1.42–2.10 s
 * (medians 1.62 and 1.85 s; Node 20, twelve alternating runs in one process,
 * load average 4–7).
 */
export function computeIndexParts(columns: IndexColumns): IndexParts {
  const n = columns.startDate.length;
  const raw = intervals(columns);
  const timeOrder = sortByTime(n, raw);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let maxDuration = 0;
  let minDuration = Number.POSITIVE_INFINITY;
  let extentEnd = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const p = timeOrder[i] as number;
    const start = raw.starts[p] ?? 0;
    const end = raw.ends[p] ?? 0;
    starts[i] = start;
    ends[i] = end;
    maxDuration = Math.max(maxDuration, end - start);
    minDuration = Math.min(minDuration, end - start);
    extentEnd = Math.max(extentEnd, end);
  }
  return {
    timeOrder,
    starts,
    ends,
    maxDuration,
    minDuration,
    extent: { start: n > 0 ? (starts[0] ?? 0) : 0, end: n > 0 ? extentEnd : 0 },
    actors: facetCounts(columns.lists, columns.actors),
    tags: facetCounts(columns.lists, columns.tags),
    storyOrder: storyOrderOf(columns, timeOrder),
    idTable: buildIdTable(columns.ids),
    placeEvents: placeEventsOf(columns, timeOrder),
  };
}
