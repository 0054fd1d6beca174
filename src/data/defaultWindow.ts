import type { Interval } from "./dates";
import { DAY_MS } from "./dates";
import type { DatasetIndex } from "./indexDataset";
import { type StoryExtentSource, storyExtent } from "./storyExtent";
import {
  clampWindow,
  fittedExtent,
  isShort,
  minSpanOf,
  paddedExtent,
  span,
  windowShowing,
} from "./timeWindow";

/** Share of the events the opening window must hold. */
export const DEFAULT_WINDOW_SHARE = 0.8;
/** How far beyond the core the cluster may reach, as a share of the core's span. */
const CLUSTER_REACH = 0.25;
/** The opening window is never shorter than this, unless data over more than a few days fits in less. */
const MIN_DEFAULT_SPAN = 30 * DAY_MS;

function lowerIndex(values: Float64Array, target: number): number {
  let i = 0;
  while (i < values.length - 1 && (values[i] ?? 0) < target) i++;
  return i;
}

function upperIndex(values: Float64Array, target: number): number {
  let i = values.length - 1;
  while (i > 0 && (values[i] ?? 0) > target) i--;
  return i;
}

/**
 * The window the timeline opens on: the shortest stretch of time holding the
 * starts of 75% of the events (the dense cluster, not 1945–2018), extended
 * to the events just beyond it, padded by 6% on each side, at least 30 days
 * (or all the data, when it spans less: a week of earthquakes), inside the
 * padded extent (the story's: its periods too).
 * O(n) over the time-ordered starts.
 */
export function defaultWindow(
  index: Pick<DatasetIndex, "starts" | "ends" | "extent" | "minDuration"> & StoryExtentSource,
): Interval {
  const { starts } = index;
  const n = starts.length;
  if (n === 0) {
    const now = Date.UTC(2018, 0, 1);
    return { start: now - MIN_DEFAULT_SPAN, end: now };
  }
  const take = Math.max(1, Math.ceil(n * DEFAULT_WINDOW_SHARE));
  let best = { start: starts[0] ?? 0, end: starts[take - 1] ?? 0 };
  for (let i = 1; i + take - 1 < n; i++) {
    const start = starts[i] ?? 0;
    const end = starts[i + take - 1] ?? 0;
    // Ties go to the later stretch: the story is told from the latest events.
    if (end - start <= best.end - best.start) best = { start, end };
  }
  // Events just beyond the core belong to the cluster too: extend by up to a
  // quarter of the core's span on each side (the article's April and May 2018).
  const reach = (best.end - best.start) * CLUSTER_REACH;
  let first = lowerIndex(starts, best.start);
  let last = upperIndex(starts, best.end);
  while (first > 0 && best.start - (starts[first - 1] ?? 0) <= reach) first--;
  while (last < n - 1 && (starts[last + 1] ?? 0) - best.end <= reach) last++;
  const coreStart = starts[first] ?? best.start;
  const lastStart = starts[last] ?? best.end;
  // The last event's own interval (its month, say) should fit too, within reason: up to the
  // core's reach or, where the core is one start (21 slides all dated "2013"), the shortest
  // interval starting there (it was 30 days of the year each of them fills).
  let lastEnd = lastStart;
  let shortest = Number.POSITIVE_INFINITY;
  for (let i = last; i >= 0 && (starts[i] ?? 0) === lastStart; i--) {
    lastEnd = Math.max(lastEnd, index.ends[i] ?? 0);
    shortest = Math.min(shortest, (index.ends[i] ?? 0) - lastStart);
  }
  const zoomFloor = minSpanOf(index);
  lastEnd = Math.min(lastEnd, lastStart + Math.max(reach || shortest, zoomFloor));
  const core = { start: coreStart, end: Math.max(lastEnd, coreStart + zoomFloor) };
  const pad = (core.end - core.start) * 0.06;
  let window = { start: core.start - pad, end: core.end + pad };
  const minSpan = isShort(span(index.extent), zoomFloor)
    ? MIN_DEFAULT_SPAN
    : Math.min(MIN_DEFAULT_SPAN, span(fittedExtent(index.extent, zoomFloor)));
  if (span(window) < minSpan) {
    const middle = (window.start + window.end) / 2;
    window = { start: middle - minSpan / 2, end: middle + minSpan / 2 };
  }
  return clampWindow(window, paddedExtent(storyExtent(index), zoomFloor), zoomFloor);
}

/** The window a link opens on: the default, moved to show the linked event if the default does not. */
export function openingWindow(
  index: Pick<DatasetIndex, "starts" | "ends" | "extent" | "minDuration" | "byId">,
  eventId: string | null,
): Interval {
  const fallback = defaultWindow(index);
  const event = eventId ? index.byId.get(eventId) : undefined;
  if (!event || (event.interval.end > fallback.start && event.interval.start < fallback.end)) {
    return fallback;
  }
  return windowShowing(fallback, event.interval);
}
