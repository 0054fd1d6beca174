/**
 * What the overview's brush reads out (its aria-valuetext): the window at the
 * precision it needs. Its dates ("1 April 2018 to 9 April 2018"), or under two
 * days its times, the day written once where it can be ("1 April 2018,
 * 09:00–15:00 UTC"): a window of a few hours read in days was "1 April 2018
 * to 1 April 2018".
 */
import { DAY_MS, type Interval, toIsoDay, toIsoMinute } from "../data/dates";
import { span } from "../data/timeWindow";
import { formatEventDateIn } from "../i18n/formatDate";
import { i18n } from "../i18n/i18n";
import type { Language } from "../i18n/languages";

/** A window shorter than this is read in times: in days, its ends would name one day or the next. */
export const TIMES_UNDER_MS = 2 * DAY_MS;

const MINUTE_MS = 60_000;

/** The day of `ms` (UTC) in `lang`: "1 April 2018", "2018年4月1日". */
export function dayIn(ms: number, lang: Language): string {
  return formatEventDateIn({ start: toIsoDay(ms) }, lang);
}

/** The minute nearest `ms`, as the data writes a time ("2018-04-01T09:00"). */
function minute(ms: number): string {
  return toIsoMinute(Math.round(ms / MINUTE_MS) * MINUTE_MS);
}

/** Whether the brush reads `window` in times rather than days (a window within one day is shorter still). */
export function readsInTimes(window: Interval): boolean {
  return span(window) < TIMES_UNDER_MS;
}

/** The brush's value text for `window` in `lang`. */
export function brushValueText(window: Interval, lang: Language): string {
  if (readsInTimes(window)) {
    // The app's own wording of a span of times (Intl's range, in UTC as the data's times are).
    return formatEventDateIn({ start: minute(window.start), end: minute(window.end) }, lang);
  }
  return i18n.getFixedT(lang)("timeline.brushValue", {
    from: dayIn(window.start, lang),
    // The window is half-open: its last day is the one before its end.
    to: dayIn(window.end - 1, lang),
  });
}

/**
 * The data's first and last moments as the overview's description names them: their days, or
 * their times when the data spans under two days (in days, hours of one day read "1 April 2018 to
 * 1 April 2018").
 */
export function extentEnds(extent: Interval, lang: Language): { first: string; last: string } {
  if (readsInTimes(extent)) {
    return {
      first: formatEventDateIn({ start: minute(extent.start) }, lang),
      last: formatEventDateIn({ start: minute(extent.end) }, lang),
    };
  }
  // The extent is half-open: its last day is the one before its end.
  return { first: dayIn(extent.start, lang), last: dayIn(extent.end - 1, lang) };
}
