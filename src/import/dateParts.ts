/**
 * Dates as stories write them, read into our partial dates (`YYYY`,
 * `YYYY-MM`, `YYYY-MM-DD`) at the precision given, or a sentence saying why
 * not. Years before 1 (44 BCE, or 13.8 billion years ago) are written the
 * way people write them: the timeline cannot draw them yet, so such items are
 * kept as undated with that text, which the page reads back and writes in the
 * reader's language (`src/data/earlyYear.ts`).
 */
import { daysInMonth, MONTHS } from "../data/dates";
import { describeEarlyYear } from "../data/earlyYear";
import type { DatasetIssue } from "../data/issues";
import { quoted } from "./text";

export type DateRead =
  | { ok: true; date: string; time?: string }
  | {
      ok: false;
      problem: Pick<DatasetIssue, "code" | "params">;
      field: DateField;
      display?: string;
    };

export type DateField = "year" | "month" | "day" | "time";

/** A whole number written as digits (a sign allowed), or null. */
function wholeNumber(text: string): number | null {
  if (!/^[-+]?\d+$/.test(text)) return null;
  return Number(text);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** "14:30" or "14:30:05" from a TimelineJS time ("14:30", "2:30 PM") or hour/minute/second parts. */
export function readTime(hour: string, minute = "", second = ""): string | null {
  if (hour === "") return null;
  const written = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(hour);
  if (!written) return null;
  let h = Number(written[1]);
  const m = written[2] ?? (minute || "0");
  const s = written[3] ?? second;
  const meridiem = written[4]?.toLowerCase();
  if (meridiem?.startsWith("p") && h < 12) h += 12;
  if (meridiem?.startsWith("a") && h === 12) h = 0;
  const mm = wholeNumber(m);
  const ss = s === "" ? null : wholeNumber(s);
  if (h > 23 || mm === null || mm > 59 || (ss !== null && ss > 59)) return null;
  return `${pad(h, 2)}:${pad(mm, 2)}${ss === null ? "" : `:${pad(ss, 2)}`}`;
}

/** Year, month and day as TimelineJS gives them (texts or numbers; month and day optional). */
export function readDateParts(parts: {
  year: string;
  month?: string;
  day?: string;
  time?: string;
}): DateRead {
  const { year: y, month: mo = "", day: d = "", time = "" } = parts;
  const year = wholeNumber(y);
  if (year === null) {
    return {
      ok: false,
      field: "year",
      problem: { code: "notAYear", params: { value: quoted(y) } },
    };
  }
  if (year < 1) {
    const display = describeEarlyYear(year);
    return {
      ok: false,
      field: "year",
      display,
      // The year, not the text: the page writes it in the reader's language.
      problem: { code: "beforeYearOne", params: { year: { kind: "earlyYear", year } } },
    };
  }
  if (year > 9999) {
    return {
      ok: false,
      field: "year",
      problem: { code: "afterYear9999", params: { value: quoted(y) } },
    };
  }
  let date = pad(year, 4);
  if (mo === "") {
    if (d !== "") {
      return {
        ok: false,
        field: "day",
        problem: { code: "dayNeedsMonth", params: { day: quoted(d) } },
      };
    }
    return { ok: true, date };
  }
  const month = wholeNumber(mo);
  if (month === null || month < 1 || month > 12) {
    return {
      ok: false,
      field: "month",
      problem: { code: "notAMonth", params: { value: quoted(mo) } },
    };
  }
  date += `-${pad(month, 2)}`;
  if (d === "") return { ok: true, date };
  const day = wholeNumber(d);
  if (day === null || day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      field: "day",
      problem: {
        code: "notADayOf",
        params: { value: quoted(d), month: { kind: "month", year, month } },
      },
    };
  }
  date += `-${pad(day, 2)}`;
  if (time === "") return { ok: true, date };
  const readable = readTime(time);
  // A time we cannot read loses nothing that matters: the day stands.
  return readable ? { ok: true, date, time: readable } : { ok: true, date };
}

const MONTH_NAMES = new Map<string, number>();
MONTHS.forEach((name, i) => {
  MONTH_NAMES.set(name.toLowerCase(), i + 1);
  MONTH_NAMES.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTH_NAMES.set("sept", 9);

function monthNamed(word: string): number | undefined {
  return MONTH_NAMES.get(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * A free-text date (StoryMapJS's `date`, a GeoJSON `date`) read only when it
 * can mean one thing: "1943", "July 1943", "20 July 1969", "July 20, 1969",
 * "1969-07-20", an ISO timestamp, "c. 1850". "03/04/2018" (which order?) or
 * "Aug 23" (which year?) are not read: null, and the caller keeps the text
 * for display.
 */
export function readFreeDate(text: string): { date: string; approximate?: true } | null {
  let value = text.trim();
  let approximate = false;
  const circa = /^(c\.|ca\.|circa|about)\s*/i.exec(value);
  if (circa) {
    approximate = true;
    value = value.slice(circa[0].length);
  }
  const result = (read: DateRead) =>
    read.ok ? { date: read.date, ...(approximate && { approximate: true as const }) } : null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(value);
  if (m) return result(readDateParts({ year: m[1] ?? "", month: m[2], day: m[3] }));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (m) return result(readDateParts({ year: m[1] ?? "", month: m[2], day: m[3] }));
  m = /^([a-z]+\.?),?\s+(\d{4})$/i.exec(value);
  if (m) {
    const month = monthNamed(m[1] ?? "");
    return month ? result(readDateParts({ year: m[2] ?? "", month: String(month) })) : null;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i.exec(value);
  if (m) {
    const month = monthNamed(m[2] ?? "");
    return month
      ? result(readDateParts({ year: m[3] ?? "", month: String(month), day: m[1] }))
      : null;
  }
  m = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(value);
  if (m) {
    const month = monthNamed(m[1] ?? "");
    return month
      ? result(readDateParts({ year: m[3] ?? "", month: String(month), day: m[2] }))
      : null;
  }
  return null;
}

/** A UTC instant (epoch milliseconds, as USGS feeds give `time`) to the minute: `YYYY-MM-DDTHH:MM`. */
export function readEpoch(ms: number): { date: string } | null {
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) return null;
  return { date: date.toISOString().slice(0, 16) };
}
