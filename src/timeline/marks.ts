/**
 * What each event looks like, and which events a window shows, as data.
 * Shape carries meaning as well as colour: a diamond is an exact day (or time), a solid
 * bar a span with an end date, a faint bracketed bar a month or a year (the
 * interval a coarse date covers); approximate dates are dashed and softer.
 */
import type { Interval } from "../data/dates";
import { parsePartialDate } from "../data/dates";
import { passes } from "../store/selectors";
import { forEachInWindow, type IntervalIndex } from "./intervalIndex";
import { timeToX } from "./timeScale";

export type MarkKind = "point" | "span" | "period";

export function markKind(event: { start: string; end?: string; approximate?: boolean }): MarkKind {
  if (event.end !== undefined && event.end !== event.start) return "span";
  const precision = parsePartialDate(event.start)?.precision;
  if ((precision === "day" || precision === "minute") && !event.approximate) return "point";
  return "period";
}

/** Bars are never drawn narrower than this, so a day or a month stays visible and clickable. */
export const MIN_BAR_PX = 6;
/** Width of a point mark (a diamond). */
export const POINT_PX = 12;

/** Pixel extent of an event drawn in `window` at `width` px: bars keep their interval, points are centred. */
export function markExtent(
  kind: MarkKind,
  interval: Interval,
  window: Interval,
  width: number,
): { x0: number; x1: number } {
  const a = timeToX(window, width, interval.start);
  const b = timeToX(window, width, interval.end);
  const minimum = kind === "point" ? POINT_PX : MIN_BAR_PX;
  if (kind === "point" || b - a < minimum) {
    const middle = (a + b) / 2;
    return { x0: middle - minimum / 2, x1: middle + minimum / 2 };
  }
  return { x0: a, x1: b };
}

export interface VisibleSet {
  /** Shown events overlapping the window, counted per lane. */
  perLane: number[];
  total: number;
  /** Their time-ordered positions in time order, or null when there are more than the cap. */
  positions: number[] | null;
}

/**
 * Shown (filter-passing) events overlapping the window: counts always,
 * positions only up to `cap`. O(log n + visible).
 */
export function collectVisible(
  index: IntervalIndex,
  window: Interval,
  mask: Uint8Array | null,
  cap: number,
): VisibleSet {
  const perLane = new Array<number>(index.laneCount).fill(0);
  let total = 0;
  let positions: number[] | null = [];
  forEachInWindow(index, window, (position, lane) => {
    if (!passes(mask, position)) return;
    perLane[lane] = (perLane[lane] ?? 0) + 1;
    total++;
    if (positions) {
      if (positions.length < cap) positions.push(position);
      else positions = null;
    }
  });
  positions?.sort((a, b) => a - b);
  return { perLane, total, positions };
}

/** Beyond this many visible events, the timeline draws on canvas. */
export const DOM_MARK_CAP = 300;
/** The DOM is also left when one lane would hold more than one mark per this many pixels. */
export const MIN_DOM_PX_PER_MARK = 4;

export type RenderMode = "dom" | "canvas";

export function chooseRenderMode(
  visible: VisibleSet,
  width: number,
  cap = DOM_MARK_CAP,
): RenderMode {
  if (visible.positions === null || visible.total > cap) return "canvas";
  const densest = Math.max(0, ...visible.perLane);
  return densest * MIN_DOM_PX_PER_MARK > Math.max(width, 1) ? "canvas" : "dom";
}
