import { EventsById } from "../data/eventsById";
import { type DatasetIndex, type IndexedEvent, indexDataset } from "../data/indexDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { eventChanges } from "./eventChanges";
import { reorderedIndex } from "./reorderedIndex";

/** The dataset a preview index was made of, and that index. */
export interface ShownPreview {
  input: Dataset;
  index: DatasetIndex;
}

/**
 * The draft's preview index, patched from the last one where the places' ids are as they were.
 * Events changed only in their texts (a title, summary or note typed) keep their place: their
 * objects are replaced and the rest shared. Events added, deleted or moved (a date, id, list or
 * quote's paragraph changed) are taken out and merged in (`reorderedIndex`). Indexing 100,000
 * realistic events afresh was ~1.8 of the 1.9 s of script that followed a pause in typing a title
 * (profiled, 7 December), and 0.7–1.4 s after a deletion or a date typed.
 */
export function previewIndex(next: Dataset, shown: ShownPreview | null): DatasetIndex {
  return (shown && patchedIndex(next, shown)) ?? indexDataset(next);
}

function patchedIndex(next: Dataset, { input, index }: ShownPreview): DatasetIndex | null {
  const { byId } = index;
  const indexed = index.dataset.events as IndexedEvent[];
  if (!(byId instanceof EventsById) || input.events.length !== indexed.length) return null;
  if (!sameIds(next.places, input.places)) return null;
  const changes = eventChanges(input.events, next.events);
  if (changes.inserted.length > 0 || next.events.length !== input.events.length) {
    if (indexed.some((event) => event.interval === undefined)) return null;
    return reorderedIndex({ ...index, byId }, input, next, changes);
  }
  let inDatasetOrder: IndexedEvent[] | null = null;
  let events: IndexedEvent[] | null = null;
  if (changes.retyped.some((i) => indexed[i]?.interval === undefined)) return null;
  for (const i of changes.retyped) {
    const old = indexed[i] as IndexedEvent;
    inDatasetOrder ??= indexed.slice();
    events ??= index.events.slice();
    // Its lists as the index had them: neighbours share them, and they are equal.
    const fresh: IndexedEvent = {
      ...(next.events[i] as DatasetEvent),
      places: old.places,
      actors: old.actors,
      tags: old.tags,
      order: old.order,
      interval: old.interval,
    };
    inDatasetOrder[i] = fresh;
    events[old.order] = fresh;
  }
  const order = inDatasetOrder ?? indexed;
  return {
    ...index,
    dataset: { ...next, events: order },
    events: events ?? index.events,
    byId: inDatasetOrder ? new EventsById(byId.table, inDatasetOrder) : byId,
    places:
      next.places === input.places ? index.places : new Map(next.places.map((p) => [p.id, p])),
  };
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((item, i) => item.id === b[i]?.id);
}
