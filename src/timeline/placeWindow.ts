/**
 * Where the timeline goes when a place is selected: nowhere if one of the
 * place's shown events is in view; otherwise the smallest pan that shows the
 * nearest of them (Kunashir's one event is in 1945, far left of 2018).
 */
import type { Interval } from "../data/dates";
import type { DatasetIndex } from "../data/indexDataset";
import { windowShowing } from "../data/timeWindow";
import { passes } from "../store/selectors";

export function windowForPlace(
  index: DatasetIndex,
  placeId: string,
  mask: Uint8Array | null,
  view: Interval,
): Interval | null {
  let nearest: Interval | null = null;
  let nearestGap = Number.POSITIVE_INFINITY;
  for (const position of index.eventsByPlace.get(placeId) ?? []) {
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
