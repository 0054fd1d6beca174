/**
 * The URL is the state people share. One table of keys, each with a decoder
 * that validates what it reads and an encoder that leaves defaults out, so a
 * shared link stays short: `/?event=lavrov-arrives-in-tokyo`.
 *
 * Decoding never throws: a bad value is dropped and described in `problems`,
 * as codes with values (`urlProblem.ts`); the page words them in its language.
 */
import {
  DAY_MS,
  type Interval,
  MINUTE_MS,
  parsePartialDate,
  partialDateInterval,
  toIsoDay,
  toIsoMinute,
} from "../data/dates";
import { ID_PATTERN } from "../data/ids";
import { MAX_LENGTH } from "../data/limits";
import { NAMING_PERSPECTIVES, type NamingPerspective } from "../data/names";
import { LANGUAGES, type Language, languageOfTag } from "../i18n/languages";
import { type OriginRule, originAllowed } from "../provenance/dataOrigins";
import { STORY_ORDERS, type StoryOrder } from "../store/storySlice";
import type { UrlKey, UrlProblem } from "./urlProblem";

export type { UrlKey, UrlProblem } from "./urlProblem";

export interface UrlState {
  event: string | null;
  place: string | null;
  /** The timeline window; null means the dataset's default window (or one from `edge`). */
  window: Interval | null;
  /**
   * A window with one bound (`?from=2018-01-01` alone): it starts or ends there and spans as long
   * as the dataset's default window (`linkWindow.ts`). Null when `window` is set or neither is.
   */
  edge: WindowEdge | null;
  names: NamingPerspective;
  /** An alternative dataset: a same-origin path or an https URL. */
  data: string | null;
  story: StoryOrder | null;
  actors: string[];
  tags: string[];
  q: string;
  /** Only the events the search `q` matches are shown (`only=1`); nothing without a `q`. */
  only: boolean;
  /** The compact layout for an iframe (`embed=1`). */
  embed: boolean;
  /**
   * A local file was on show (`file=1`): an address cannot carry the file, so a page opened at it
   * asks for the file instead of showing the site's dataset under the file's selection. Its name
   * stays out of the address (only `history.state` keeps it): file names can be private.
   */
  file: boolean;
  /** The interface language; null follows the browser. */
  lang: Language | null;
}

/** One bound of a window: where it starts (`from`, the day's start) or ends (`to`, the day's end). */
export interface WindowEdge {
  side: "from" | "to";
  at: number;
}

export const DEFAULT_URL_STATE: UrlState = {
  event: null,
  place: null,
  window: null,
  edge: null,
  names: "both",
  data: null,
  story: null,
  actors: [],
  tags: [],
  q: "",
  only: false,
  embed: false,
  file: false,
  lang: null,
};

/** Values longer than this are dropped: nothing legitimate is that long. */
export const MAX_VALUE_LENGTH = 2000;
const MAX_LIST_ITEMS = 50;
/** Longer search texts are dropped from a link, and the search box takes no more. */
export const MAX_QUERY_LENGTH = 200;

type Decoded<T> = { value: T } | { problem: UrlProblem };

interface KeySpec<T> {
  /** `raw` is still percent-encoded, so lists can split on literal commas. */
  decode: (raw: string, context: DecodeContext) => Decoded<T>;
  /** null leaves the key out of the URL. */
  encode: (value: T) => string | null;
}

export interface DecodeContext {
  /** The page's origin: `data` must be on it or use https. */
  origin: string;
  /** Where `data` may load from (the build's `DATA_ORIGINS`); by default this origin and any https one. */
  dataOrigins?: readonly OriginRule[];
}

/** `DATA_ORIGINS="self https:"`, the default setting. */
const DEFAULT_DATA_RULES: readonly OriginRule[] = [
  { kind: "self" },
  { kind: "scheme", scheme: "https:" },
];

export function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/** Commas separate list items, so they stay literal; everything else is percent-encoded. */
function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, "/").replace(/%3A/gi, ":").replace(/%20/g, "+");
}

