/**
 * The id → position lookup as a hash table in one typed array, built in the
 * dataset worker with the rest of the index and transferred, so the page
 * makes no `Map` of every id. At a million CSV rows that `Map`, filled a
 * slice at a time after the first paint, cost the page 60–240 ms tasks while
 * it grew (a trace of 3 December: each rehash copies every entry in one go)
 * and tens of MB of heap. Open addressing with linear probing, at most half full.
 */

/** FNV-1a over the id's UTF-16 code units: the same number in the worker and on the page. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The positions of `ids` (distinct) in a table twice their number or more, -1 where empty. */
export function buildIdTable(ids: readonly string[]): Int32Array {
  let size = 2;
  while (size < ids.length * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let p = 0; p < ids.length; p++) {
    let slot = hashId(ids[p] as string) & mask;
    while ((table[slot] as number) >= 0) slot = (slot + 1) & mask;
    table[slot] = p;
  }
  return table;
}

/** The position whose id (`idAt`) is `id`, or -1. */
export function findId(
  table: Int32Array,
  id: string,
  idAt: (position: number) => string | undefined,
): number {
  const mask = table.length - 1;
  for (let slot = hashId(id) & mask; ; slot = (slot + 1) & mask) {
    const p = table[slot] as number;
    if (p < 0 || idAt(p) === id) return p;
  }
}
