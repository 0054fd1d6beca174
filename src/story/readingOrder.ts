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
import type { IndexedEvent } from "../data/indexDataset";

type Timed = Pick<IndexedEvent, "interval" | "approximate" | "end" | "quote">;

/** When a reader places the event. */
function readingKey(event: Timed): number {
  const { start, end } = event.interval;
  return event.approximate === true && event.end === undefined ? (start + end) / 2 : start;
}

/**
 * Time-ordered positions (indices into `events`, themselves in time order)
 * in reading order. `events` must be in time order (`DatasetIndex.events`).
 */
export function readingOrder(events: readonly Timed[]): Int32Array {
  const keys = new Float64Array(events.length);
  // Precise events by paragraph: what an approximate one of that paragraph may comment on.
  const preciseByParagraph = new Map<number, number[]>();
  events.forEach((event, position) => {
    keys[position] = readingKey(event);
    const paragraph = event.quote?.paragraph;
    if (paragraph !== undefined && event.approximate !== true) {
      const list = preciseByParagraph.get(paragraph);
      if (list) list.push(position);
      else preciseByParagraph.set(paragraph, [position]);
    }
  });
  events.forEach((event, position) => {
    const paragraph = event.quote?.paragraph;
    if (event.approximate !== true || paragraph === undefined) return;
    const { start, end } = event.interval;
    for (const other of preciseByParagraph.get(paragraph) ?? []) {
      const otherStart = events[other]?.interval.start ?? 0;
      const otherKey = keys[other] ?? 0;
      // Just after it: a millisecond keeps it before anything later.
      if (otherStart >= start && otherStart < end && otherKey >= (keys[position] ?? 0)) {
        keys[position] = otherKey + 1;
      }
    }
  });
  const length = (position: number) => {
    const interval = events[position]?.interval;
    return interval ? interval.end - interval.start : 0;
  };
  const positions = Array.from({ length: events.length }, (_, position) => position);
  positions.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || length(a) - length(b) || a - b);
  return Int32Array.from(positions);
}
