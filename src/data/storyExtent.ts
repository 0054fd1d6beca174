import type { Interval } from "./dates";
import { parsePartialDate, partialDateInterval } from "./dates";
import type { Period } from "./schema";

/** What the story's extent is read from: the events' (empty when there are no starts) and the periods. */
export interface StoryExtentSource {
  extent: Interval;
  starts: ArrayLike<number>;
  dataset?: { periods?: readonly Pick<Period, "start" | "end">[] };
}

/**
 * The stretch of time the story covers: the events' extent widened to take in
 * each named period's dated ends, so that a period that starts before the first
 * event or ends after the last (a term of office, a holiday week) can be seen
 * whole: the timeline zooms out, fits and opens links within it. A period with
 * no end runs to the story's last moment (the strip draws it so) and widens
 * nothing. Without events or periods, the events' (empty) extent.
 * O(periods).
 */
export function storyExtent(source: StoryExtentSource): Interval {
  const periods = source.dataset?.periods ?? [];
  let start = source.starts.length > 0 ? source.extent.start : Number.POSITIVE_INFINITY;
  let end = source.starts.length > 0 ? source.extent.end : Number.NEGATIVE_INFINITY;
  for (const period of periods) {
    const from = dayOrMonth(period.start);
    if (!from) continue;
    const to = period.end ? dayOrMonth(period.end) : from;
    start = Math.min(start, from.start);
    end = Math.max(end, (to ?? from).end);
  }
  return start <= end ? { start, end } : source.extent;
}

/** The interval a period's date covers; null for one that does not parse (a draft's, half typed). */
function dayOrMonth(value: string): Interval | null {
  const date = parsePartialDate(value);
  return date ? partialDateInterval(date) : null;
}
