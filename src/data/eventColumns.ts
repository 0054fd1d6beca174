/**
 * Events as columns: the form in which they cross from the dataset worker to
 * the page, and from which they are indexed. Receiving 100,000 event objects
 * costs the page ~150 ms (structured clone rebuilds every object, list and
 * string, and the garbage collector then copies them); the same events as a
 * few long strings and typed arrays, with each distinct date and each
 * distinct list of places, actors or tags sent once, cost a fraction of that
 * to receive and turn back into objects. Quotes and notes have columns too:
 * as objects (40% and 20% of realistic events) the page spent 128 ms of one
 * task deserializing them and ~100 ms collecting garbage after (a trace of
 * 100,000 realistic events, 3 December); as columns they become objects in
 * the page's slices (`load/unpackInSlices.ts`).
 */
import type { Interval } from "./dates";
import { ListIds, TextIds } from "./distinctIds";
import type { IndexedEvent } from "./indexDataset";
import type { IndexParts } from "./indexParts";
import { type JoinedTexts, joinTexts, textAt } from "./joinedTexts";
import type { DatasetEvent, Quote } from "./schema";

/** One entry per event, in the dataset's order. */
export interface EventColumns {
  ids: JoinedTexts;
  titles: JoinedTexts;
  summaries: JoinedTexts;
  /** Each distinct date once; `startDate` and `endDate` point into it, -1 for no end. */
  dates: string[];
  startDate: Int32Array;
  endDate: Int32Array;
  /** 0: not given; 1: false; 2: true. */
  approximate: Uint8Array;
  /** Each distinct list of places, actors or tags once; the columns below point into it. */
  lists: string[][];
  places: Int32Array;
  actors: Int32Array;
  tags: Int32Array;
  /** The quotes' texts, paragraphs and drop caps (as `approximate`), one per quoted event. */
  quotes: JoinedTexts;
  quoteParagraphs: Int32Array;
  quoteDropCaps: Uint8Array;
  /** Per event, its quote's number in the three columns above, -1 for none. */
  quoteOf: Int32Array;
  /** The notes, one per event with a note, and per event its note's number, -1 for none. */
  notes: JoinedTexts;
  noteOf: Int32Array;
  /** Every other field (links, body, media…) of the events that have one, else null. */
  rest: (Pick<DatasetEvent, RestField> | null)[];
}

type ColumnField =
  | "id"
  | "title"
  | "start"
  | "end"
  | "approximate"
  | "places"
  | "actors"
  | "tags"
  | "summary"
  | "quote"
  | "note";
type RestField = Exclude<keyof DatasetEvent, ColumnField>;

/** The fields without a column, in the schema's order (a Record, so the compiler wants them all). */
const REST_FIELDS = Object.keys({
  links: true,
  displayDate: true,
  body: true,
  media: true,
  i18n: true,
} satisfies Record<RestField, true>) as RestField[];

export function restOf(event: DatasetEvent): EventColumns["rest"][number] {
  let rest: Record<string, unknown> | null = null;
  for (const key of REST_FIELDS) {
    if (event[key] === undefined) continue;
    rest ??= {};
    rest[key] = event[key];
  }
  return rest;
}

/**
 * What one event gives its columns: its fields as the check returns them, quote and rest apart.
 * One object of this shape can be filled again for each event, so that an event checked straight
 * from the parsed JSON needs no object of its own (`checkIntoColumns.ts`).
 */
export interface ColumnFields {
  id: string;
  title: string;
  start: string;
  end: string | undefined;
  approximate: boolean | undefined;
  places: string[];
  actors: string[];
  tags: string[];
  summary: string;
  quote: Quote | undefined;
  note: string | undefined;
}

/** The columns indexing reads (`computeIndexParts`): no text but the ids. */
export type IndexColumns = Pick<
  EventColumns,
  | "ids"
  | "dates"
  | "startDate"
  | "endDate"
  | "approximate"
  | "lists"
  | "places"
  | "actors"
  | "tags"
  | "quoteParagraphs"
  | "quoteOf"
>;

/** What indexing reads of one event. */
export type IndexFields = Pick<ColumnFields, "id" | "start" | "places" | "actors" | "tags"> &
  Partial<Pick<ColumnFields, "end" | "approximate" | "quote">>;

/** A typed column twice as long (at least 16), its values kept. */
function twice<T extends Int32Array | Uint8Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(
    Math.max(16, array.length * 2),
  );
  larger.set(array);
  return larger;
}

/** `array` cut to `n` only when fewer were written than there was room for (events left out). */
function cut<T extends Int32Array | Uint8Array>(array: T, n: number): T {
  return array.length === n ? array : (array.slice(0, n) as T);
}

