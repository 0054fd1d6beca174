/**
 * The draft's undated items (an imported story's slides with no date the timeline can use): the
 * editor lists them apart; given a date, one becomes an event the event form edits, and deleted,
 * it goes. Pure, as draft.ts is; `editChange` puts each step in the history (undo, the kept draft).
 */

import { eventInterval } from "../data/dates";
import type { DatasetEvent, UndatedItem } from "../data/schema";
import { typedDate } from "../data/typedDate";
import {
  type Draft,
  type DraftEvent,
  draftEventOf,
  type EventFields,
  eventFields,
  type FieldErrors,
  revalidateUndated,
  type UndatedFields,
  validateEvent,
  validPlaces,
} from "./draft";
import { uniqueId } from "./uniqueId";

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
 * Where an event that starts at `start` (UTC ms) goes among `events`: after the last one that starts
 * no later, as the timeline orders them (by start, then position), so in a story kept in time order
 * it lands among its dates, and after those of its own start, as Add event puts a new one after
 * the open one, dated like it. Events not yet valid have no date to go by and are passed over; with
 * none earlier, it goes first. A dated item went to the end: after 7 items dated, the first of
 * them was listed last.
 */
export function datedPosition(events: readonly DraftEvent[], start: number): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const valid = events[i]?.valid;
    if (valid && eventInterval(valid).start <= start) return i + 1;
  }
  return 0;
}

/**
 * Undated item `index` as an event dated `dates`, where its date puts it among the events
 * (`datedPosition`; `index` is its position there), with all it holds: places, texts, translations, media, links. Its date text
 * goes: it words a date the reader could not read, and shown in the typed date's place it would
 * be read as the event's date (the event form drops it on a new start too, review 31 F2). Its id
 * stays, unless an event has it. The dates are checked on its last valid form; its texts as typed
 * then go into the event form's fields, a refused one with its message, as the item's form had it.
 */
export function dateUndated(draft: Draft, index: number, dates: TypedDates): Dated {
  const item = draft.undated[index];
  if (!item) return { ok: false, errors: {} };
  const { displayDate: _, ...kept } = item.valid;
  const taken = new Set(draft.events.map((event) => event.fields.id));
  const end = typedDate(dates.end);
  const event: DatasetEvent = {
    ...kept,
    id: uniqueId(item.valid.id, taken),
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
  const typed = { ...eventFields(valid), ...item.fields };
  const checked = validateEvent(typed, validPlaces(draft), valid, otherLinks);
  // The texts its translations were written for are the item's, not its edit's.
  const { basis: _basis, ...dated } = draftEventOf(valid);
  const at = datedPosition(draft.events, eventInterval(valid).start);
  const events = [...draft.events];
  events.splice(at, 0, {
    ...dated,
    ...(item.basis && { basis: item.basis }),
    fields: typed,
    valid: checked.valid ?? valid,
    errors: checked.errors,
  });
  const undated = draft.undated.filter((_, i) => i !== index);
  return { ok: true, draft: { ...draft, events, undated }, index: at };
}

export function deleteUndated(draft: Draft, index: number): Draft {
  if (!draft.undated[index]) return draft;
  return { ...draft, undated: draft.undated.filter((_, i) => i !== index) };
}

/**
 * Undated item `index` with its texts as typed (`patch`): checked as an event's, a text the format
 * refuses (a title typed empty) stays in the draft with its message while the story on show and
 * its download keep the last valid one.
 */
export function updateUndated(draft: Draft, index: number, patch: Partial<UndatedFields>): Draft {
  const item = draft.undated[index];
  if (!item) return draft;
  const undated = [...draft.undated];
  undated[index] = revalidateUndated(draft, item, { ...item.fields, ...patch });
  return { ...draft, undated };
}

/**
 * The undated item a place clicked on the map opens: the open one if it names the place, else the
 * first that does (null: none). An undated item has no mark on the timeline, so its place is its
 * only way in from the map; in edit mode the click selected the place and opened nothing.
 */
export function undatedAtPlace(
  undated: readonly UndatedItem[],
  placeId: string,
  open: number | null,
): number | null {
  if (open !== null && undated[open]?.places.includes(placeId)) return open;
  const first = undated.findIndex((item) => item.places.includes(placeId));
  return first === -1 ? null : first;
}

/**
 * Undated item `index` at `places` (ids, as the places' checkboxes give them), those the draft's
 * valid places have: the reader places it by them, and a story whose places were all deleted
 * asks for "a date or a place", which only a date could give.
 */
export function setUndatedPlaces(draft: Draft, index: number, places: readonly string[]): Draft {
  const item = draft.undated[index];
  if (!item) return draft;
  const known = new Set(validPlaces(draft).map((place) => place.id));
  const undated = [...draft.undated];
  const chosen = [...new Set(places)].filter((id) => known.has(id));
  undated[index] = { ...item, valid: { ...item.valid, places: chosen } };
  return { ...draft, undated };
}
