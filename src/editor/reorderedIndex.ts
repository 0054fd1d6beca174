import { eventInterval, type Interval } from "../data/dates";
import { EventsById } from "../data/eventsById";
import type { DatasetIndex, FacetCount, IndexedEvent } from "../data/indexDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import type { EventChanges } from "./eventChanges";
import { facetsAfter } from "./facetsAfter";
import { idTableAfter } from "./idTableAfter";
import { placeEventsAfter } from "./placeEventsAfter";

/**
 * The last index with events taken out and put in (`changes`): an event added, deleted or re-dated.
 * What `indexDataset` sorts and parses for every event is done here for the changed ones only: the
 * kept events keep their order among themselves, so the new ones are merged in. The id table,
 * places' events and facet counts are patched the same way (`idTableAfter`, `placeEventsAfter`,
 * `facetsAfter`). Equal in what it
 * reads to `indexDataset(next)` (`previewIndex.test.ts`).
 */
export function reorderedIndex(
  index: DatasetIndex & { byId: EventsById },
  input: Dataset,
  next: Dataset,
  changes: EventChanges,
): DatasetIndex {
  const before = index.events;
  const n = next.events.length;
  const datasetAt = new Int32Array(before.length);
  (index.dataset.events as IndexedEvent[]).forEach((event, p) => {
    datasetAt[event.order] = p;
  });
  const { after, inserted } = changes;
  const retyped = new Uint8Array(n);
  for (const p of changes.retyped) retyped[p] = 1;
  const added = inserted
    .map((p) => ({ p, interval: eventInterval(next.events[p] as DatasetEvent) }))
    .sort(
      (a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end || a.p - b.p,
    );

  const events = new Array<IndexedEvent>(n);
  const inDatasetOrder = new Array<IndexedEvent>(n);
  const timeOrder = new Int32Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const movedTo = new Int32Array(before.length).fill(-1);
  const addedAt: number[] = [];
  const placed = (t: number, p: number, event: IndexedEvent) => {
    events[t] = event;
    inDatasetOrder[p] = event;
    timeOrder[t] = p;
    starts[t] = event.interval.start;
    ends[t] = event.interval.end;
  };
  let i = 0;
  let j = 0;
  for (let t = 0; t < n; t++) {
    while (i < before.length && after[datasetAt[i] as number] === -1) i++;
    const kept = i < before.length ? (before[i] as IndexedEvent) : null;
    const p = kept ? (after[datasetAt[i] as number] as number) : -1;
    const put = added[j];
    if (kept && (!put || keptFirst(kept.interval, p, put.interval, put.p))) {
      movedTo[i] = t;
      let event = kept;
      if (retyped[p]) {
        const { places, actors, tags, interval } = kept;
        event = { ...(next.events[p] as DatasetEvent), places, actors, tags, order: t, interval };
      } else if (t !== i) event = { ...kept, order: t };
      placed(t, p, event);
      i++;
    } else if (put) {
      const event = next.events[put.p] as DatasetEvent;
      placed(t, put.p, { ...event, order: t, interval: put.interval });
      addedAt.push(t);
      j++;
    }
  }

  let maxDuration = 0;
  let minDuration = Number.POSITIVE_INFINITY;
  let extentEnd = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < n; t++) {
    const duration = (ends[t] as number) - (starts[t] as number);
    maxDuration = Math.max(maxDuration, duration);
    minDuration = Math.min(minDuration, duration);
    extentEnd = Math.max(extentEnd, ends[t] as number);
  }
  const taken = input.events.filter((_, p) => after[p] === -1);
  const put = inserted.map((p) => next.events[p] as DatasetEvent);
  const facets = (names: (event: DatasetEvent) => readonly string[], last: FacetCount[]) =>
    facetsAfter(last, taken, put, names, inDatasetOrder);
  return {
    dataset: { ...next, events: inDatasetOrder },
    events,
    byId: new EventsById(
      idTableAfter(index.byId.table, input.events, after, inDatasetOrder, inserted),
      inDatasetOrder,
    ),
    places:
      next.places === input.places ? index.places : new Map(next.places.map((p) => [p.id, p])),
    eventsByPlace: placeEventsAfter(index.eventsByPlace, movedTo, events, addedAt),
    starts,
    ends,
    maxDuration,
    minDuration,
    extent: { start: n > 0 ? (starts[0] ?? 0) : 0, end: n > 0 ? extentEnd : 0 },
    actors: facets((event) => event.actors, index.actors),
    tags: facets((event) => event.tags, index.tags),
    storyOrder: storyOrderAfter(index.storyOrder, movedTo, events, timeOrder, addedAt),
  };
}

/** Whether the kept event (interval, position after) comes before the put one in time order. */
function keptFirst(a: Interval, p: number, b: Interval, q: number): boolean {
  return (
    a.start < b.start || (a.start === b.start && (a.end < b.end || (a.end === b.end && p < q)))
  );
}

/**
 * The story order with the kept events at their new time positions (`movedTo`, -1 for those taken
 * out) and the put ones merged in: quoted first by paragraph, then the others, each by position.
 */
function storyOrderAfter(
  last: Int32Array,
  movedTo: Int32Array,
  events: readonly IndexedEvent[],
  timeOrder: Int32Array,
  addedAt: readonly number[],
): Int32Array {
  // Quoted before not, then by paragraph as the columns hold it (an Int32Array), then position.
  const before = (a: number, b: number) => {
    const first = (events[a] as IndexedEvent).quote;
    const second = (events[b] as IndexedEvent).quote;
    if (!first !== !second) return first ? -1 : 1;
    const byParagraph = first && second ? (first.paragraph | 0) - (second.paragraph | 0) : 0;
    return byParagraph || (timeOrder[a] as number) - (timeOrder[b] as number);
  };
  const put = addedAt.slice().sort(before);
  const order = new Int32Array(events.length);
  let k = 0;
  let j = 0;
  for (const t of last) {
    const moved = movedTo[t] as number;
    if (moved < 0) continue;
    while (j < put.length && before(put[j] as number, moved) < 0) order[k++] = put[j++] as number;
    order[k++] = moved;
  }
  while (j < put.length) order[k++] = put[j++] as number;
  return order;
}
