/**
 * `parseDataset(unknown)`: keep what is valid, report what was dropped, never
 * mutate the input. Each problem carries a JSON path and a sentence a dataset
 * author understands (`events[3].start: "2018-13-45" is not a date …`).
 */
import type { z } from "zod";
import { eventInterval } from "./dates";
import type { DatasetIssue } from "./issues";
import { placeTokens } from "./placeTokens";
import { quickParseEvent } from "./quickEvent";
import {
  type Dataset,
  type DatasetEvent,
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

export { type DatasetIssue, formatIssue } from "./issues";

export type ParseResult =
  | { ok: true; dataset: Dataset; warnings: DatasetIssue[] }
  | { ok: false; errors: DatasetIssue[] };

type PathPart = string | number | symbol;

export function formatPath(parts: readonly PathPart[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, parts: readonly PathPart[]): unknown {
  let value = root;
  for (const part of parts) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "object") return "an object";
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  tuple: "a list",
};

function issueSentence(issue: z.core.$ZodIssue, value: unknown): string {
  // A refinement says in its own words what is missing.
  if (value === undefined) return issue.code === "custom" ? issue.message : "is required";
  if (issue.code === "invalid_type") {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    return `must be ${expected}, not ${describeValue(value)}`;
  }
  if (issue.code === "invalid_value") {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
    return `${describeValue(value)} is not allowed here: use ${issue.values.length === 1 ? allowed : `one of ${allowed}`}`;
  }
  if (issue.code === "invalid_union" && issue.message === "Invalid input") {
    return `${describeValue(value)} is not allowed here`;
  }
  if (issue.code === "unrecognized_keys") return `has unknown keys: ${issue.keys.join(", ")}`;
  if (
    (issue.code === "too_small" || issue.code === "too_big") &&
    /^Too (small|big)/.test(issue.message)
  ) {
    // zod's own wording ("Too small: expected number to be >=1") is for programmers.
    const small = issue.code === "too_small";
    const bound = `${small ? "at least" : "at most"} ${small ? issue.minimum : issue.maximum}`;
    if (Array.isArray(value)) {
      return `has ${value.length} item${value.length === 1 ? "" : "s"}: it must have ${bound}`;
    }
    if (typeof value === "string")
      return `${describeValue(value)} must be ${bound} characters long`;
    return `${describeValue(value)} is too ${small ? "small" : "big"}: it must be ${bound}`;
  }
  // Our own messages read on from the value for texts and numbers ("2018-13-45" is not a date …).
  if (value === null || typeof value !== "object")
    return `${describeValue(value)} ${issue.message}`;
  return issue.message;
}

function zodIssues(error: z.ZodError, prefix: PathPart[], root: unknown): DatasetIssue[] {
  return error.issues.map((issue) => {
    const parts = [...prefix, ...issue.path];
    return { path: formatPath(parts), message: issueSentence(issue, valueAt(root, parts)) };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

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

  const meta = metaSchema.safeParse(input.meta);
  if (!meta.success) errors.push(...zodIssues(meta.error, ["meta"], input));

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

  const places: Place[] = [];
  const placeIds = new Set<string>();
  const rawPlaces: unknown[] = Array.isArray(input.places) ? input.places : [];
  rawPlaces.forEach((raw, i) => {
    const result = placeSchema.safeParse(raw);
    if (!result.success) {
      warnings.push(...zodIssues(result.error, ["places", i], input));
      return;
    }
    if (placeIds.has(result.data.id)) {
      warnings.push({
        path: `places[${i}].id`,
        message: `"${result.data.id}" is used by an earlier place; ids must be unique`,
      });
      return;
    }
    placeIds.add(result.data.id);
    places.push(result.data);
  });

  // A bad period is left out with a warning, as a bad place is.
  const periods: Period[] = [];
  const rawPeriods: unknown[] = Array.isArray(input.periods) ? input.periods : [];
  rawPeriods.forEach((raw, i) => {
    const result = periodSchema.safeParse(raw);
    if (!result.success) {
      warnings.push(...zodIssues(result.error, ["periods", i], input));
      return;
    }
    const period = result.data;
    if (
      period.end !== undefined &&
      eventInterval({ start: period.end }).end <= eventInterval(period).start
    ) {
      warnings.push({
        path: `periods[${i}].end`,
        message: `"${period.end}" is before the start "${period.start}"`,
      });
      return;
    }
    periods.push(period);
  });

  const events: DatasetEvent[] = [];
  const eventIds = new SeenIds();
  const rawEvents = input.events as unknown[];
  rawEvents.forEach((raw, i) => {
    let event = quickParseEvent(raw, options.fromJson);
    if (event === null) {
      const result = eventSchema.safeParse(raw);
      if (!result.success) {
        warnings.push(...zodIssues(result.error, ["events", i], input));
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
    if (
      event.end !== undefined &&
      eventInterval({ start: event.end }).end <= eventInterval(event).start
    ) {
      warnings.push({
        path: `events[${i}].end`,
        message: `"${event.end}" is before the start "${event.start}"`,
      });
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
    const result = undatedSchema.safeParse(value);
    if (!result.success) {
      warnings.push(...zodIssues(result.error, ["undated", i], { undated: raw }));
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

export interface JsonParseFailure {
  message: string;
  line?: number;
  column?: number;
}

/** Where a JSON text first goes wrong, and why, in words a person editing it by hand understands. */
export function findJsonError(text: string): { offset: number; reason: string } | null {
  let i = 0;
  const shown = (offset: number) =>
    offset >= text.length ? "the end of the file" : JSON.stringify(text[offset]);
  class Stop {
    constructor(
      readonly offset: number,
      readonly reason: string,
    ) {}
  }
  const stop = (reason: string, offset = i): never => {
    const early = offset >= text.length && !reason.includes("end of the file");
    throw new Stop(offset, early ? `${reason}; the file ends too early` : reason);
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) stop("a text is not closed with a double quote");
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\n" || c === "\r") stop("a text cannot contain a line break (write \\n instead)");
      if (c !== undefined && c < " ") stop("a text cannot contain a control character");
      if (c === "\\") {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            stop("\\u must be followed by 4 hex digits");
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          stop(`"\\${next ?? ""}" is not a valid escape (write \\\\ for a backslash)`);
        }
        i += 2;
        continue;
      }
      i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      container(c === "{" ? "}" : "]");
      return;
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && /[-0-9]/.test(c) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    if (c === "'") stop("texts and names must be in double quotes, not single quotes");
    stop(
      `expected a value (a text in double quotes, a number, true, false, null, a list or an object), found ${shown(i)}`,
    );
  };
  const container = (close: "}" | "]"): void => {
    const isObject = close === "}";
    i++; // opening bracket
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      space();
      if (isObject) {
        if (text[i] === "}")
          stop('a comma before "}" leaves an empty property: remove the trailing comma');
        if (text[i] === "'") stop("names must be in double quotes, not single quotes");
        if (text[i] !== '"') stop(`expected a property name in double quotes, found ${shown(i)}`);
        string();
        space();
        if (text[i] !== ":") stop(`expected ":" after the property name, found ${shown(i)}`);
        i++;
      } else if (text[i] === "]") {
        stop('a comma before "]" leaves an empty item: remove the trailing comma');
      }
      value();
      space();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      stop(
        `expected "," or "${close}" after ${isObject ? "a property" : "an item"}, found ${shown(i)}`,
      );
    }
  };
  try {
    space();
    value();
    space();
    if (i < text.length) stop(`unexpected ${shown(i)} after the end of the JSON value`);
    return null;
  } catch (error) {
    // Anything but a Stop (say, a stack overflow on absurd nesting): no position, then.
    return error instanceof Stop ? { offset: error.offset, reason: error.reason } : null;
  }
}

/** `JSON.parse` with the line and column of a syntax error, for people who edit JSON by hand. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: JsonParseFailure } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (text.trim() === "") {
      return { ok: false, error: { message: "The file is empty: it holds no JSON" } };
    }
    // Engines word (and place) syntax errors differently, and some give no
    // position at all, so find the error ourselves.
    const found = findJsonError(text);
    if (!found) {
      const raw = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { message: `Broken JSON: ${raw}` } };
    }
    const lines = text.slice(0, found.offset).split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines.at(-1)?.length ?? 0) + 1;
    return {
      ok: false,
      error: {
        message: `Broken JSON at line ${line}, column ${column}: ${found.reason}`,
        line,
        column,
      },
    };
  }
}
