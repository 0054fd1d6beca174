/**
 * Arithmetic over time windows (UTC ms intervals), with no pixels in it:
 * the timeline, the store and the URL all bound and move windows by these.
 */
import type { Interval } from "./dates";
import { DAY_MS } from "./dates";

/** The shortest window the timeline zooms to (the store enforces the same). */
export const MIN_SPAN_MS = DAY_MS;

export function span(window: Interval): number {
  return window.end - window.start;
}

/**
 * Bounds the timeline may show: the data's extent padded by 5% of its span
 * on each side (at least 30 days), so the first and last events are not
 * glued to the edges.
 */
export function paddedExtent(extent: Interval): Interval {
  const pad = Math.max(span(extent) * 0.05, 30 * DAY_MS);
  return { start: extent.start - pad, end: extent.end + pad };
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
