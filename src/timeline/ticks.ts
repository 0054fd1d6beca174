/**
 * Axis ticks as data (the visx habit): positions and labels computed here,
 * rendered elsewhere. All in UTC, like the dataset's dates.
 */
import { scaleUtc } from "d3-scale";
import { utcDay, utcHour, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";
import { DAY_MS, type Interval } from "../data/dates";

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** A year boundary (or a month boundary in views under a year): drawn stronger. */
  major: boolean;
}

const formatYear = utcFormat("%Y");
const formatMonth = utcFormat("%b");
const formatMonthYear = utcFormat("%b %Y");
const formatDay = utcFormat("%-d %b");
const formatHour = utcFormat("%H:%M");

function label(date: Date, first: boolean): string {
  if (utcHour(date) < date) return formatHour(date);
  if (utcDay(date) < date) return formatHour(date);
  if (utcMonth(date) < date) return formatDay(date);
  if (utcYear(date) < date) return first ? formatMonthYear(date) : formatMonth(date);
  return formatYear(date);
}

/** Ticks about `spacing` px apart for `window` drawn `width` px wide. */
export function timeTicks(window: Interval, width: number, spacing = 90): Tick[] {
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
      label: label(date, i === 0),
      major: isYear || (underAYear && isMonth),
    };
  });
}
