/**
 * Dates in the reader's language through `Intl`, at the precision the data
 * gives: "21 March 2018", "2018年3月21日", "21 марта 2018 г.", "2018年3月".
 * What `Intl` has no form for ("mid-April", "c.", a span) is a message.
 */

import {
  isDaysOfOneMonth,
  type PartialDate,
  parsePartialDate,
  partialDateInterval,
  thirdOfMonth,
  utc,
} from "../data/dates";
import { memoizeByKey } from "../store/memo";
import { type Language, LOCALE_TAGS } from "./languages";

type Style = "day" | "minute" | "month" | "year" | "monthName" | "dayOnly" | "dayMonthName";

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  // "21 March 2018 at 14:30 UTC", "2018年3月21日 14:30 UTC": the data's times are UTC, and say so.
  minute: {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
  monthName: { month: "long" },
  dayOnly: { day: "numeric" },
  dayMonthName: { day: "numeric", month: "long" },
};

/** One cached `Intl.DateTimeFormat` per language and style, in UTC like the dataset's dates. */
const dateFormat = memoizeByKey(
  (lang: Language, style: Style) =>
    new Intl.DateTimeFormat(LOCALE_TAGS[lang], { ...OPTIONS[style], timeZone: "UTC" }),
);

/** The month as it stands after a day ("марта" in Russian, not "март"). */
function monthAfterDay(lang: Language, ms: number): string {
  const part = dateFormat(lang, "dayMonthName")
    .formatToParts(ms)
    .find((p) => p.type === "month");
  return part?.value ?? dateFormat(lang, "monthName").format(ms);
}

/** A `date.*` message of the interface, formatted in one language (ICU). */
export type DateMessage = (key: `date.${string}`, values: Record<string, string>) => string;

function formatOne(
  date: PartialDate,
  approximate: boolean,
  lang: Language,
  t: DateMessage,
): string {
  const { year, month, day } = date;
  if (month === undefined) return dateFormat(lang, "year").format(utc(year));
  if (day === undefined) return dateFormat(lang, "month").format(utc(year, month - 1));
  const ms = utc(year, month - 1, day);
  if (date.precision === "minute") {
    // An approximate time ("c. 14:30") is written as the data gives it, "c." in front.
    return dateFormat(lang, "minute").format(partialDateInterval(date).start);
  }
  if (approximate) {
    const { label } = thirdOfMonth(day);
    return t(`date.${label}`, {
      monthName: monthAfterDay(lang, ms),
      monthYear: dateFormat(lang, "month").format(ms),
      year: String(year),
    });
  }
  return dateFormat(lang, "day").format(ms);
}

/**
 * A date written at the precision it has, in `lang`: "2018", "March 2018",
 * "21 March 2018", "c. mid-April 2018", "6–7 February 2018". `t` words what
 * `Intl` has no form for; the app passes i18next's, the share pages (built in
 * Node, without the app's i18n) their own formatter of the same messages.
 */
export function formatEventDateWith(
  event: { start: string; end?: string; approximate?: boolean },
  lang: Language,
  t: DateMessage,
): string {
  const start = parsePartialDate(event.start);
  if (!start) return event.start;
  const approximate = event.approximate === true;
  const end = event.end === undefined ? null : parsePartialDate(event.end);
  const approx = (date: string) => (approximate ? t("date.approximate", { date }) : date);
  if (!end || event.end === event.start) return approx(formatOne(start, approximate, lang, t));
  if (start.precision === "minute" && end.precision === "minute") {
    // Intl writes the day once where it can: "3 February 2018, 14:05 – 16:00 UTC".
    const from = partialDateInterval(start).start;
    const to = Math.max(from, partialDateInterval(end).start);
    return approx(dateFormat(lang, "minute").formatRange(from, to));
  }
  if (isDaysOfOneMonth(start, end, approximate)) {
    const ms = utc(start.year, (start.month ?? 1) - 1, start.day);
    return t("date.dayRange", {
      startDay: String(start.day),
      endDay: String(end.day),
      month: String(start.month),
      monthName: monthAfterDay(lang, ms),
      year: String(start.year),
    });
  }
  return approx(
    t("date.range", {
      start: formatOne(start, approximate, lang, t),
      end: formatOne(end, approximate, lang, t),
    }),
  );
}
