/**
 * `parseDataset(unknown)`: keep what is valid, report what was dropped, never
 * mutate the input. Each problem carries a JSON path and a code with its
 * values (`events[3].start`, `notADate`, "2018-13-45"), worded where shown.
 */
import type { z } from "zod";
import { eventInterval } from "./dates";
import { isRecord } from "./isRecord";
import { type DatasetIssue, describeValue, type LeftOutItem, quotedText } from "./issues";
import { placeTokens } from "./placeTokens";
import { quickParseEvent } from "./quickEvent";
import {
  type Dataset,
  type DatasetEvent,
  type DatasetMeta,
  datasetSchema,
  eventSchema,
  metaSchema,
  type Period,
  type Place,
  periodSchema,
  placeSchema,
  type UndatedItem,
  undatedSchema,
} from "./schema";
import { SeenIds } from "./seenIds";
import { hasItems, mapsUndated } from "./storyToShow";
import { UnknownKeys } from "./unknownKeys";
import { REPORT_INPUT, zodIssues } from "./zodIssues";

export type ParseResult =
  | { ok: true; dataset: Dataset; warnings: DatasetIssue[] }
  | { ok: false; errors: DatasetIssue[] };

/** The places the dataset has: the same list when it has them all (nearly always), else a shorter copy. */
function knownPlaces(
  places: string[],
  path: string,
  placeIds: ReadonlySet<string>,
  warnings: DatasetIssue[],
): string[] {
  // A loop rather than `every`, whose callback was one more object per event to collect.
  let known = 0;
  while (known < places.length && placeIds.has(places[known] as string)) known++;
  if (known === places.length) return places;
  return places.filter((placeId, j) => {
    if (placeIds.has(placeId)) return true;
    warnings.push({
      path: `${path}.places[${j}]`,
      code: "unknownPlace",
      params: { id: quotedText(placeId, Number.POSITIVE_INFINITY) },
    });
    return false;
  });
}

/** Whether an end falls before the start's own interval (an end inside it, or after, is fine). */
function endsBeforeStart(item: Parameters<typeof eventInterval>[0]): boolean {
  return (
    item.end !== undefined && eventInterval({ start: item.end }).end <= eventInterval(item).start
  );
}

/** The warning for an end before its start, or null. */
export function endBeforeStart(
  item: Parameters<typeof eventInterval>[0],
  path: string,
): DatasetIssue | null {
  if (item.end === undefined || !endsBeforeStart(item)) return null;
  return {
    path: `${path}.end`,
    code: "endBeforeStart",
    params: { end: quotedText(item.end), start: quotedText(item.start) },
  };
}

/**
 * The items of an optional list that `schema` accepts and `check` passes
 * (given the item and its path, it returns a problem or null); a warning for
 * each of the others.
 */
const ITEM_OF = { places: "place", periods: "period" } as const;

/** An item's problems, the first of them saying that the item is left out. */
export function leftOut(issues: DatasetIssue[], item: LeftOutItem): DatasetIssue[] {
  const [first, ...rest] = issues;
  return first ? [{ ...first, leftOut: item }, ...rest] : issues;
}

function validItems<T>(
  list: unknown,
  name: "places" | "periods",
  schema: z.ZodType<T>,
  checks: Pick<EventChecks, "warnings" | "unknownKeys">,
  check: (item: T, path: string) => DatasetIssue | null,
): T[] {
  const { warnings } = checks;
  const kept: T[] = [];
  const items: unknown[] = Array.isArray(list) ? list : [];
  items.forEach((raw, i) => {
    checks.unknownKeys.note(raw, schema, `${name}[${i}]`, `${name}[]`);
    const result = schema.safeParse(raw, REPORT_INPUT);
    if (!result.success) {
      warnings.push(...leftOut(zodIssues(result.error, [name, i]), ITEM_OF[name]));
      return;
    }
    const problem = check(result.data, `${name}[${i}]`);
    if (problem) warnings.push({ ...problem, leftOut: ITEM_OF[name] });
    else kept.push(result.data);
  });
  return kept;
}

export type Seen = Pick<SeenIds, "has" | "add">;

/** For ids known to be distinct: none is a duplicate, none needs remembering. */
const NOTHING_SEEN: Seen = { has: () => false, add: () => undefined };

export interface ParseOptions {
  /**
   * The input is fresh from JSON.parse or a converter (plain arrays, nothing
   * but their items) and handed over: it may share lists with the result.
   */
  handedOver?: boolean;
  /**
   * Every id of events and undated items is distinct already (a converter's
   * `IdMaker` made them): no set of a million ids to build again.
   */
  idsDistinct?: boolean;
  /**
   * With `handedOver`: 1 at each position of `events` that holds an event
   * already in the form this check gives it (what `quickParseEvent(event,
   * true)` returns, keys in the schema's order), which is then taken as it
   * is. `DatasetBuilder.plainEvent` makes such events; the ids, places and
   * title tokens are still checked here, as for any event.
   */
  parsedEvents?: Uint8Array;
}

