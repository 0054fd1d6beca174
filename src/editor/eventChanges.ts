import type { DatasetEvent } from "../data/schema";

/**
 * How a draft's events differ from the last preview's, matched by position from both ends (an
 * event added or deleted shifts those after it). Events changed only in their texts are `retyped`:
 * they keep their place in the index. The others that changed are `inserted`: their time, id,
 * lists or quote's paragraph moved them, so the index takes out the old and puts in the new.
 */
export interface EventChanges {
  /** Per position before, the position after, or -1 where the event was taken out. */
  after: Int32Array;
  /** Positions after of events not in the last index (added, or moved). */
  inserted: number[];
  /** Positions after of events with new texts only, in order. */
  retyped: number[];
}

export function eventChanges(
  before: readonly DatasetEvent[],
  next: readonly DatasetEvent[],
): EventChanges {
  const after = new Int32Array(before.length).fill(-1);
  const inserted: number[] = [];
  const retyped: number[] = [];
  // Whether before[i] is next[j] with only its texts changed; when so, it is linked.
  const keep = (i: number, j: number): boolean => {
    const a = before[i] as DatasetEvent;
    const b = next[j] as DatasetEvent;
    if (a !== b && !sameIndexFields(a, b)) return false;
    if (a !== b) retyped.push(j);
    after[i] = j;
    return true;
  };
  let head = 0;
  const shortest = Math.min(before.length, next.length);
  while (head < shortest && keep(head, head)) head++;
  const tailRetyped: number[] = [];
  let endBefore = before.length;
  let endNext = next.length;
  while (endBefore > head && endNext > head) {
    const count = retyped.length;
    if (!keep(endBefore - 1, endNext - 1)) break;
    if (retyped.length > count) tailRetyped.push(retyped.pop() as number);
    endBefore--;
    endNext--;
  }
  if (endBefore - head === endNext - head) {
    // As many as before between: each changed in place, or moved.
    for (let i = head; i < endBefore; i++) if (!keep(i, i)) inserted.push(i);
  } else {
    for (let j = head; j < endNext; j++) inserted.push(j);
  }
  retyped.push(...tailRetyped.reverse());
  return { after, inserted, retyped };
}

/** Whether two events have the same place in the index: time, id, lists and story order. */
export function sameIndexFields(a: DatasetEvent, b: DatasetEvent): boolean {
  return (
    a.id === b.id &&
    a.start === b.start &&
    a.end === b.end &&
    a.approximate === b.approximate &&
    a.quote?.paragraph === b.quote?.paragraph &&
    sameList(a.places, b.places) &&
    sameList(a.actors, b.actors) &&
    sameList(a.tags, b.tags)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}
