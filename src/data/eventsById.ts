/**
 * The id → event lookup of an index. Nothing needs it for the first paint,
 * and at 1,000,000 events it costs seconds of one task, so it is made on
 * first use or a slice at a time once the dataset is on screen
 * (`fillEventsById`), whichever comes first.
 */
import type { DatasetIndex, IndexedEvent } from "./indexDataset";

export class EventsById {
  private readonly map = new Map<string, IndexedEvent>();
  private filled = 0;

  constructor(private readonly events: readonly IndexedEvent[]) {}

  /** The whole map, finished here if the slices have not finished it. */
  get all(): Map<string, IndexedEvent> {
    this.fill(this.events.length);
    return this.map;
  }

  /** Adds up to `count` more events; true once the map is complete. */
  fill(count: number): boolean {
    const end = Math.min(this.events.length, this.filled + count);
    for (let i = this.filled; i < end; i++) {
      const event = this.events[i] as IndexedEvent;
      this.map.set(event.id, event);
    }
    this.filled = end;
    return end === this.events.length;
  }
}

const lookups = new WeakMap<DatasetIndex, EventsById>();

export function registerEventsById(index: DatasetIndex, lookup: EventsById): void {
  lookups.set(index, lookup);
}

/** Adds up to `count` events to the index's id lookup; true once it is complete. */
export function fillEventsById(index: DatasetIndex, count: number): boolean {
  return lookups.get(index)?.fill(count) ?? true;
}
