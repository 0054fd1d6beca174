/**
 * The draft's undated items (an imported story's slides with no date the timeline can use): the
 * editor lists them apart; given a date, one becomes an event the event form edits, and deleted,
 * it goes. Pure, as draft.ts is; `editChange` puts each step in the history (undo, the kept draft).
 */

import type { DatasetEvent } from "../data/schema";
import { typedDate } from "../data/typedDate";
import {
  type Draft,
  draftEventOf,
  type EventFields,
  eventFields,
  type FieldErrors,
  uniqueId,
  validateEvent,
  validPlaces,
} from "./draft";

/** The dates an author types for an undated item, as the event form's Start and End. */
export interface TypedDates {
  start: string;
  end: string;
}

export type Dated =
  | { ok: true; draft: Draft; index: number }
  /** The dates the format refuses, by field: the item stays undated. */
  | { ok: false; errors: FieldErrors<EventFields> };

/**
 * Undated item `index` as an event dated `dates`, at the end of the events (`index` is its
 * position there), with all it holds: places, texts, translations, media, links. Its date text
 * goes: it words a date the reader could not read, and shown in the typed date's place it would
 * be read as the event's date (the event form drops it on a new start too, review 31 F2). Its id
 * stays, unless an event has it.
 */
export function dateUndated(draft: Draft, index: number, dates: TypedDates): Dated {
  const item = draft.undated[index];
  if (!item) return { ok: false, errors: {} };
  const { displayDate: _, ...kept } = item;
  const taken = new Set(draft.events.map((event) => event.fields.id));
  const end = typedDate(dates.end);
  const event: DatasetEvent = {
    ...kept,
    id: uniqueId(item.id, taken),
    start: typedDate(dates.start),
    ...(end !== "" && { end }),
  };
  const otherLinks = event.links?.slice(1) ?? [];
  const { valid, errors } = validateEvent(
    eventFields(event),
    validPlaces(draft),
    event,
    otherLinks,
  );
  if (!valid) return { ok: false, errors };
  const events = [...draft.events, { ...draftEventOf(valid), errors }];
  const undated = draft.undated.filter((_, i) => i !== index);
  return { ok: true, draft: { ...draft, events, undated }, index: events.length - 1 };
}

export function deleteUndated(draft: Draft, index: number): Draft {
  if (!draft.undated[index]) return draft;
  return { ...draft, undated: draft.undated.filter((_, i) => i !== index) };
}