/**
 * Events written one at a time, in the dataset's order, into the columns that indexing reads.
 * Alone it indexes events already on the page (`indexDataset`) without joining their texts into
 * columns only to cut them out again; `ColumnWriter` writes the texts beside it.
 */
export class IndexColumnWriter {
  private count = 0;
  private readonly dates = new TextIds();
  private readonly lists = new ListIds();
  private readonly ids: string[] = [];
  private startDate: Int32Array;
  private endDate: Int32Array;
  private approximate: Uint8Array;
  private places: Int32Array;
  private actors: Int32Array;
  private tags: Int32Array;
  private readonly quoteParagraphs: number[] = [];
  private quoteOf: Int32Array;

  constructor(capacity: number) {
    this.startDate = new Int32Array(capacity);
    this.endDate = new Int32Array(capacity);
    this.approximate = new Uint8Array(capacity);
    this.places = new Int32Array(capacity);
    this.actors = new Int32Array(capacity);
    this.tags = new Int32Array(capacity);
    this.quoteOf = new Int32Array(capacity);
  }

  /** How many events have been written. */
  get length(): number {
    return this.count;
  }

  /** Writes `event` and returns its position. */
  write(event: IndexFields): number {
    const p = this.count++;
    if (p === this.startDate.length) this.grow();
    this.ids.push(event.id);
    this.startDate[p] = this.dates.id(event.start);
    this.endDate[p] = event.end === undefined ? -1 : this.dates.id(event.end);
    this.approximate[p] = event.approximate === undefined ? 0 : event.approximate ? 2 : 1;
    this.places[p] = this.lists.id(event.places);
    this.actors[p] = this.lists.id(event.actors);
    this.tags[p] = this.lists.id(event.tags);
    const { quote } = event;
    this.quoteOf[p] = quote ? this.quoteParagraphs.length : -1;
    if (quote) this.quoteParagraphs.push(quote.paragraph);
    return p;
  }

  private grow(): void {
    this.startDate = twice(this.startDate);
    this.endDate = twice(this.endDate);
    this.approximate = twice(this.approximate);
    this.places = twice(this.places);
    this.actors = twice(this.actors);
    this.tags = twice(this.tags);
    this.quoteOf = twice(this.quoteOf);
  }

  /** The columns of the events written, each typed array as long as their count. */
  columns(): IndexColumns {
    const n = this.count;
    return {
      ids: joinTexts(this.ids),
      dates: this.dates.texts,
      startDate: cut(this.startDate, n),
      endDate: cut(this.endDate, n),
      approximate: cut(this.approximate, n),
      lists: this.lists.lists,
      places: cut(this.places, n),
      actors: cut(this.actors, n),
      tags: cut(this.tags, n),
      quoteParagraphs: Int32Array.from(this.quoteParagraphs),
      quoteOf: cut(this.quoteOf, n),
    };
  }
}

/**
 * Events written into columns one at a time, in the dataset's order. `capacity` is the room made
 * at first: a list still arriving (`load/streamedDataset.ts`) may hold more, and the typed
 * columns then double.
 */
export class ColumnWriter {
  private readonly indexed: IndexColumnWriter;
  private readonly titles: string[] = [];
  private readonly summaries: string[] = [];
  private readonly quoteTexts: string[] = [];
  private readonly quoteDropCaps: number[] = [];
  private readonly noteTexts: string[] = [];
  private noteOf: Int32Array;
  // Filled by push: structured clone sends holey arrays slowly, as sparse ones.
  private readonly rest: EventColumns["rest"] = [];

  constructor(capacity: number) {
    this.indexed = new IndexColumnWriter(capacity);
    this.noteOf = new Int32Array(capacity);
  }

  /** How many events have been written. */
  get length(): number {
    return this.indexed.length;
  }

  /** `event`'s fields; `rest` its fields without a column (`restOf`). */
  write(event: ColumnFields, rest: EventColumns["rest"][number]): void {
    const p = this.indexed.write(event);
    if (p === this.noteOf.length) this.noteOf = twice(this.noteOf);
    this.titles.push(event.title);
    this.summaries.push(event.summary);
    const { quote, note } = event;
    if (quote) {
      this.quoteTexts.push(quote.text);
      this.quoteDropCaps.push(quote.dropCap === undefined ? 0 : quote.dropCap ? 2 : 1);
    }
    this.noteOf[p] = note === undefined ? -1 : this.noteTexts.length;
    if (note !== undefined) this.noteTexts.push(note);
    this.rest.push(rest);
  }

