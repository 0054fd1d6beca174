/**
 * The order a reader follows events "in time": not quite the timeline's
 * order (interval start, which the index keeps for its binary searches).
 *
 * - An approximate date ("c. late March", drawn over 21–31 March) stands for
 *   one unknown day in its range, so it is read at the middle of the range,
 *   not at its first day: a remark of "late March" does not come before a
 *   precise 23 March.
 * - A coarse date that is not approximate ("March 2018", "2018") is read at
 *   its start, as a period that opens there.
 * - An approximate event that the article tells in the same paragraph as a
 *   precise event inside its range comments on that event (Huntsman's remark
 *   on the expulsion of 26 March): it comes after it.
 * - Equal keys: the more precise (shorter) interval first, then time order.
 */
import { type IndexedEvent, lowerBound } from "../data/indexDataset";
import { finishSteps, type Steps } from "../data/steps";

type Timed = Pick<IndexedEvent, "interval" | "approximate" | "end" | "quote">;

/** When a reader places the event. */
function readingKey(event: Timed): number {
  const { start, end } = event.interval;
  return event.approximate === true && event.end === undefined ? (start + end) / 2 : start;
}

/** Events `readingOrderSteps` goes through between two yields. */
export const READING_STEP_EVENTS = 250_000;

/**
 * Time-ordered positions (indices into `events`, themselves in time order)
 * in reading order. `events` must be in time order (`DatasetIndex.events`).
 */
export function readingOrder(events: readonly Timed[]): Int32Array {
  return finishSteps(readingOrderSteps(events));
}

/**
 * `readingOrder` in steps of `perStep` events: at a million events the whole took 114–450 ms of
 * one task after the load (traced, 6 December), in the minutes a reader starts to browse.
 */
export function* readingOrderSteps(
  events: readonly Timed[],
  perStep = READING_STEP_EVENTS,
): Steps<Int32Array> {
  const keys = yield* readingKeySteps(events, perStep);
  // The comparator's order: key, then the shorter interval, then time order.
  const length = (position: number) => {
    const interval = events[position]?.interval;
    return interval ? interval.end - interval.start : 0;
  };
  const before = (a: number, b: number) =>
    (keys[a] ?? 0) - (keys[b] ?? 0) || length(a) - length(b) || a - b;
  // Events read at their start keep time order among themselves (time order is start, end, id:
  // for one start, the shorter first, then by position), so only the others are sorted, then
  // merged in: at 1,000,000 events with none moved this is one pass, where sorting them all took
  // ~1 s on the first selection (100,000 realistic events: 105 ms).
  const atStart = (position: number) => keys[position] === events[position]?.interval.start;
  const moved: number[] = [];
  for (let position = 0; position < events.length; position++) {
    if (position > 0 && position % perStep === 0) yield;
    if (!atStart(position)) moved.push(position);
  }
  moved.sort(before);
  const order = new Int32Array(events.length);
  let at = 0;
  let next = 0;
  let nextMoved = moved[0];
  for (let position = 0; position < events.length; position++) {
    if (position > 0 && position % perStep === 0) yield;
    if (!atStart(position)) continue;
    while (nextMoved !== undefined && before(nextMoved, position) < 0) {
      order[at++] = nextMoved;
      nextMoved = moved[++next];
    }
    order[at++] = position;
  }
  for (; nextMoved !== undefined; nextMoved = moved[++next]) order[at++] = nextMoved;
  return order;
}

/** Where a reader places each event (`readingKey`, then the paragraph rule), by time-ordered position. */
export function readingKeys(events: readonly Timed[]): Float64Array {
  return finishSteps(readingKeySteps(events, READING_STEP_EVENTS));
}

function* readingKeySteps(events: readonly Timed[], perStep: number): Steps<Float64Array> {
  const keys = new Float64Array(events.length);
  // The starts of the precise events of each paragraph, ascending (events are in time order):
  // what an approximate one of that paragraph may comment on.
  const preciseByParagraph = new Map<number, number[]>();
  for (let position = 0; position < events.length; position++) {
    if (position > 0 && position % perStep === 0) yield;
    const event = events[position] as Timed;
    keys[position] = readingKey(event);
    const paragraph = event.quote?.paragraph;
    if (paragraph !== undefined && event.approximate !== true) {
      const starts = preciseByParagraph.get(paragraph);
      if (starts) starts.push(event.interval.start);
      else preciseByParagraph.set(paragraph, [event.interval.start]);
    }
  }
  for (let position = 0; position < events.length; position++) {
    if (position > 0 && position % perStep === 0) yield;
    const event = events[position] as Timed;
    const paragraph = event.quote?.paragraph;
    const starts = paragraph === undefined ? undefined : preciseByParagraph.get(paragraph);
    if (event.approximate !== true || !starts) continue;
    // Just after the latest precise event that starts before its end, if that one is not
    // before it (a precise event's key is its start; an event's key is never before its own
    // start, so that one lies in its range); a millisecond keeps it before anything later.
    // A binary search: looking at each of the paragraph's events cost 62 ms of a first
    // selection at 100,000 realistic events.
    const { end } = event.interval;
    const latest = starts[lowerBound(starts, end) - 1];
    if (latest !== undefined && latest >= (keys[position] ?? 0)) {
      keys[position] = latest + 1;
    }
  }
  return keys;
}