function text(raw: string, key: UrlKey): Decoded<string> {
  const value = decodeComponent(raw);
  if (value === null) return { problem: { code: "badEncoding", key } };
  return { value };
}

const idKey = (key: "event" | "place"): KeySpec<string | null> => ({
  decode: (raw) => {
    const decoded = text(raw, key);
    if ("problem" in decoded) return decoded;
    const id = decoded.value.trim();
    // `?event=` selects nothing, and the reader is told why (review: it opened About silently).
    if (id === "") return { problem: { code: "emptyId", key } };
    if (!ID_PATTERN.test(id) || id.length > MAX_LENGTH.id) {
      return { problem: { code: "badId", key, id: shorten(id) } };
    }
    return { value: id };
  },
  encode: (value) => (value === null ? null : encodeComponent(value)),
});

const listKey = (key: "actors" | "tags"): KeySpec<string[]> => ({
  decode: (raw) => {
    const maxLength = MAX_LENGTH[key === "actors" ? "actor" : "tag"];
    const items: string[] = [];
    for (const part of raw.split(",")) {
      const item = decodeComponent(part)?.trim();
      if (item === undefined) return { problem: { code: "badEncoding", key } };
      if (item === "") continue;
      if (item.length > maxLength) return { problem: { code: "itemTooLong", key } };
      if (!items.includes(item)) items.push(item);
    }
    if (items.length > MAX_LIST_ITEMS) return { problem: { code: "tooManyItems", key } };
    return { value: items };
  },
  encode: (value) => (value.length === 0 ? null : value.map(encodeComponent).join(",")),
});

function oneOf<T extends string>(
  key: "names" | "story",
  allowed: readonly T[],
  fallback: T | null,
): KeySpec<T | null> {
  return {
    decode: (raw) => {
      const value = decodeComponent(raw);
      if (value !== null && (allowed as readonly string[]).includes(value))
        return { value: value as T };
      return { problem: { code: "notOneOf", key, allowed } };
    },
    encode: (value) => (value === fallback ? null : value),
  };
}

/** `from`/`to` are inclusive dates: `from=2016-06-01&to=2018-06-30`; each is checked on its own. */
function dateBound(raw: string, key: "from" | "to"): Decoded<number> {
  const value = decodeComponent(raw);
  if (value === null) return { problem: { code: "badEncoding", key } };
  const date = parsePartialDate(value.trim());
  if (!date) return { problem: { code: "notADate", key, value: shorten(value.trim()) } };
  const interval = partialDateInterval(date);
  return { value: key === "from" ? interval.start : interval.end };
}

