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
import { ID_PATTERN } from "./ids";
import { MAX_LENGTH } from "./limits";
import type { DatasetEvent } from "./schema";
import { isWebUrl } from "./webUrl";

type Fields = Record<string, unknown>;

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

function readDate(value: unknown): string | null {
  return typeof value === "string" && isPartialDate(value) ? value : null;
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

function readLink(value: unknown): { label: string; url: string } | null {
  if (!isPlainObject(value) || keyCount(value) !== 2) return null;
  const label = readText(value.label, MAX_LENGTH.linkLabel);
  const url = value.url;
  if (label === null || typeof url !== "string" || url.length > MAX_LENGTH.url) return null;
  return isWebUrl(url) ? { label, url } : null;
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
 * not compile until it is listed here, and "zod" is the safe first answer.
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
const READ_KEYS = keysThat("read");
const ZOD_KEYS = keysThat("zod");

/** `eventSchema.parse(raw)` for the events it is sure of; null means "ask zod". */
export function quickParseEvent(raw: unknown, handedOver = false): DatasetEvent | null {
  if (!isPlainObject(raw)) return null;
  // Keys present, to compare with all keys: an unknown key (zod drops it) or
  // one set to `undefined` (zod keeps it) leaves the count short.
  let present = REQUIRED_KEYS.length;
  for (const key of READ_KEYS) if (raw[key] !== undefined) present++;
  if (keyCount(raw) !== present) return null;
  for (const key of ZOD_KEYS) if (raw[key] !== undefined) return null;

  const id = readId(raw.id);
  const title = readText(raw.title, MAX_LENGTH.title);
  const start = readDate(raw.start);
  const summary = readSummary(raw.summary);
  const places = readOptionalList(raw.places, readId, handedOver);
  const actors = readOptionalList(raw.actors, readActor, handedOver);
  const tags = readOptionalList(raw.tags, readTag, handedOver);
  if (!id || !title || !start || summary === null || !places || !actors || !tags) return null;
  const end = raw.end === undefined ? undefined : readDate(raw.end);
  const approximate = raw.approximate;
  if (end === null || (approximate !== undefined && typeof approximate !== "boolean")) return null;

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
  if (raw.quote !== undefined) {
    const quote = readQuote(raw.quote);
    if (!quote) return null;
    event.quote = quote;
  }
  if (raw.note !== undefined) {
    const note = readText(raw.note, MAX_LENGTH.note);
    if (note === null) return null;
    event.note = note;
  }
  if (raw.links !== undefined) {
    const links = readList(raw.links, readLink);
    if (links === null) return null;
    event.links = links;
  }
  return event;
}
