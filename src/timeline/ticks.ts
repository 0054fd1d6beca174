/**
 * Axis ticks as data (the visx habit): positions and labels computed here,
 * rendered elsewhere. All in UTC, like the dataset's dates.
 */

import { scaleUtc } from "d3-scale";
import { utcDay, utcMonth, utcYear } from "d3-time";
import { DAY_MS, type Interval } from "../data/dates";
import { type Language, LOCALE_TAGS } from "../i18n/languages";
import { memoizeByKey } from "../store/memo";

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** A year boundary (or a month boundary in views under a year): drawn stronger. */
  major: boolean;
}

type TickStyle = "year" | "month" | "monthYear" | "day" | "hour" | "dayHour";

const TICK_OPTIONS: Record<TickStyle, Intl.DateTimeFormatOptions> = {
  // A bare year stays a number ("2018"), as on any axis: no "年" or "г." after it.
  year: { year: "numeric" },
  month: { month: "short" },
  monthYear: { month: "short", year: "numeric" },
  day: { day: "numeric", month: "short" },
  hour: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  // The first tick of a view of hours says which day ("3 Feb, 14:00"): there may be no midnight in it.
  dayHour: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
};

const tickFormat = memoizeByKey(
  (lang: Language, style: TickStyle) =>
    new Intl.DateTimeFormat(LOCALE_TAGS[lang], { ...TICK_OPTIONS[style], timeZone: "UTC" }),
);

function format(lang: Language, style: TickStyle, date: Date): string {
  return style === "year" ? String(date.getUTCFullYear()) : tickFormat(lang, style).format(date);
}

/** A tick's label at the precision of its boundary, in the reader's language ("Mar", "3月", "мар."). */
function label(date: Date, first: boolean, lang: Language): string {
  if (utcDay(date) < date) return format(lang, first ? "dayHour" : "hour", date);
  if (utcMonth(date) < date) return format(lang, "day", date);
  if (utcYear(date) < date) return format(lang, first ? "monthYear" : "month", date);
  return format(lang, "year", date);
}

/** Ticks about `spacing` px apart for `window` drawn `width` px wide. */
export function timeTicks(
  window: Interval,
  width: number,
  spacing = 90,
  lang: Language = "en",
): Tick[] {
  if (!(width > 0) || !(window.end > window.start)) return [];
  const scale = scaleUtc().domain([window.start, window.end]).range([0, width]);
  const count = Math.max(2, Math.floor(width / spacing));
  const dates = scale.ticks(count);
  const underAYear = window.end - window.start < 366 * DAY_MS;
  return dates.map((date, i) => {
    const isYear = +utcYear(date) === +date;
    const isMonth = +utcMonth(date) === +date;
    return {
      time: +date,
      x: scale(date),
      label: label(date, i === 0, lang),
      major: isYear || (underAYear && isMonth),
    };
  });
}
