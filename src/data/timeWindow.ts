/**
 * Arithmetic over time windows (UTC ms intervals), with no pixels in it:
 * the timeline, the store and the URL all bound and move windows by these.
 */
import type { Interval } from "./dates";
import { DAY_MS, HOUR_MS, utc } from "./dates";

/** The shortest window the timeline zooms to over dates that are days at the finest. */
export const MIN_SPAN_MS = DAY_MS;
/** …and over data with times of day (the store's floor for any data). */
export const TIMED_MIN_SPAN_MS = HOUR_MS;

/** The shortest window worth zooming to: an hour where some event is shorter than a day (a time). */
export function minSpanOf(index: { minDuration: number }): number {
  return index.minDuration < DAY_MS ? TIMED_MIN_SPAN_MS : MIN_SPAN_MS;
}

export function span(window: Interval): number {
  return window.end - window.start;
}

/** Data over this span or less is shown in the month around it: a lone day, say. */
const SHORT_SPAN_MS = 3 * DAY_MS;

/**
 * The years a date is written in, 0001 to 9999 (the format's, the URL's): the timeline goes no
 * further, or a window past them was written into the address as "-000029-09" or "+010000-01",
 * which the link could not read back (review 17).
 */
export const DATED: Interval = { start: utc(1), end: utc(10_000) };

/**
 * Bounds the timeline may show: the data's extent padded by 5% of its span
 * on each side, so the first and last events are not glued to the edges, and
 * by up to 30 days (no more than half the span: a week of data stays the
 * overview's larger part), a month on each side of days over a few days.
 * `minSpan` is the model's: data with times of day is never "a lone day".
 */
export function paddedExtent(extent: Interval, minSpan = MIN_SPAN_MS): Interval {
  const length = span(extent);
  const room = isShort(length, minSpan) ? 30 * DAY_MS : Math.min(30 * DAY_MS, length / 2);
  const pad = Math.max(length * 0.05, room);
  return {
    start: Math.max(DATED.start, extent.start - pad),
    end: Math.min(DATED.end, extent.end + pad),
  };
}

/** Days over a few days or less: shown in the month around them. */
export function isShort(length: number, minSpan = MIN_SPAN_MS): boolean {
  return length <= SHORT_SPAN_MS && minSpan >= DAY_MS;
}

/**
 * What "Fit all" shows: the data's extent with 5% of its span on each side,
 * at least `minSpan` in all. Not `paddedExtent`, whose 30 days on each side
 * left a week of earthquakes (USGS's sample) a ninth of the timeline's width.
 */
export function fittedExtent(extent: Interval, minSpan = MIN_SPAN_MS): Interval {
  const pad = span(extent) * 0.05;
  const window = { start: extent.start - pad, end: extent.end + pad };
  if (span(window) >= minSpan) return window;
  const middle = (extent.start + extent.end) / 2;
  return { start: middle - minSpan / 2, end: middle + minSpan / 2 };
}

/**
 * A window kept inside `bounds` and at least `minSpan` long: too wide becomes
 * the bounds, too far left or right slides back in, keeping its span.
 */
export function clampWindow(window: Interval, bounds: Interval, minSpan = MIN_SPAN_MS): Interval {
  const width = Math.max(span(window), minSpan);
  if (width >= span(bounds)) return { start: bounds.start, end: bounds.end };
  const wanted = span(window) < minSpan ? (window.start + window.end - minSpan) / 2 : window.start;
  const start = Math.min(Math.max(wanted, bounds.start), bounds.end - width);
  return { start, end: start + width };
}

/**
 * The smallest pan of `window` that shows `target` (with a margin of 10% of
 * the window on each side); unchanged when it is already in view. A target
 * longer than the window gets its start shown.
 */
export function windowShowing(window: Interval, target: Interval): Interval {
  const width = span(window);
  const margin = width * 0.1;
  if (target.start >= window.start && target.end <= window.end) return window;
  if (target.end - target.start > width - 2 * margin || target.start < window.start) {
    const start = target.start - margin;
    return { start, end: start + width };
  }
  const end = target.end + margin;
  return { start: end - width, end };
}

/** Two windows equal to within a millisecond (d3-zoom's floating point round-trips). */
export function sameWindow(a: Interval | null, b: Interval | null, toleranceMs = 1): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.start - b.start) <= toleranceMs && Math.abs(a.end - b.end) <= toleranceMs;
}
