/**
 * Where the timeline goes when a place is selected, or the filters change:
 * nowhere if one of the events in question is in view; otherwise the smallest
 * pan that shows the nearest of them.
 */
import type { Interval } from "../data/dates";
import type { DatasetIndex } from "../data/indexDataset";
import { windowShowing } from "../data/timeWindow";
import { passes } from "../store/selectors";

/** A place's shown events (Kunashir's one event is in 1945, far left of 2018). */
export function windowForPlace(
  index: DatasetIndex,
  placeId: string,
  mask: Uint8Array | null,
  view: Interval,
): Interval | null {
  return windowForEvents(index, index.eventsByPlace.get(placeId) ?? [], mask, view);
}

/**
 * Where the timeline goes when the filters change: nowhere if an event they
 * leave is in view; otherwise to the nearest of them (by actor "Soviet
 * Union", whose one event is in 1945, from a 2016–2018 view that showed
 * "0 events in view").
 */
export function windowForFilters(
  index: DatasetIndex,
  mask: Uint8Array | null,
  view: Interval,
): Interval | null {
  if (!mask) return null;
  return windowForEvents(index, index.events.keys(), mask, view);
}

/** Nowhere if one of `positions` that passes `mask` is in view, else the smallest pan to the nearest. */
function windowForEvents(
  index: DatasetIndex,
  positions: Iterable<number>,
  mask: Uint8Array | null,
  view: Interval,
): Interval | null {
  let nearest: Interval | null = null;
  let nearestGap = Number.POSITIVE_INFINITY;
  for (const position of positions) {
    if (!passes(mask, position)) continue;
    const interval = index.events[position]?.interval;
    if (!interval) continue;
    if (interval.end > view.start && interval.start < view.end) return null;
    const gap = interval.end <= view.start ? view.start - interval.end : interval.start - view.end;
    if (gap < nearestGap) {
      nearest = interval;
      nearestGap = gap;
    }
  }
  return nearest ? windowShowing(view, nearest) : null;
}
