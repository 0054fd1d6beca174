/**
 * A GeoJSON feature's `time`, `date`, `start`, `end` or `year`, read only as
 * what it can mean: our partial dates, an ISO date and time (with a zone: that
 * instant; without: UTC, as ours; a space for the "T" keeps the time), the
 * free-text dates StoryMapJS's reader takes ("20 July 1969", "c. 1850"), a
 * year before 1 as the other readers keep it ("44 BCE", undated), and numbers
 * as a year or epoch milliseconds. Anything else ("Spring 1943", "01.06.2018",
 * "3/8/2018") is refused with the text to show instead: `Date.parse` read
 * those as 1 January 1943 and 6 January, and "-0044" as 2044 (review 28).
 */
import { isPartialDate, utc } from "../data/dates";
import type { DatasetIssue } from "../data/issues";
import { yearBeforeOne } from "../data/yearBeforeOne";
import { readDateParts, readEpoch, readFreeDate, readTime } from "./dateParts";
import { quoted } from "./text";

export type DateKey = "time" | "date" | "start" | "end" | "year";

export type When =
  | { ok: true; date: string; approximate?: true }
  | {
      ok: false;
      problem: Pick<DatasetIssue, "code" | "params">;
      /** The date as the file writes it, or a year before 1 as the other readers write it ("44 BCE"). */
      display: string;
      /** The display is a year before 1: the page writes it in the reader's language. */
      early?: true;
    };

/**
 * Epoch milliseconds from here on (3 March 1973): below it a number is far more likely seconds
 * (1521642600), a YYYYMMDD date (20180321, as shapefiles keep dates) or a spreadsheet's day
 * number (43191), all of which read as a moment of January 1970.
 */
const EPOCH_MS_FROM = 1e11;

/** Whether a property holds anything: QGIS and geojson.io write a layer's empty attributes as null. */
export function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "string" && !value.trim());
}

export function readWhen(value: unknown, key: DateKey): When {
  if (typeof value === "number") return key === "year" ? readYear(value) : readNumber(value, key);
  const text = typeof value === "string" ? value.trim() : JSON.stringify(value);
  if (key === "year" && /^[-+]?\d+$/.test(text)) return readYear(Number(text));
  return readText(text);
}

/** `year` as a whole year: before 1 kept as the other readers keep it, after 9999 refused. */
function readYear(year: number): When {
  const written = String(year);
  const read = readDateParts({ year: written });
  if (read.ok) return { ok: true, date: read.date };
  return { ok: false, problem: read.problem, ...display(read.display ?? written, read.display) };
}

function readNumber(value: number, key: Exclude<DateKey, "year">): When {
  // A year in `date`, `start` or `end` (not `time`: USGS writes it in milliseconds).
  if (key !== "time" && Number.isInteger(value) && value >= 1 && value <= 9999) {
    return { ok: true, date: String(value).padStart(4, "0") };
  }
  const read = Math.abs(value) >= EPOCH_MS_FROM ? readEpoch(value) : null;
  if (read) return { ok: true, date: read.date };
  const written = String(value);
  return {
    ok: false,
    problem: { code: "numberNotADate", params: { value: { kind: "code", text: written } } },
    display: written,
  };
}

const display = (text: string, early: string | undefined) =>
  early ? { display: early, early: true as const } : { display: text };

/**
 * A year before 1 as a text ("-0044-03-15", "-753", "44 BCE"), read as `readWhen` reads it: not a
 * date, with the year to show ("44 BCE"); null for any other text. Our CSV template's start reads
 * one so, where it said "not a date: use YYYY…", which no year before 1 can follow (review 32).
 */
export function earlyYearText(text: string): (When & { ok: false }) | null {
  const early = yearBeforeOne(text);
  if (early === null) return null;
  const read = readYear(early);
  return read.ok ? null : read;
}

/** An ISO date and time, "T" or a space between, seconds and a zone optional. */
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** A weekday before a date ("Thu, 15 Mar 2018", as RSS and e-mail write them): says nothing more. */
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
/** A time of day after a date: "…, 10:30", "… 2:30 PM", "… 10:00:00 GMT", "… 19:00 +0900". */
const TIME_AFTER =
  /^(.*?\d),?\s+(?:at\s+)?(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[ap]\.?m\.?)?)\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

function readText(text: string): When {
  if (isPartialDate(text)) return { ok: true, date: text };
  const early = yearBeforeOne(text);
  if (early !== null) return readYear(early);
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const [, day = "", hour = "", minute = "", zone] = iso;
    const read = atMinute(day, `${hour}:${minute}`, zone);
    if (read) return read;
  }
  const plain = text.replace(WEEKDAY, "");
  const timed = TIME_AFTER.exec(plain);
  if (timed) {
    const [, dayText = "", timeText = "", zone] = timed;
    const day = readFreeDate(dayText);
    const time = readTime(timeText.replace(/(:\d{2})\.\d+/, "$1"));
    if (day && day.date.length === 10 && time) {
      const read = atMinute(day.date, time.slice(0, 5), zone);
      if (read) return { ...read, ...(day.approximate && { approximate: true }) };
    }
  } else {
    const day = readFreeDate(plain);
    if (day) return { ok: true, ...day };
  }
  // As StoryMapJS's reader says it: undated, with the text shown.
  return {
    ok: false,
    problem: { code: "ambiguousDate", params: { value: quoted(text) } },
    display: text,
  };
}

/** A day and "HH:MM": in UTC with no zone (as ours), else the instant the zone names, to the minute. */
function atMinute(day: string, time: string, zone: string | undefined): When | null {
  const minute = `${day}T${time}`;
  if (!isPartialDate(minute)) return null;
  const offset = zoneMinutes(zone);
  if (offset === 0) return { ok: true, date: minute };
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [h, m] = time.split(":").map(Number) as [number, number];
  const read = readEpoch(utc(year, month - 1, date) + (h * 60 + m - offset) * 60_000);
  return read && { ok: true, date: read.date };
}

/** "+09:00", "-0500", "+09" as minutes east of UTC; none, "Z", "UTC" and "GMT" as 0. */
function zoneMinutes(zone: string | undefined): number {
  const match = zone && /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}
