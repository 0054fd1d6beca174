/**
 * Axis ticks as data (the visx habit): positions and labels computed here,
 * rendered elsewhere. All in UTC, like the dataset's dates.
 */

import { scaleUtc } from "d3-scale";
import { utcDay, utcMonth, utcYear } from "d3-time";
import { DAY_MS, type Interval } from "../data/dates";
import { type Language, LOCALE_TAGS } from "../i18n/languages";
import { memoizeByKey } from "../store/memo";
import { labelWidth } from "./chWidth";

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

/** A tick's label as the detail axis draws it: its text starts at `x`. */
export interface AxisLabel {
  text: string;
  x: number;
  major: boolean;
}

/** Labels start this far right of their tick line. */
const LABEL_OFFSET = 3;
/** Free px between a label moved in from an edge and the label before it. */
const LABEL_GAP = 4;

/**
 * The detail axis's labels, each just right of its tick, none past 0 or `width` by its
 * estimated width at `fontPx` (labelWidth): the last tick's "22 апр." ran 18 px past the
 * right edge at 1280 in Russian. A label that would cross an edge moves inside while its tick
 * stays under its first half and it keeps clear of the label before it; otherwise it is left
 * out (its tick line stays), as a label half off its tick, or over its neighbour, misreads.
 */
export function axisLabels(ticks: readonly Tick[], width: number, fontPx: number): AxisLabel[] {
  const labels: AxisLabel[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const tick of ticks) {
    const room = labelWidth(tick.label, fontPx);
    const wanted = tick.x + LABEL_OFFSET;
    const x = Math.max(0, Math.min(wanted, width - room));
    if (x + room > width) continue;
    if (x !== wanted) {
      const underFirstHalf = tick.x >= x - LABEL_OFFSET && tick.x <= x + room / 2;
      if (!underFirstHalf || x < previousEnd + LABEL_GAP) continue;
    }
    labels.push({ text: tick.label, x, major: tick.major });
    previousEnd = x + room;
  }
  return labels;
}
