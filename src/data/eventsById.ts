/**
 * The id → event lookup of an index: the worker's hash table of dataset
 * positions (`idTable.ts`), read against the events themselves.
 */
import { findId } from "./idTable";
import type { IndexedEvent } from "./indexDataset";

/** What the app asks of the lookup: a `Map` of the events answers it too. */
export interface EventLookup {
  get(id: string): IndexedEvent | undefined;
  has(id: string): boolean;
}

export class EventsById implements EventLookup {
  constructor(
    /** The hash table of dataset positions: another lookup over the same ids may share it. */
    readonly table: Int32Array,
    /** The events by dataset position, as the table holds them. */
    private readonly inDatasetOrder: readonly IndexedEvent[],
  ) {}

  get(id: string): IndexedEvent | undefined {
    const events = this.inDatasetOrder;
    const p = findId(this.table, id, (at) => events[at]?.id);
    return p < 0 ? undefined : events[p];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}
