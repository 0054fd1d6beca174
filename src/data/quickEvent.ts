/**
 * A fast reader for the plain, well-formed events that make up nearly every
 * dataset: about ten times cheaper than `eventSchema.safeParse`, which costs
 * most of the load time of 100,000 events. It accepts a strict subset of what
 * the schema accepts and returns exactly what the schema would (trimmed
 * texts, default lists, keys in the schema's order); for anything else it
 * returns null and the caller asks zod, which also words the errors. The
 * tests check that promise on generated and mutated events.
 *
 * Given `handedOver`, lists already in their final form are kept rather than
 * copied: allocating 300,000 short lists is a good part of the cost. Only for
 * input fresh from JSON.parse or a converter, and handed over: their arrays
 * carry nothing but their items, and no one else will change them.
 */
import { isPartialDate } from "./dates";
import type { ColumnFields } from "./eventColumns";
import { ID_PATTERN } from "./ids";
import { MAX_LENGTH } from "./limits";
import type { DatasetEvent, Quote } from "./schema";
import { isWebUrl } from "./webUrl";

type Fields = Record<string, unknown>;
type Link = NonNullable<DatasetEvent["links"]>[number];

/** Only objects straight from JSON: no inherited fields, so own keys are all there is. */
function isPlainObject(value: unknown): value is Fields {
  return (
    value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** How many enumerable keys an object has, counted without making a list of them. */
function keyCount(object: Fields): number {
  let count = 0;
  for (const _ in object) count++;
  return count;
}

function readId(value: unknown): string | null {
  return typeof value === "string" && value.length <= MAX_LENGTH.id && ID_PATTERN.test(value)
    ? value
    : null;
}

/** The schema's `text(max)`: trimmed, then 1 to `max` long. */
function readText(value: unknown, max: number): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : null;
}

/** The schema's summary: trimmed, at most `max` long, and may be empty (imported items often are). */
function readSummary(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed.length <= MAX_LENGTH.summary ? trimmed : null;
}

/**
 * Dates read as valid lately. Datasets repeat their dates, and reading one
 * makes an object to collect: 7 MB of the check's 60 at 100,000 realistic
 * events (a sampling heap profile). Bounded, as a long session reads many.
 */
const validDates = new Set<string>();

function readDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (validDates.has(value)) return value;
  if (!isPartialDate(value)) return null;
  if (validDates.size >= 1 << 16) validDates.clear();
  validDates.add(value);
  return value;
}

/** `read` of each item (the list itself if `keep` and nothing changes), or null if any item fails. */
function readList<T>(value: unknown, read: (item: unknown) => T | null, keep = false): T[] | null {
  if (!Array.isArray(value)) return null;
  let out: T[] | null = keep ? null : [];
  for (let i = 0; i < value.length; i++) {
    const item = read(value[i]);
    if (item === null) return null;
    if (out === null && item !== value[i]) out = value.slice(0, i);
    out?.push(item);
  }
  return out ?? (value as T[]);
}

const readActor = (value: unknown) => readText(value, MAX_LENGTH.actor);
const readTag = (value: unknown) => readText(value, MAX_LENGTH.tag);

function readQuote(value: unknown): DatasetEvent["quote"] | null {
  if (!isPlainObject(value) || keyCount(value) !== 2) return null;
  const text = readText(value.text, MAX_LENGTH.quote);
  const paragraph = value.paragraph;
  if (text === null || !Number.isSafeInteger(paragraph) || (paragraph as number) < 1) return null;
  return { text, paragraph: paragraph as number };
}

function readLink(value: unknown): Link | null {
  if (!isPlainObject(value)) return null;
  // A link without a label is shown with the page's own word for one.
  const labelled = value.label !== undefined;
  if (keyCount(value) !== (labelled ? 2 : 1)) return null;
  const label = labelled ? readText(value.label, MAX_LENGTH.linkLabel) : undefined;
  const url = value.url;
  if (label === null || typeof url !== "string" || url.length > MAX_LENGTH.url) return null;
  if (!isWebUrl(url)) return null;
  return label === undefined ? { url } : { label, url };
}

/** A list the schema defaults to empty. */
function readOptionalList<T>(
  value: unknown,
  read: (item: unknown) => T | null,
  keep: boolean,
): T[] | null {
  return value === undefined ? [] : readList(value, read, keep);
}

const REQUIRED_KEYS = ["id", "title", "start", "summary"] as const;
type OptionalKey = Exclude<keyof DatasetEvent, (typeof REQUIRED_KEYS)[number]>;

/**
 * Every other key the schema knows, and whether this reader reads it or
 * leaves events that have it to zod. A Record: a key added to the schema does
 * not compile until it is listed here, and "zod" is the safe first answer
 * (an event with such a key fails the key count in `quickReadEvent`).
 */
