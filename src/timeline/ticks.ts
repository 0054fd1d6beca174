/**
 * Axis ticks as data (the visx habit): positions and labels computed here,
 * rendered elsewhere. All in UTC, like the dataset's dates.
 */

import { utcDay, utcMonth, utcTicks, utcYear } from "d3-time";
import { DAY_MS, type Interval } from "../data/dates";
import { DATED } from "../data/timeWindow";
import { type Language, LOCALE_TAGS } from "../i18n/languages";
import { memoizeByKey } from "../store/memo";
import { labelWidth } from "./chWidth";
import { timeToX } from "./timeScale";

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** A year boundary (or a month boundary in views under a year): drawn stronger. */
  major: boolean;
  /** The first tick's label names its year or day too ("Feb 2018", "3 Feb, 14:00"). */
  context?: true;
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
  const count = Math.max(2, Math.floor(width / spacing));
  // d3-time's own ticks, as a d3-scale time scale gives them: that scale brought d3-time-format
  // (its default tick format, unused here) into the first load, ~4 KB gzipped.
  // None before year 1, which the timeline never shows (`DATED`): its first tick was labelled "0",
  // a year the calendar has not (review 17).
  const dates = utcTicks(new Date(window.start), new Date(window.end), count).filter(
    (date) => +date >= DATED.start,
  );
  const underAYear = window.end - window.start < 366 * DAY_MS;
  return dates.map((date, i) => {
    const isYear = +utcYear(date) === +date;
    const isMonth = +utcMonth(date) === +date;
    const text = label(date, i === 0, lang);
    return {
      time: +date,
      x: timeToX(window, width, +date),
      label: text,
      major: isYear || (underAYear && isMonth),
      ...(i === 0 && text !== label(date, false, lang) && { context: true as const }),
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
/** Least free px between two labels: less, and "11 февр.18 февр." reads as one. */
const LABEL_GAP = 6;

/**
 * Every how many ticks a label fits, with LABEL_GAP after the widest (the first's aside):
 * weekly ticks 45 px apart on a phone in Russian drew "11 февр." 3 px from "18 февр.".
 */
function labelEvery(ticks: readonly Tick[], fontPx: number): number {
  let pitch = Number.POSITIVE_INFINITY;
  let widest = 0;
  for (let i = 1; i < ticks.length; i++) {
    pitch = Math.min(pitch, (ticks[i]?.x ?? 0) - (ticks[i - 1]?.x ?? 0));
    widest = Math.max(widest, labelWidth(ticks[i]?.label ?? "", fontPx));
  }
  return Math.max(1, Math.ceil((widest + LABEL_GAP) / pitch));
}

/**
 * Each tick's number in its step counted from a fixed date (months from year 0 where ticks fall
 * on months or years, else steps from 1970), so the ticks that keep a label stay the same while
 * the view pans. The step is the widest between ticks: d3's two-day ticks go 31 → 1 in a day.
 */
function tickNumbers(ticks: readonly Tick[]): number[] {
  const months =
    ticks.length > 1 && ticks.every((tick) => +utcMonth(new Date(tick.time)) === tick.time);
  const at = ticks.map(({ time }) => {
    const date = new Date(time);
    return months ? date.getUTCFullYear() * 12 + date.getUTCMonth() : time;
  });
  let step = 1;
  for (let i = 1; i < at.length; i++) step = Math.max(step, (at[i] ?? 0) - (at[i - 1] ?? 0));
  return at.map((value) => Math.round(value / step));
}

/** 3 where a year begins, 2 a month, 1 a day, else 0: the largest unit a tick's label names. */
function unit(time: number): number {
  const date = new Date(time);
  if (+utcDay(date) < time) return 0;
  if (+utcMonth(date) < time) return 1;
  return +utcYear(date) < time ? 2 : 3;
}

/**
 * The detail axis's labels, each just right of its tick, none past 0 or `width` by its
 * estimated width at `fontPx` (labelWidth): the last tick's "22 апр." ran 18 px past the
 * right edge at 1280 in Russian. Where labels would come closer than LABEL_GAP, only every
 * second (third…) tick keeps one, and the first where it names the year or day; every tick
 * keeps its line. A label that would cross an edge moves inside while its tick stays under its
 * first half; one that would still come too near a label already placed is left out, as a label
 * half off its tick, or run into its neighbour, misreads. Labels that name a new year, month or
 * day (larger units first) are placed before the first's and the others: "4 Feb" dropped after
 * "3 Feb, 18:00" left "06:00" reading as on 3 February. The view's first label names its day
 * (year) or a larger unit: a bare hour (month) before a new day's (year's) is left out.
 */
export function axisLabels(ticks: readonly Tick[], width: number, fontPx: number): AxisLabel[] {
  const every = labelEvery(ticks, fontPx);
  const numbers = every > 1 ? tickNumbers(ticks) : [];
  const units = ticks.map((tick) => unit(tick.time));
  const least = Math.min(...units);
  // Boundaries by their unit + 1, then the first's context, then the rest.
  const rank = (i: number) =>
    (units[i] ?? 0) > least ? (units[i] ?? 0) + 1 : ticks[i]?.context ? 1 : 0;
  const order = ticks
    .map((_, i) => i)
    .filter((i) => rank(i) || !((numbers[i] ?? 0) % every))
    .sort((a, b) => rank(b) - rank(a));
  const placed: (AxisLabel & { i: number; end: number })[] = [];
  for (const i of order) {
    const tick = ticks[i];
    if (!tick) continue;
    const room = labelWidth(tick.label, fontPx);
    const wanted = tick.x + LABEL_OFFSET;
    const x = Math.max(0, Math.min(wanted, width - room));
    const end = x + room;
    if (end > width || placed.some((p) => x < p.end + LABEL_GAP && end + LABEL_GAP > p.x)) continue;
    if (x !== wanted && !(tick.x >= x - LABEL_OFFSET && tick.x <= x + room / 2)) continue;
    placed.push({ text: tick.label, x, major: tick.major, end, i });
  }
  placed.sort((a, b) => a.x - b.x);
  // A view's first label names its day or year (the first tick's does: "3 Feb, 18:00", "июль
  // 2010 г."). Where that one lost its place to a new day's (year's), a bare hour (month) before
  // it was left first: "22:00 | 4 Feb", "окт. | 2011" gave the view's left part no date. It is
  // left out, not given its day: the first tick's label, about as wide and further left, ran
  // into the new day's already. (least is 0 in a view of hours, 2 in one of months.)
  while ((placed[0]?.i ?? 0) > 0 && units[placed[0]?.i ?? 0] === least && !(least % 2))
    placed.shift();
  return placed.map(({ text, x, major }) => ({ text, x, major }));
}