export function shorten(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** A dataset address is accepted only from an origin the build allows (this origin or https by default). */
export function checkDataUrl(
  value: string,
  origin: string,
  rules: readonly OriginRule[] = DEFAULT_DATA_RULES,
): string | null {
  const checked = readDataUrl(value, origin, rules);
  return "value" in checked ? checked.value : null;
}

/** The address as given, or a problem that names the origin refused. */
function readDataUrl(
  value: string,
  origin: string,
  rules: readonly OriginRule[],
): Decoded<string | null> {
  if (value.trim() === "") return { value: null };
  let url: URL | null = null;
  try {
    url = new URL(value, `${origin}/`);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    // Where only its own dataset opens, no advice on addresses (review 27: a one-file copy, whose
    // origin is none, said "use a path on this site" of `#data=other.html`).
    return rules.length === 0
      ? { problem: { code: "dataOriginRefused", origin: shorten(value), rules: [] } }
      : { problem: { code: "badDataAddress", value: shorten(value) } };
  }
  if (originAllowed(url, origin, rules)) return { value };
  return {
    problem: {
      code: "dataOriginRefused",
      origin: url.origin === origin ? null : url.origin,
      rules: [...rules],
    },
  };
}

/** `1` or `0`; only `1` is written. */
function flagKey(key: "embed" | "file" | "only"): KeySpec<boolean> {
  return {
    decode: (raw) =>
      raw === "1" || raw === "0" ? { value: raw === "1" } : { problem: { code: "badFlag", key } },
    encode: (value) => (value ? "1" : null),
  };
}

const KEYS = {
  event: idKey("event"),
  place: idKey("place"),
  names: oneOf<NamingPerspective>("names", NAMING_PERSPECTIVES, "both"),
  story: oneOf<StoryOrder>("story", STORY_ORDERS, null),
  // A language tag as a browser gives it, too: `?lang=ja-JP` and `?lang=RU` were refused (review 32 F19).
  lang: {
    decode: (raw) => {
      const value = languageOfTag(decodeComponent(raw) ?? "");
      return value ? { value } : { problem: { code: "notOneOf", key: "lang", allowed: LANGUAGES } };
    },
    encode: (value) => value,
  } satisfies KeySpec<Language | null>,
  actors: listKey("actors"),
  tags: listKey("tags"),
  q: {
    decode: (raw) => {
      const decoded = text(raw, "q");
      if ("problem" in decoded) return decoded;
      if (decoded.value.length > MAX_QUERY_LENGTH)
        return { problem: { code: "tooLong", key: "q" } };
      return decoded;
    },
    encode: (value) => (value.trim() === "" ? null : encodeComponent(value)),
  } satisfies KeySpec<string>,
  data: {
    decode: (raw, context) => {
      const decoded = text(raw, "data");
      if ("problem" in decoded) return decoded;
      return readDataUrl(decoded.value, context.origin, context.dataOrigins ?? DEFAULT_DATA_RULES);
    },
    encode: (value) => (value === null ? null : encodeComponent(value)),
  } satisfies KeySpec<string | null>,
  only: flagKey("only"),
  embed: flagKey("embed"),
  file: flagKey("file"),
} as const;

/** The order keys appear in an encoded URL. */
const KEY_ORDER = [
  "embed",
  "data",
  "file",
  "story",
  "event",
  "place",
  "from",
  "to",
  "names",
  "actors",
  "tags",
  "q",
  "only",
  "lang",
] as const;

export interface DecodeResult {
  state: UrlState;
  /** One problem per dropped value, for a notice. */
  problems: UrlProblem[];
}

const ours = (key: string): key is UrlKey => key in KEYS || key === "from" || key === "to";

/**
 * Whether a query (with or without its `?`) names a key of ours, even with a value that will not
 * decode: `#%` or `#section-2` after a one-file copy's address is no state (address.single.ts).
 */
export function namesUrlKey(search: string): boolean {
  return search
    .replace(/^\?/, "")
    .split("&")
    .some((pair) => ours(decodeComponent(pair.split("=", 1)[0] ?? "") ?? ""));
}

/** Parse `location.search` (with or without the leading `?`). Unknown keys are ignored. */
export function decodeUrl(search: string, context: DecodeContext): DecodeResult {
  const state: UrlState = { ...DEFAULT_URL_STATE, actors: [], tags: [] };
  const problems: UrlProblem[] = [];
  const query = search.startsWith("?") ? search.slice(1) : search;
  const raw = new Map<string, string>();
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = decodeComponent(eq === -1 ? pair : pair.slice(0, eq));
    if (key === null) continue;
    // A key written twice (`?actors=japan&actors=russia`) is read once, and the reader told.
    if (raw.has(key)) {
      if (ours(key) && !problems.some((p) => p.code === "repeated" && p.key === key)) {
        problems.push({ code: "repeated", key });
      }
      continue;
    }
    raw.set(key, eq === -1 ? "" : pair.slice(eq + 1));
  }

  for (const [key, value] of raw) {
    if (value.length > MAX_VALUE_LENGTH) {
      if (ours(key)) problems.push({ code: "valueTooLong", key, length: value.length });
      raw.delete(key);
    }
  }

  const apply = <K extends keyof typeof KEYS>(key: K) => {
    const value = raw.get(key);
    if (value === undefined) return;
    const spec = KEYS[key] as KeySpec<UrlState[K]>;
    const decoded = spec.decode(value, context);
    if ("problem" in decoded) problems.push(decoded.problem);
    else state[key] = decoded.value;
  };
  apply("event");
  apply("place");
  apply("names");
  apply("story");
  apply("actors");
  apply("tags");
  apply("q");
  apply("only");
  apply("data");
  apply("file");
  apply("embed");
  apply("lang");
  if (state.data !== null && state.file) {
    state.file = false;
    problems.push({ code: "fileBesideData" });
  }
  readWindow(raw, state, problems);
  return { state, problems };
}