export function parseDataset(input: unknown, options: ParseOptions = {}): ParseResult {
  const result = parseWith(input, options, (rawEvents, checks) => {
    const events: DatasetEvent[] = [];
    const parsed = options.handedOver ? options.parsedEvents : undefined;
    rawEvents.forEach((raw, i) => {
      let event =
        parsed?.[i] === 1 ? (raw as DatasetEvent) : quickParseEvent(raw, options.handedOver);
      if (event === null) {
        checks.unknownKeys.note(raw, eventSchema, `events[${i}]`, "events[]");
        const result = eventSchema.safeParse(raw, REPORT_INPUT);
        if (!result.success) {
          checks.warnings.push(...leftOut(zodIssues(result.error, ["events", i]), "event"));
          return;
        }
        event = result.data;
      }
      const known = checkEvent(event, i, checks);
      if (known === null) return;
      if (checks.endLeftOut) {
        const { end: _, ...kept } = event;
        event = kept;
      }
      events.push(known === event.places ? event : { ...event, places: known });
    });
    return { events, count: events.length };
  });
  if (!result.ok) return result;
  const { meta, places, periods, undated } = result.dataset;
  const dataset: Dataset = { meta, places, periods, events: result.events };
  if (undated) dataset.undated = undated;
  return { ok: true, dataset, warnings: result.warnings };
}

/** What an event's own fields do not tell: its id among the others', and the places it names. */
export interface EventChecks {
  placeIds: ReadonlySet<string>;
  eventIds: Seen;
  warnings: DatasetIssue[];
  /**
   * Set by `checkEvent` for the event it checked last: its end is before its start, and the
   * caller keeps it without the end. A flag, not a second `endsBeforeStart` in each caller (two
   * dates parsed again for every event with an end) nor an object returned for every event.
   */
  endLeftOut: boolean;
  /** Keys the format does not have, said once each when the parse ends (`endParse`). */
  unknownKeys: UnknownKeys;
}

/**
 * The checks of event `i` after its own fields': a duplicate id, an end
 * before its start, unknown places and place tokens, warned of in that
 * order. The places it keeps (its own list when it names no unknown one), or
 * null if it is left out; `checks.endLeftOut` says whether its end goes.
 */
export function checkEvent(
  event: Pick<DatasetEvent, "id" | "title" | "start" | "places"> & {
    end?: string | undefined;
    approximate?: boolean | undefined;
  },
  i: number,
  checks: EventChecks,
): string[] | null {
  const { placeIds, eventIds, warnings } = checks;
  checks.endLeftOut = false;
  if (eventIds.has(event.id)) {
    warnings.push({
      leftOut: "event",
      path: `events[${i}].id`,
      code: "duplicateEventId",
      params: { id: quotedText(event.id, Number.POSITIVE_INFINITY) },
    });
    return null;
  }
  // The path is made only for a warning: a string per event was most of what this check allocated.
  // A start and an end typed the wrong way round keep the event at its start (the caller drops the
  // end, told by `endLeftOut`): the whole event was left out, and the warning did not say so.
  if (event.end !== undefined && endsBeforeStart(event)) {
    checks.endLeftOut = true;
    warnings.push({
      ...(endBeforeStart(event, `events[${i}]`) as DatasetIssue),
      code: "endBeforeStartIgnored",
    });
  }
  const known = knownPlaces(event.places, `events[${i}]`, placeIds, warnings);
  // Most titles name no place: no list of tokens to make and collect for them.
  if (event.title.includes("{")) checkTokens(event.title, i, placeIds, warnings);
  eventIds.add(event.id);
  return known;
}

function checkTokens(
  title: string,
  i: number,
  placeIds: ReadonlySet<string>,
  warnings: DatasetIssue[],
): void {
  for (const token of placeTokens(title)) {
    if (!placeIds.has(token)) {
      warnings.push({
        path: `events[${i}].title`,
        code: "unknownPlaceToken",
        params: { token: { kind: "code", text: `{${token}}` } },
      });
    }
  }
}

/** A dataset checked but for its events, which `readEvents` made into `events`. */
export type ParsedWith<E> =
  | {
      ok: true;
      dataset: Omit<Dataset, "events">;
      events: E;
      warnings: DatasetIssue[];
    }
  | Failed;

type Failed = { ok: false; errors: DatasetIssue[] };

/**
 * `parseDataset`'s checks, with its events read by `readEvents`: given the
 * events as they came, it checks each (`quickParseEvent` or zod, then
 * `checkEvent`), keeps the valid ones in its own form and says how many.
 */
export function parseWith<E>(
  input: unknown,
  options: ParseOptions,
  readEvents: (rawEvents: unknown[], checks: EventChecks) => { events: E; count: number },
): ParsedWith<E> {
  const head = checkHead(input, options);
  if (!head.ok) return head;
  const rawEvents = (input as { events: unknown[] }).events;
  const { events, count } = readEvents(rawEvents, head.checks);
  return endParse(head, (input as { undated?: unknown }).undated, events, count, rawEvents.length);
}