const OPTIONAL_KEYS = {
  end: "read",
  approximate: "read",
  places: "read",
  actors: "read",
  tags: "read",
  quote: "read",
  note: "read",
  links: "read",
  displayDate: "zod",
  body: "zod",
  media: "zod",
  i18n: "zod",
} as const satisfies Record<OptionalKey, "read" | "zod">;

const keysThat = (answer: "read" | "zod") =>
  (Object.keys(OPTIONAL_KEYS) as OptionalKey[]).filter((key) => OPTIONAL_KEYS[key] === answer);
/** The keys this reader reads, each counted by name in `quickReadEvent`. */
export const READ_KEYS = keysThat("read");

/**
 * An event's fields as the quick reader reads them, in one object filled
 * again for each event (`checkIntoColumns.ts` writes them into columns
 * without an event object of their own).
 */
export interface QuickFields extends ColumnFields {
  links: Link[] | undefined;
}

/** A fresh object to read events into. */
export function quickFields(): QuickFields {
  return {
    id: "",
    title: "",
    start: "",
    end: undefined,
    approximate: undefined,
    places: [],
    actors: [],
    tags: [],
    summary: "",
    quote: undefined,
    note: undefined,
    links: undefined,
  };
}

/**
 * What `quickParseEvent` would return, read into `into` (true), or false for
 * "ask zod" (`into` is then left half filled). With `keepQuote`, a quote that
 * needs no change is the input's own object, its keys in the input's order.
 */
export function quickReadEvent(
  raw: unknown,
  handedOver: boolean,
  into: QuickFields,
  keepQuote = false,
): boolean {
  if (!isPlainObject(raw)) return false;
  // Keys present, to compare with all keys: an unknown key (zod drops it), a
  // key left to zod, or one set to `undefined` (zod keeps it) leaves the count
  // short, unless a required key is missing, which its read below refuses.
  // Read by name: a loop over `READ_KEYS` and `ZOD_KEYS`, twelve keyed loads
  // per event, made up most of this function's time (Node, 100,000 realistic events).
  const present =
    REQUIRED_KEYS.length +
    (raw.end !== undefined ? 1 : 0) +
    (raw.approximate !== undefined ? 1 : 0) +
    (raw.places !== undefined ? 1 : 0) +
    (raw.actors !== undefined ? 1 : 0) +
    (raw.tags !== undefined ? 1 : 0) +
    (raw.quote !== undefined ? 1 : 0) +
    (raw.note !== undefined ? 1 : 0) +
    (raw.links !== undefined ? 1 : 0);
  if (keyCount(raw) !== present) return false;

  const id = readId(raw.id);
  const title = readText(raw.title, MAX_LENGTH.title);
  const start = readDate(raw.start);
  const summary = readSummary(raw.summary);
  const places = readOptionalList(raw.places, readId, handedOver);
  const actors = readOptionalList(raw.actors, readActor, handedOver);
  const tags = readOptionalList(raw.tags, readTag, handedOver);
  if (!id || !title || !start || summary === null || !places || !actors || !tags) return false;
  const end = raw.end === undefined ? undefined : readDate(raw.end);
  const approximate = raw.approximate;
  if (end === null || (approximate !== undefined && typeof approximate !== "boolean")) return false;
  let quote: DatasetEvent["quote"];
  if (raw.quote !== undefined) {
    const read = readQuote(raw.quote);
    if (!read) return false;
    quote = keepQuote && read.text === (raw.quote as Fields).text ? (raw.quote as Quote) : read;
  }
  const note = raw.note === undefined ? undefined : readText(raw.note, MAX_LENGTH.note);
  if (note === null) return false;
  const links = raw.links === undefined ? undefined : readList(raw.links, readLink);
  if (links === null) return false;
  into.id = id;
  into.title = title;
  into.start = start;
  into.end = end;
  into.approximate = approximate;
  into.places = places;
  into.actors = actors;
  into.tags = tags;
  into.summary = summary;
  into.quote = quote;
  into.note = note;
  into.links = links;
  return true;
}

const read = quickFields();

/** `eventSchema.parse(raw)` for the events it is sure of; null means "ask zod". */
export function quickParseEvent(raw: unknown, handedOver = false): DatasetEvent | null {
  if (!quickReadEvent(raw, handedOver, read)) return null;
  const { id, title, start, end, approximate, places, actors, tags, summary } = read;
  // One whole literal per shape, keys in the schema's order: the object is
  // allocated at once, with its fields inside it.
  let event: DatasetEvent;
  if (end === undefined && approximate === undefined) {
    event = { id, title, start, places, actors, tags, summary };
  } else if (approximate === undefined) {
    event = { id, title, start, end, places, actors, tags, summary };
  } else if (end === undefined) {
    event = { id, title, start, approximate, places, actors, tags, summary };
  } else {
    event = { id, title, start, end, approximate, places, actors, tags, summary };
  }
  if (read.quote !== undefined) event.quote = read.quote;
  if (read.note !== undefined) event.note = read.note;
  if (read.links !== undefined) event.links = read.links;
  return event;
}