  /** The columns of the events written, each typed array as long as their count. */
  columns(): EventColumns {
    return {
      ...this.indexed.columns(),
      titles: joinTexts(this.titles),
      summaries: joinTexts(this.summaries),
      quotes: joinTexts(this.quoteTexts),
      quoteDropCaps: Uint8Array.from(this.quoteDropCaps),
      notes: joinTexts(this.noteTexts),
      noteOf: cut(this.noteOf, this.length),
      rest: this.rest,
    };
  }
}

export function encodeEvents(events: readonly DatasetEvent[]): EventColumns {
  const n = events.length;
  const writer = new ColumnWriter(n);
  // One pass: each event is read while it is in the cache.
  for (let p = 0; p < n; p++) {
    const event = events[p] as DatasetEvent & ColumnFields;
    writer.write(event, restOf(event));
  }
  return writer.columns();
}

/** The buffers to transfer rather than copy. */
export function columnBuffers(columns: EventColumns): ArrayBuffer[] {
  const { ids, titles, summaries, startDate, endDate, approximate, places, actors, tags } = columns;
  const { quotes, quoteParagraphs, quoteDropCaps, quoteOf, notes, noteOf } = columns;
  return [
    ids.ends,
    titles.ends,
    summaries.ends,
    quotes.ends,
    quoteParagraphs,
    quoteDropCaps,
    quoteOf,
    notes.ends,
    noteOf,
    startDate,
    endDate,
    approximate,
    places,
    actors,
    tags,
  ].map((array) => array.buffer as ArrayBuffer);
}

/**
 * The events as the index holds them: in time order, with their position
 * and interval. Events with the same list of places (actors, tags) share one
 * array, and neighbours with the same interval one object, so nothing may
 * change them. `from` and `to` (time-ordered
 * positions) let the page make them a slice at a time, into `events`.
 */
export function decodeEvents(
  columns: EventColumns,
  parts: IndexParts,
  from = 0,
  to = parts.timeOrder.length,
  events: IndexedEvent[] = [],
): IndexedEvent[] {
  const { dates, lists } = columns;
  // Neighbours in time order that span the same interval (a day's events) share one object:
  // for 1,000,000 generated CSV rows, 12,000 objects instead of a million, ~100 MB less heap
  // and 1.6–1.9 → 1.2–1.4 s to decode and link them (Node).
  let interval: Interval = events[events.length - 1]?.interval ?? {
    start: Number.NaN,
    end: Number.NaN,
  };
  for (let order = from; order < to; order++) {
    const p = parts.timeOrder[order] ?? 0;
    const id = textAt(columns.ids, p);
    const title = textAt(columns.titles, p);
    const start = dates[columns.startDate[p] ?? 0] as string;
    const places = lists[columns.places[p] ?? 0] as string[];
    const actors = lists[columns.actors[p] ?? 0] as string[];
    const tags = lists[columns.tags[p] ?? 0] as string[];
    const summary = textAt(columns.summaries, p);
    const intervalStart = parts.starts[order] ?? 0;
    const intervalEnd = parts.ends[order] ?? 0;
    if (interval.start !== intervalStart || interval.end !== intervalEnd)
      interval = { start: intervalStart, end: intervalEnd };
    const endDate = columns.endDate[p] ?? -1;
    const end = endDate < 0 ? undefined : dates[endDate];
    const approximateCode = columns.approximate[p] ?? 0;
    const approximate = approximateCode === 0 ? undefined : approximateCode === 2;
    // One whole literal per shape, so each event is allocated at once with
    // its fields inside it: adding them one by one costs the page more.
    let event: IndexedEvent;
    if (end === undefined && approximate === undefined) {
      event = { id, title, start, places, actors, tags, summary, order, interval };
    } else if (approximate === undefined) {
      event = { id, title, start, end, places, actors, tags, summary, order, interval };
    } else if (end === undefined) {
      event = { id, title, start, approximate, places, actors, tags, summary, order, interval };
    } else {
      event = {
        id,
        title,
        start,
        end,
        approximate,
        places,
        actors,
        tags,
        summary,
        order,
        interval,
      };
    }
    // In the schema's order, as the event was given: quote, note, then the rest.
    const quote = columns.quoteOf[p] ?? -1;
    if (quote >= 0) event.quote = quoteAt(columns, quote);
    const note = columns.noteOf[p] ?? -1;
    if (note >= 0) event.note = textAt(columns.notes, note);
    const rest = columns.rest[p];
    events.push(rest ? Object.assign(event, rest) : event);
  }
  return events;
}

function quoteAt(columns: EventColumns, q: number): Quote {
  const text = textAt(columns.quotes, q);
  const paragraph = columns.quoteParagraphs[q] ?? 1;
  const dropCap = columns.quoteDropCaps[q] ?? 0;
  return dropCap === 0 ? { text, paragraph } : { text, paragraph, dropCap: dropCap === 2 };
}
