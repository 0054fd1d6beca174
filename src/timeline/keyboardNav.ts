/**
 * Keyboard navigation among the shown events, as pure functions over the
 * interval index: ArrowRight/ArrowLeft step in time order through every
 * shown event (the window follows), ArrowUp/ArrowDown jump to the nearest
 * event in the lane above or below, Home/End go to the first/last event in
 * view (pressed again: the first/last of all).
 */
import type { Interval } from "../data/dates";
import { passes, stepShown } from "../store/selectors";
import { forEachInWindow, type IntervalIndex, nearestInLane } from "./intervalIndex";

export type NavAction = "next" | "previous" | "first" | "last" | "laneUp" | "laneDown";
export type TimelineKeyAction = NavAction | "zoomIn" | "zoomOut" | "select" | "clear";

export function keyAction(key: string): TimelineKeyAction | null {
  switch (key) {
    case "ArrowRight":
      return "next";
    case "ArrowLeft":
      return "previous";
    case "ArrowUp":
      return "laneUp";
    case "ArrowDown":
      return "laneDown";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "+":
    case "=":
      return "zoomIn";
    case "-":
    case "_":
      return "zoomOut";
    case "Enter":
    case " ":
      return "select";
    case "Escape":
      return "clear";
    default:
      return null;
  }
}

export interface NavContext {
  index: IntervalIndex;
  mask: Uint8Array | null;
  window: Interval;
}

function step(context: NavContext, from: number, direction: 1 | -1): number {
  return stepShown(context.index.starts.length, context.mask, from, direction);
}

/** First and last shown positions overlapping the window; -1 when none. */
export function windowBounds(context: NavContext): { first: number; last: number } {
  let first = -1;
  let last = -1;
  forEachInWindow(context.index, context.window, (position) => {
    if (!passes(context.mask, position)) return;
    if (first < 0 || position < first) first = position;
    if (position > last) last = position;
  });
  return { first, last };
}

function otherLane(context: NavContext, current: number, direction: 1 | -1): number {
  const { index, mask } = context;
  const time = index.starts[current] ?? 0;
  const accept = (position: number) => passes(mask, position);
  for (
    let lane = (index.laneOf[current] ?? 0) + direction;
    lane >= 0 && lane < index.laneCount;
    lane += direction
  ) {
    const found = nearestInLane(index, lane, time, accept);
    if (found >= 0) return found;
  }
  return current;
}

/**
 * The event focus moves to from `current` (a time-ordered position, or -1
 * when nothing has focus yet); `current` itself when there is nowhere to go.
 */
export function navigate(context: NavContext, current: number, action: NavAction): number {
  const inView = windowBounds(context);
  if (current < 0) {
    const start = action === "last" || action === "previous" ? inView.last : inView.first;
    return start >= 0 ? start : step(context, -1, 1);
  }
  switch (action) {
    case "next": {
      const next = step(context, current, 1);
      return next >= 0 ? next : current;
    }
    case "previous": {
      const previous = step(context, current, -1);
      return previous >= 0 ? previous : current;
    }
    case "first": {
      if (inView.first >= 0 && inView.first !== current) return inView.first;
      const first = step(context, -1, 1);
      return first >= 0 ? first : current;
    }
    case "last": {
      if (inView.last >= 0 && inView.last !== current) return inView.last;
      const last = step(context, context.index.starts.length, -1);
      return last >= 0 ? last : current;
    }
    case "laneUp":
      return otherLane(context, current, -1);
    case "laneDown":
      return otherLane(context, current, 1);
  }
}

/** Where the drawn events sit: their sub-rows within their lanes. */
export interface RowPlacement {
  /** Time-ordered positions drawn as buttons. */
  positions: readonly number[];
  rowOf: ReadonlyMap<number, number>;
  laneOf: ArrayLike<number>;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

/**
 * ArrowUp/ArrowDown among stacked rows: the drawn event nearest in time (0
 * for one whose interval holds the current event's start) in
 * the next row above or below that holds one (the lane's own rows first,
 * then the neighbouring lane's); -1 when `current` is not drawn or no row
 * in that direction holds an event (the caller then goes by lanes).
 */
export function rowNeighbour(placement: RowPlacement, current: number, direction: 1 | -1): number {
  const { positions, rowOf, laneOf, starts, ends } = placement;
  if (!positions.includes(current)) return -1;
  const key = (position: number) =>
    (laneOf[position] ?? 0) * 1024 + Math.min(1023, rowOf.get(position) ?? 0);
  const here = key(current);
  const time = starts[current] ?? 0;
  let bestKey = direction === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const position of positions) {
    const k = key(position);
    if (direction === 1 ? k <= here : k >= here) continue;
    const start = starts[position] ?? 0;
    const end = ends[position] ?? start;
    const distance = time < start ? start - time : time >= end ? time - end : 0;
    const closerRow = direction === 1 ? k < bestKey : k > bestKey;
    if (closerRow || (k === bestKey && distance < bestDistance)) {
      best = position;
      bestKey = k;
      bestDistance = distance;
    }
  }
  return best;
}
