import { hashId } from "../data/idTable";
import type { DatasetEvent } from "../data/schema";

/**
 * The id lookup's table after events were taken out (`after[p]` -1) and put in (`inserted`, their
 * positions in `events`), the others moved to `after[p]`: what `buildIdTable` makes of `events`'
 * ids, though perhaps in other slots (lookups find the same positions). Hashing the 100,000 ids
 * again took 33–89 ms; this hashes the changed ones and those in their runs of slots.
 */
export function idTableAfter(
  last: Int32Array,
  before: readonly DatasetEvent[],
  after: Int32Array,
  events: readonly DatasetEvent[],
  inserted: readonly number[],
): Int32Array {
  if (tableSize(events.length) !== last.length) return idTableOf(events);
  const table = last.slice();
  const mask = table.length - 1;
  const home = (p: number) => hashId((before[p] as DatasetEvent).id) & mask;
  for (let p = 0; p < after.length; p++) {
    if ((after[p] as number) >= 0) continue;
    let hole = home(p);
    for (; table[hole] !== p; hole = (hole + 1) & mask) {
      if (table[hole] === -1) return idTableOf(events);
    }
    // Linear probing's deletion: later entries of the run that may move back into the hole do.
    for (let slot = (hole + 1) & mask; (table[slot] as number) >= 0; slot = (slot + 1) & mask) {
      const at = table[slot] as number;
      if (((slot - home(at)) & mask) >= ((slot - hole) & mask)) {
        table[hole] = at;
        hole = slot;
      }
    }
    table[hole] = -1;
  }
  for (let slot = 0; slot < table.length; slot++) {
    const p = table[slot] as number;
    if (p >= 0) table[slot] = after[p] as number;
  }
  for (const p of inserted) {
    const id = (events[p] as DatasetEvent).id;
    let slot = hashId(id) & mask;
    for (; (table[slot] as number) >= 0; slot = (slot + 1) & mask) {
      // An id twice: which one a lookup finds depends on the order they went in.
      if (events[table[slot] as number]?.id === id) return idTableOf(events);
    }
    table[slot] = p;
  }
  return table;
}

function tableSize(count: number): number {
  let size = 2;
  while (size < count * 2) size *= 2;
  return size;
}

/** The table as `buildIdTable` makes it from the same ids in the same order. */
export function idTableOf(events: readonly DatasetEvent[]): Int32Array {
  const table = new Int32Array(tableSize(events.length)).fill(-1);
  const mask = table.length - 1;
  events.forEach((event, p) => {
    let slot = hashId(event.id) & mask;
    while ((table[slot] as number) >= 0) slot = (slot + 1) & mask;
    table[slot] = p;
  });
  return table;
}
