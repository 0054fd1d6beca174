/**
 * The id → position lookup as a hash table in one typed array, built in the
 * dataset worker with the rest of the index and transferred, so the page
 * makes no `Map` of every id. At a million CSV rows that `Map`, filled a
 * slice at a time after the first paint, cost the page 60–240 ms tasks while
 * it grew (a trace of 3 December: each rehash copies every entry in one go)
 * and tens of MB of heap. Open addressing with linear probing, at most half full.
 */
import { type JoinedTexts, wholeText } from "./joinedTexts";

/** FNV-1a over the id's UTF-16 code units: the same number in the worker and on the page. */
export function hashId(id: string): number {
  return hashTextAt(id, 0, id.length);
}

/** `hashId(text.slice(from, to))`, without making the slice. */
export function hashTextAt(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The positions of `ids` (distinct) in a table twice their number or more, -1 where empty.
 * Hashed from the joined column, read from start to end, rather than from a million id
 * strings spread over the heap (see `computeIndexParts`).
 */
export function buildIdTable(ids: JoinedTexts): Int32Array {
  const n = ids.ends.length;
  let size = 2;
  while (size < n * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  const text = wholeText(ids);
  let from = 0;
  for (let p = 0; p < n; p++) {
    const to = ids.ends[p] as number;
    let slot = hashTextAt(text, from, to) & mask;
    while ((table[slot] as number) >= 0) slot = (slot + 1) & mask;
    table[slot] = p;
    from = to;
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
