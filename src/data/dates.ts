/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and a minute in UTC as
 * `YYYY-MM-DDTHH:MM`) as the intervals they cover. Everything is computed in
 * UTC, so the reader's time zone never moves an event across a day, month or
 * year boundary.
 */

export type Precision = "year" | "month" | "day" | "minute";

export interface PartialDate {
  year: number;
  /** 1–12 */
  month?: number;
  /** 1–31 */
  day?: number;
  /** 0–23 and 0–59, UTC: a catalogue's time of day (USGS gives its earthquakes' to the millisecond). */
  hour?: number;
  minute?: number;
  precision: Precision;
}

/** A half-open interval [start, end) in UTC milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/**
 * `Date.UTC` for any year: `Date.UTC` itself reads years 0–99 as 1900–1999.
 * `month` is 0-based and may overflow, as in `Date.UTC`.
 */
export function utc(year: number, month = 0, day = 1): number {
  // `Date.UTC` allocates nothing, so it is used wherever it reads the year as given.
  const whole = Math.trunc(year);
  if (whole < 0 || whole > 99) return Date.UTC(year, month, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** Days in `month` (1–12) of the proleptic Gregorian calendar, as `Date` counts them. */
function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** The number the ASCII digits `value[from..to)` write, or -1 if any is not 0–9. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const DASH = 45;
const T = 84;
const COLON = 58;

/**
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (as
 * /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/ would match)
 * naming a real day and time, read without a regular expression or a `Date`:
 * loading 100,000 events calls it several times per event.
 */
export function parsePartialDate(value: string): PartialDate | null {
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10 && length !== 16) return null;
  const year = digitsAt(value, 0, 4);
  if (year < 1) return null;
  if (length === 4) return { year, precision: "year" };
  if (value.charCodeAt(4) !== DASH) return null;
  const month = digitsAt(value, 5, 7);
  if (month < 1 || month > 12) return null;
  if (length === 7) return { year, month, precision: "month" };
  if (value.charCodeAt(7) !== DASH) return null;
  const day = digitsAt(value, 8, 10);
  if (day < 1 || day > monthLength(year, month)) return null;
  if (length === 10) return { year, month, day, precision: "day" };
  if (value.charCodeAt(10) !== T || value.charCodeAt(13) !== COLON) return null;
  const hour = digitsAt(value, 11, 13);
  const minute = digitsAt(value, 14, 16);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  return { year, month, day, hour, minute, precision: "minute" };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** The third of a month an approximate day falls in: early (1–10), mid (11–20), late (21–). */
export function thirdOfMonth(day: number): { label: "early" | "mid" | "late"; first: number } {
  if (day <= 10) return { label: "early", first: 1 };
  if (day <= 20) return { label: "mid", first: 11 };
  return { label: "late", first: 21 };
}

/**
 * The interval a partial date covers: a year is the whole year, a month the
 * whole month, a time its minute. An approximate day ("mid-April") covers its
 * third of the month, an approximate time ("c. 14:30") its hour.
 */
export function partialDateInterval(date: PartialDate, approximate = false): Interval {
  const { year, month, day, hour, minute } = date;
  if (month === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  }
  if (day === undefined) {
    return { start: utc(year, month - 1, 1), end: utc(year, month, 1) };
  }
  if (hour !== undefined && minute !== undefined) {
    const start = utc(year, month - 1, day) + hour * HOUR_MS;
    return approximate
      ? { start, end: start + HOUR_MS }
      : { start: start + minute * MINUTE_MS, end: start + (minute + 1) * MINUTE_MS };
  }
  if (approximate) {
    const { first } = thirdOfMonth(day);
    const last = first === 21 ? daysInMonth(year, month) : first + 9;
    return { start: utc(year, month - 1, first), end: utc(year, month - 1, last + 1) };
  }
  const start = utc(year, month - 1, day);
  return { start, end: start + DAY_MS };
}

/** The interval an event covers, from the start of `start` to the end of `end` (or of `start`). */
export function eventInterval(event: {
  start: string;
  end?: string;
  approximate?: boolean;
}): Interval {
  const start = parsePartialDate(event.start);
  if (!start) throw new Error(`invalid date: ${event.start}`);
  const first = partialDateInterval(start, event.approximate);
  if (event.end === undefined) return first;
  const end = parsePartialDate(event.end);
  if (!end) throw new Error(`invalid date: ${event.end}`);
  return {
    start: first.start,
    end: Math.max(first.end, partialDateInterval(end, event.approximate).end),
  };
}

/** "14:30": a time as the data writes it (UTC). */
export function clockTime(date: PartialDate): string {
  const two = (n = 0) => String(n).padStart(2, "0");
  return `${two(date.hour)}:${two(date.minute)}`;
}

function formatOne(date: PartialDate, approximate: boolean): string {
  const { year, month, day } = date;
  if (month === undefined) return `${year}`;
  const monthName = MONTHS[month - 1] ?? "";
  if (day === undefined) return `${monthName} ${year}`;
  if (date.precision === "minute") return `${day} ${monthName} ${year}, ${clockTime(date)} UTC`;
  if (approximate) {
    const { label } = thirdOfMonth(day);
    // "mid-April" takes a hyphen; "early April" and "late March" do not.
    return `${label}${label === "mid" ? "-" : " "}${monthName} ${year}`;
  }
  return `${day} ${monthName} ${year}`;
}

/** Exact days of one month ("6–7 February 2018"), written as one range with the month once. */
export function isDaysOfOneMonth(
  start: PartialDate,
  end: PartialDate,
  approximate: boolean,
): boolean {
  return (
    start.precision === "day" &&
    end.precision === "day" &&
    !approximate &&
    start.year === end.year &&
    start.month === end.month
  );
}

/**
 * A date written at the precision it has: "2018", "March 2018",
 * "21 March 2018", "c. mid-April 2018", "6–7 February 2018".
 */
export function formatEventDate(event: {
  start: string;
  end?: string;
  approximate?: boolean;
}): string {
  const start = parsePartialDate(event.start);
  if (!start) return event.start;
  const approximate = event.approximate === true;
  const prefix = approximate ? "c. " : "";
  const end = event.end === undefined ? null : parsePartialDate(event.end);
  if (!end || event.end === event.start) return prefix + formatOne(start, approximate);
  if (isDaysOfOneMonth(start, end, approximate)) {
    return `${start.day}–${end.day} ${MONTHS[(start.month ?? 1) - 1]} ${start.year}`;
  }
  return `${prefix}${formatOne(start, approximate)} – ${formatOne(end, approximate)}`;
}

/** A UTC timestamp as `YYYY-MM-DD` (the URL's window format). */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A UTC timestamp as `YYYY-MM-DDTHH:MM` (the URL's format for a window of hours). */
export function toIsoMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}
