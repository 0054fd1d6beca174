/**
 * `parseDataset(unknown)`: keep what is valid, report what was dropped, never
 * mutate the input. Each problem carries a JSON path and a sentence a dataset
 * author understands (`events[3].start: "2018-13-45" is not a date …`).
 */
import type { z } from "zod";
import { eventInterval } from "./dates";
import { isRecord } from "./isRecord";
import type { DatasetIssue } from "./issues";
import { placeTokens } from "./placeTokens";
import { quickParseEvent } from "./quickEvent";
import {
  type Dataset,
  type DatasetEvent,
  eventSchema,
  metaSchema,
  periodSchema,
  placeSchema,
  type UndatedItem,
  undatedSchema,
} from "./schema";
import { SeenIds } from "./seenIds";
import { describeValue, REPORT_INPUT, zodIssues } from "./zodIssues";

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
  if (places.every((placeId) => placeIds.has(placeId))) return places;
  return places.filter((placeId, j) => {
    if (placeIds.has(placeId)) return true;
    warnings.push({
      path: `${path}.places[${j}]`,
      message: `"${placeId}" is not the id of any place in this dataset`,
    });
    return false;
  });
}

/** An end that falls before the start's own interval (an end inside it, or after, is fine). */
function endBeforeStart(
  item: Parameters<typeof eventInterval>[0],
  path: string,
): DatasetIssue | null {
  if (
    item.end === undefined ||
    eventInterval({ start: item.end }).end > eventInterval(item).start
  ) {
    return null;
  }
  return { path: `${path}.end`, message: `"${item.end}" is before the start "${item.start}"` };
}

/**
 * The items of an optional list that `schema` accepts and `check` passes
 * (given the item and its path, it returns a problem or null); a warning for
 * each of the others.
 */
function validItems<T>(
  list: unknown,
  name: "places" | "periods",
  schema: z.ZodType<T>,
  warnings: DatasetIssue[],
  check: (item: T, path: string) => DatasetIssue | null,
): T[] {
  const kept: T[] = [];
  const items: unknown[] = Array.isArray(list) ? list : [];
  items.forEach((raw, i) => {
    const result = schema.safeParse(raw, REPORT_INPUT);
    if (!result.success) {
      warnings.push(...zodIssues(result.error, [name, i]));
      return;
    }
    const problem = check(result.data, `${name}[${i}]`);
    if (problem) warnings.push(problem);
    else kept.push(result.data);
  });
  return kept;
}

export interface ParseOptions {
  /** The input is fresh from JSON.parse and handed over: it may share lists with the result. */
  fromJson?: boolean;
}

export function parseDataset(input: unknown, options: ParseOptions = {}): ParseResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [
        { path: "", message: `A dataset must be a JSON object, not ${describeValue(input)}` },
      ],
    };
  }

  const errors: DatasetIssue[] = [];
  const warnings: DatasetIssue[] = [];

  const meta = metaSchema.safeParse(input.meta, REPORT_INPUT);
  if (!meta.success) errors.push(...zodIssues(meta.error, ["meta"]));

  if (!Array.isArray(input.events)) {
    errors.push({
      path: "events",
      message:
        input.events === undefined
          ? "is required: a list of events"
          : `must be a list of events, not ${describeValue(input.events)}`,
    });
  } else if (input.events.length === 0) {
    errors.push({ path: "events", message: "This dataset has no events" });
  }
  if (input.places !== undefined && !Array.isArray(input.places)) {
    errors.push({
      path: "places",
      message: `must be a list of places, not ${describeValue(input.places)}`,
    });
  }
  if (input.periods !== undefined && !Array.isArray(input.periods)) {
    errors.push({
      path: "periods",
      message: `must be a list of periods, not ${describeValue(input.periods)}`,
    });
  }
  if (errors.length > 0 || !meta.success) return { ok: false, errors };

  const placeIds = new Set<string>();
  const places = validItems(input.places, "places", placeSchema, warnings, (place, path) => {
    if (placeIds.has(place.id)) {
      return {
        path: `${path}.id`,
        message: `"${place.id}" is used by an earlier place; ids must be unique`,
      };
    }
    placeIds.add(place.id);
    return null;
  });
  // A bad period is left out with a warning, as a bad place is.
  const periods = validItems(input.periods, "periods", periodSchema, warnings, endBeforeStart);

  const events: DatasetEvent[] = [];
  const eventIds = new SeenIds();
  const rawEvents = input.events as unknown[];
  rawEvents.forEach((raw, i) => {
    let event = quickParseEvent(raw, options.fromJson);
    if (event === null) {
      const result = eventSchema.safeParse(raw, REPORT_INPUT);
      if (!result.success) {
        warnings.push(...zodIssues(result.error, ["events", i]));
        return;
      }
      event = result.data;
    }
    if (eventIds.has(event.id)) {
      warnings.push({
        path: `events[${i}].id`,
        message: `"${event.id}" is used by an earlier event; ids must be unique`,
      });
      return;
    }
    const endIssue = endBeforeStart(event, `events[${i}]`);
    if (endIssue) {
      warnings.push(endIssue);
      return;
    }
    const known = knownPlaces(event.places, `events[${i}]`, placeIds, warnings);
    for (const token of placeTokens(event.title)) {
      if (!placeIds.has(token)) {
        warnings.push({
          path: `events[${i}].title`,
          message: `{${token}} does not name a place in this dataset`,
        });
      }
    }
    eventIds.add(event.id);
    events.push(known === event.places ? event : { ...event, places: known });
  });

  const undated = parseUndated(input.undated, eventIds, placeIds, warnings);

  if (events.length === 0) {
    return {
      ok: false,
      errors: [
        {
          path: "events",
          message: `None of the ${rawEvents.length} events is valid, so there is nothing to show`,
        },
        ...warnings,
      ],
    };
  }
  const dataset: Dataset = { meta: meta.data, places, periods, events };
  if (undated.length > 0) dataset.undated = undated;
  return { ok: true, dataset, warnings };
}

/** Items without a date: checked as events are, their ids unique among events and items. */
function parseUndated(
  raw: unknown,
  eventIds: SeenIds,
  placeIds: ReadonlySet<string>,
  warnings: DatasetIssue[],
): UndatedItem[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    warnings.push({ path: "undated", message: `must be a list, not ${describeValue(raw)}` });
    return [];
  }
  const items: UndatedItem[] = [];
  raw.forEach((value, i) => {
    const result = undatedSchema.safeParse(value, REPORT_INPUT);
    if (!result.success) {
      warnings.push(...zodIssues(result.error, ["undated", i]));
      return;
    }
    const item = result.data;
    if (eventIds.has(item.id)) {
      warnings.push({
        path: `undated[${i}].id`,
        message: `"${item.id}" is used by an earlier event; ids must be unique`,
      });
      return;
    }
    eventIds.add(item.id);
    const known = knownPlaces(item.places, `undated[${i}]`, placeIds, warnings);
    items.push(known === item.places ? item : { ...item, places: known });
  });
  return items;
}