/** A dataset's checks up to its events: what the events are checked against. */
export interface CheckedHead {
  ok: true;
  meta: DatasetMeta;
  places: Place[];
  periods: Period[];
  checks: EventChecks;
}

/**
 * Everything `parseWith` checks before the events: the dataset's shape, its meta, places and
 * periods. The events list is only looked at for its shape, so that a list still arriving can
 * stand in as any non-empty array (`load/streamedDataset.ts`).
 */
export function checkHead(input: unknown, options: ParseOptions): CheckedHead | Failed {
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: "", code: "notAnObject", params: { value: describeValue(input) } }],
    };
  }

  const errors: DatasetIssue[] = [];
  const warnings: DatasetIssue[] = [];

  const unknownKeys = new UnknownKeys();
  unknownKeys.noteTop(input, datasetSchema.shape);
  unknownKeys.note(input.meta, metaSchema, "meta", "meta");
  const meta = metaSchema.safeParse(input.meta, REPORT_INPUT);
  if (!meta.success) errors.push(...zodIssues(meta.error, ["meta"]));

  if (!Array.isArray(input.events)) {
    errors.push({
      path: "events",
      ...(input.events === undefined
        ? { code: "eventsRequired" }
        : { code: "notAListOf", params: { list: "events", value: describeValue(input.events) } }),
    });
  } else if (input.events.length === 0 && !hasItems(input.undated)) {
    errors.push({ path: "events", code: "noEvents" });
  }
  if (input.places !== undefined && !Array.isArray(input.places)) {
    errors.push({
      path: "places",
      code: "notAListOf",
      params: { list: "places", value: describeValue(input.places) },
    });
  }
  if (input.periods !== undefined && !Array.isArray(input.periods)) {
    errors.push({
      path: "periods",
      code: "notAListOf",
      params: { list: "periods", value: describeValue(input.periods) },
    });
  }
  if (errors.length > 0 || !meta.success) return { ok: false, errors };

  const placeIds = new Set<string>();
  const places = validItems(
    input.places,
    "places",
    placeSchema,
    { warnings, unknownKeys },
    (place, path) => {
      if (placeIds.has(place.id)) {
        return {
          path: `${path}.id`,
          code: "duplicatePlaceId",
          params: { id: quotedText(place.id, Number.POSITIVE_INFINITY) },
        };
      }
      placeIds.add(place.id);
      return null;
    },
  );
  // A bad period is left out with a warning, as a bad place is.
  const periods = validItems(
    input.periods,
    "periods",
    periodSchema,
    { warnings, unknownKeys },
    endBeforeStart,
  );

  const eventIds = options.idsDistinct ? NOTHING_SEEN : new SeenIds();
  return {
    ok: true,
    meta: meta.data,
    places,
    periods,
    checks: { placeIds, eventIds, warnings, endLeftOut: false, unknownKeys },
  };
}

/** The checks after the events (the undated items'), once `count` of `given` events were kept. */
export function endParse<E>(
  head: CheckedHead,
  rawUndated: unknown,
  events: E,
  count: number,
  given: number,
): ParsedWith<E> {
  const { warnings, unknownKeys } = head.checks;
  const undated = parseUndated(rawUndated, head.checks);
  warnings.push(...unknownKeys.issues());

  if (count === 0 && !mapsUndated(undated)) {
    const error: DatasetIssue =
      given === 0
        ? { path: "events", code: "noEvents" }
        : { path: "events", code: "noValidEvents", params: { count: given } };
    return { ok: false, errors: [error, ...warnings] };
  }
  const dataset: Omit<Dataset, "events"> = {
    meta: head.meta,
    places: head.places,
    periods: head.periods,
  };
  if (undated.length > 0) dataset.undated = undated;
  return { ok: true, dataset, events, warnings };
}

/** Items without a date: checked as events are, their ids unique among events and items. */
function parseUndated(raw: unknown, checks: EventChecks): UndatedItem[] {
  const { eventIds, placeIds, warnings } = checks;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    warnings.push({
      path: "undated",
      code: "notAListOf",
      params: { list: "undated", value: describeValue(raw) },
    });
    return [];
  }
  const items: UndatedItem[] = [];
  raw.forEach((value, i) => {
    checks.unknownKeys.note(value, undatedSchema, `undated[${i}]`, "undated[]");
    const result = undatedSchema.safeParse(value, REPORT_INPUT);
    if (!result.success) {
      warnings.push(...leftOut(zodIssues(result.error, ["undated", i]), "undated"));
      return;
    }
    const item = result.data;
    if (eventIds.has(item.id)) {
      warnings.push({
        leftOut: "undated",
        path: `undated[${i}].id`,
        code: "duplicateEventId",
        params: { id: quotedText(item.id, Number.POSITIVE_INFINITY) },
      });
      return;
    }
    eventIds.add(item.id);
    const known = knownPlaces(item.places, `undated[${i}]`, placeIds, warnings);
    items.push(known === item.places ? item : { ...item, places: known });
  });
  return items;
}
