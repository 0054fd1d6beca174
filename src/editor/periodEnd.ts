import { parsePartialDate, partialDateInterval } from "../data/dates";
import { typedDate } from "../data/typedDate";

/**
 * Whether a period with no end cannot run to the last event, as a period with no end does: it
 * starts when the story's events have ended (`eventsEnd`, ms; undefined with no events). The form
 * said "it runs to the last event" of a period after it, drawn as a sliver of its start alone
 * (review 35 F6).
 */
export function startsAfterEvents(start: string, end: string, eventsEnd: number | undefined) {
  if (end.trim() !== "" || eventsEnd === undefined) return false;
  const date = parsePartialDate(typedDate(start));
  return date !== null && partialDateInterval(date).start >= eventsEnd;
}
