/**
 * Time ↔ pixel math for the timeline, as pure functions over plain windows.
 * D3's scale is used for ticks; everything per-frame here is arithmetic.
 */
import type { Interval } from "../data/dates";
import { DAY_MS } from "../data/dates";

/** The shortest window the timeline zooms to (the store enforces the same). */
export const MIN_SPAN_MS = DAY_MS;

export function span(window: Interval): number {
  return window.end - window.start;
}

/** x in pixels of a time in a window drawn `width` pixels wide. */
export function timeToX(window: Interval, width: number, time: number): number {
  return ((time - window.start) / span(window)) * width;
}

/** The time at pixel x in a window drawn `width` pixels wide. */
export function xToTime(window: Interval, width: number, x: number): number {
  return window.start + (x / width) * span(window);
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

/** Zoom by `factor` (> 1 zooms in) keeping `anchor` (a time) at the same pixel. */
export function zoomWindow(window: Interval, factor: number, anchor: number): Interval {
  const start = anchor - (anchor - window.start) / factor;
  const end = anchor + (window.end - anchor) / factor;
  return { start, end };
}

/** Shift a window by `delta` milliseconds. */
export function panWindow(window: Interval, delta: number): Interval {
  return { start: window.start + delta, end: window.end + delta };
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

/** A d3-zoom transform (k, x) relative to a base scale mapping `bounds` onto [0, width]. */
export interface ZoomTransformLike {
  k: number;
  x: number;
}

/** The d3-zoom transform that shows `window`, for a base scale of `bounds` over `width` px. */
export function windowToTransform(
  window: Interval,
  bounds: Interval,
  width: number,
): ZoomTransformLike {
  const k = span(bounds) / span(window);
  const x = -k * timeToX(bounds, width, window.start);
  return { k, x };
}

/** The window a d3-zoom transform shows, for a base scale of `bounds` over `width` px. */
export function transformToWindow(
  transform: ZoomTransformLike,
  bounds: Interval,
  width: number,
): Interval {
  const start = xToTime(bounds, width, -transform.x / transform.k);
  const end = xToTime(bounds, width, (width - transform.x) / transform.k);
  return { start, end };
}
