/**
 * A dataset indexed once, when it loads, so that every per-frame question
 * (what is in this window, which events happen at this place) costs
 * O(log n + answer), not O(n).
 */
import type { Interval } from "./dates";
import { IndexColumnWriter } from "./eventColumns";
import { type EventLookup, EventsById } from "./eventsById";
import { computeIndexParts, eventsByPlaceOf, type FacetCount, type IndexParts } from "./indexParts";
import type { Dataset, DatasetEvent, Place } from "./schema";

export type { FacetCount };

/** An event with its place in time; its lists may be shared with other events, so never change them. */
export interface IndexedEvent extends DatasetEvent {
  /** Position in time order (`DatasetIndex.events`). */
  order: number;
  interval: Interval;
}

/** The numbers the worker computes (`IndexParts`, documented there), and the objects made from them here. */
export interface DatasetIndex
  extends Pick<
    IndexParts,
    "starts" | "ends" | "maxDuration" | "minDuration" | "extent" | "actors" | "tags"
  > {
  /** The dataset, its events being the indexed ones, in the dataset's order. */
  dataset: Dataset;
  /** Events in time order: start, then end, then the dataset's order. */
  events: IndexedEvent[];
  readonly byId: EventLookup;
  places: Map<string, Place>;
  /** Time-ordered positions of each place's events (views into one array: never change them). */
  eventsByPlace: ReadonlyMap<string, Int32Array>;
  /** Time-ordered positions in the order the article tells them (paragraph, then position in the dataset). */
  readonly storyOrder: Int32Array;
}

/**
 * The whole job on this thread; the dataset worker does its first half (`datasetAnswer.ts`).
 * The events are here already, so their texts are not written into columns: joining them and
 * cutting them out again was a third of the work (100,000 realistic events in Node, eight
 * alternating runs on a busy machine: 688–993 ms of CPU against 436–801; the editor's previews
 * index here after a date, id or list changes, or an event is added or deleted).
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const { events } = dataset;
  const writer = new IndexColumnWriter(events.length);
  for (const event of events) writer.write(event);
  const parts = computeIndexParts(writer.columns());
  return linkIndex(dataset, inTimeOrder(events, parts), parts);
}

/** `events` in time order, each a copy with its position and interval (as `decodeEvents` makes them). */
function inTimeOrder(events: readonly DatasetEvent[], parts: IndexParts): IndexedEvent[] {
  const { timeOrder, starts, ends } = parts;
  const indexed = new Array<IndexedEvent>(timeOrder.length);
  let interval: Interval = { start: Number.NaN, end: Number.NaN };
  for (let order = 0; order < timeOrder.length; order++) {
    const start = starts[order] ?? 0;
    const end = ends[order] ?? 0;
    // Neighbours spanning the same interval share one object, as decoded ones do.
    if (interval.start !== start || interval.end !== end) interval = { start, end };
    indexed[order] = { ...(events[timeOrder[order] ?? 0] as DatasetEvent), order, interval };
  }
  return indexed;
}

/** What `linkIndex` makes from the events, built a slice at a time by `linkEvents`. */
export interface LinkedEvents {
  inDatasetOrder: IndexedEvent[];
}

export function newLinkedEvents(count: number): LinkedEvents {
  return { inDatasetOrder: new Array(count) };
}

/** Links the time-ordered events in [from, to) to their dataset positions. */
export function linkEvents(
  events: readonly IndexedEvent[],
  parts: IndexParts,
  linked: LinkedEvents,
  from = 0,
  to = events.length,
): void {
  const { inDatasetOrder } = linked;
  for (let i = from; i < to; i++)
    inDatasetOrder[parts.timeOrder[i] ?? 0] = events[i] as IndexedEvent;
}

/**
 * The index of a dataset whose events are given apart, already indexed and
 * in time order (`parts.timeOrder`): the maps that cannot cross from the
 * worker as typed arrays. `linked` is given when the page linked the events
 * in slices already.
 */
export function linkIndex(
  dataset: Omit<Dataset, "events">,
  events: IndexedEvent[],
  parts: IndexParts,
  linked?: LinkedEvents,
): DatasetIndex {
  let done = linked;
  if (!done) {
    done = newLinkedEvents(events.length);
    linkEvents(events, parts, done);
  }
  const index: DatasetIndex = {
    dataset: { ...dataset, events: done.inDatasetOrder },
    events,
    byId: new EventsById(parts.idTable, done.inDatasetOrder),
    places: new Map(dataset.places.map((place) => [place.id, place])),
    eventsByPlace: eventsByPlaceOf(parts.placeEvents),
    starts: parts.starts,
    ends: parts.ends,
    maxDuration: parts.maxDuration,
    minDuration: parts.minDuration,
    extent: parts.extent,
    actors: parts.actors,
    tags: parts.tags,
    // As the worker sent it: a JS array of it cost 89 ms at a million events, and the story a copy back.
    storyOrder: parts.storyOrder,
  };
  return index;
}

/*
 * Hand-written rather than d3-array's bisectLeft/bisectRight: the level of
 * detail runs these per bin on every frame, and `npx tsx bench/bisect.ts`
 * (100,000 sorted starts) found ours as fast or faster: 503–870 ns per query
 * against 532–955 ns for lowerBound, 466–643 against 480–1218 for upperBound,
 * on the shared 2-core machine.
 */

/** First position whose value is >= target in a sorted array. */
export function lowerBound(
  values: ArrayLike<number>,
  target: number,
  from = 0,
  to = values.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [from, to) of ascending `values` whose value is above `target`. */
export function upperBound(
  values: ArrayLike<number>,
  target: number,
  from = 0,
  to = values.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
