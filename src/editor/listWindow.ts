/**
 * How many items of a draft's list are made at first, and at each "Show more". All 10,000 events
 * of a generated story took one 9.4 s task to lay out when the Events tab was opened (review 16;
 * the profile's time was the browser's style and layout, not script), and every keystroke made
 * the list again.
 */
export const LIST_STEP = 200;

/** Which of a list's `count` items are made: the first `shown`, and those kept wherever they are. */
export interface ListedItems {
  /** The first items, in order. */
  head: number[];
  /**
   * The kept items that lie past the head, in order, once each: the open one (opened from the
   * timeline or the map) and the one with the list's Tab stop (↓ past the head, End). Listed
   * after a gap where they do not follow on.
   */
  tail: number[];
  /** How many are not made. */
  hidden: number;
}

export function listedItems(
  count: number,
  shown: number,
  keep: readonly (number | null)[],
): ListedItems {
  const length = Math.max(0, Math.min(count, shown));
  const head = Array.from({ length }, (_, i) => i);
  const tail = [
    ...new Set(
      keep.filter(
        (i): i is number => i !== null && Number.isInteger(i) && i >= length && i < count,
      ),
    ),
  ].sort((a, b) => a - b);
  return { head, tail, hidden: count - length - tail.length };
}

/** Whether a gap ("…") comes before `tail[at]`: it does not follow on from the item listed before it. */
export function gapBefore(listed: ListedItems, at: number): boolean {
  const item = listed.tail[at];
  const before = at === 0 ? listed.head.at(-1) : listed.tail[at - 1];
  return item !== undefined && item - 1 !== (before ?? -1);
}
