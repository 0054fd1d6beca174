/**
 * Time ↔ pixel math for the timeline, as pure functions over plain windows.
 * d3-time finds the ticks (ticks.ts); everything here is arithmetic.
 */
import type { Interval } from "../data/dates";
import { span } from "../data/timeWindow";

/** x in pixels of a time in a window drawn `width` pixels wide. */
export function timeToX(window: Interval, width: number, time: number): number {
  return ((time - window.start) / span(window)) * width;
}

/** The time at pixel x in a window drawn `width` pixels wide. */
export function xToTime(window: Interval, width: number, x: number): number {
  return window.start + (x / width) * span(window);
}

/** Zoom by `factor` (> 1 zooms in) keeping `anchor` (a time) at the same pixel. */
export function zoomWindow(window: Interval, factor: number, anchor: number): Interval {
  const start = anchor - (anchor - window.start) / factor;
  const end = anchor + (window.end - anchor) / factor;
  return { start, end };
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