/**
 * `from` and `to` make the window; one alone makes an edge (the reader of `?from=2018-01-01`
 * expects the timeline to start there). A bound that is not a date is dropped and named, and the
 * other stands; a window that ends before it starts is dropped whole.
 */
function readWindow(raw: Map<string, string>, state: UrlState, problems: UrlProblem[]): void {
  const bound = (key: "from" | "to") => {
    const value = raw.get(key);
    if (value === undefined) return null;
    const decoded = dateBound(value, key);
    if ("problem" in decoded) {
      problems.push(decoded.problem);
      return null;
    }
    return decoded.value;
  };
  const start = bound("from");
  const end = bound("to");
  if (start !== null && end !== null) {
    if (start < end) state.window = { start, end };
    else {
      const shown = (key: string) => shorten(decodeComponent(raw.get(key) ?? "")?.trim() ?? "");
      problems.push({ code: "windowReversed", from: shown("from"), to: shown("to") });
    }
  } else if (start !== null) state.edge = { side: "from", at: start };
  else if (end !== null) state.edge = { side: "to", at: end };
}

/** Windows shorter than this are written to the minute: a day would be most of them, or more. */
const WINDOW_IN_MINUTES_BELOW = 2 * DAY_MS;

/** The window's inclusive first and last day, or minute when it spans hours (a catalogue's times). */
export function encodeWindow(window: Interval): { from: string; to: string } {
  if (window.end - window.start < WINDOW_IN_MINUTES_BELOW) {
    const last = Math.max(window.start, window.end - MINUTE_MS);
    return { from: toIsoMinute(window.start), to: toIsoMinute(last) };
  }
  return { from: toIsoDay(window.start), to: toIsoDay(Math.max(window.start, window.end - 1)) };
}

/** An edge as its one bound: a day, or a minute when it falls inside one. */
function encodeEdge(edge: WindowEdge): { from: string } | { to: string } {
  const inDay = edge.at % DAY_MS !== 0;
  if (edge.side === "from") return { from: inDay ? toIsoMinute(edge.at) : toIsoDay(edge.at) };
  return { to: inDay ? toIsoMinute(edge.at - MINUTE_MS) : toIsoDay(edge.at - 1) };
}

export interface EncodeDefaults {
  /** The dataset's default window: a window equal to it (to the day) is left out. */
  window: Interval | null;
}

/** The search string (`?…`, or "" when everything is at its default). */
export function encodeUrl(state: UrlState, defaults: EncodeDefaults = { window: null }): string {
  const parts: string[] = [];
  let window: { from?: string; to?: string } | null = null;
  if (state.window) {
    window = encodeWindow(state.window);
    if (defaults.window) {
      const fallback = encodeWindow(defaults.window);
      if (fallback.from === window.from && fallback.to === window.to) window = null;
    }
  } else if (state.edge) window = encodeEdge(state.edge);
  for (const key of KEY_ORDER) {
    const encoded =
      key === "from" || key === "to"
        ? (window?.[key] ?? null)
        : (KEYS[key] as KeySpec<UrlState[typeof key]>).encode(state[key]);
    if (encoded !== null) parts.push(`${key}=${encoded}`);
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}
