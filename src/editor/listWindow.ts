/**
 * How many items of a draft's list are made at first, and at each "Show more". All 10,000 events
 * of a generated story took one 9.4 s task to lay out when the Events tab was opened (review 16;
 * the profile's time was the browser's style and layout, not script), and every keystroke made
 * the list again.
 */
export const LIST_STEP = 200;

/** Which of a list's `count` items are made: the first `shown`, and the open one wherever it is. */
export interface ListedItems {
  /** The first items, in order. */
  head: number[];
  /** The open item, when it lies past the head (listed after a gap). */
  open: number | null;
  /** How many are not made. */
  hidden: number;
}

export function listedItems(count: number, shown: number, open: number | null): ListedItems {
  const length = Math.max(0, Math.min(count, shown));
  const head = Array.from({ length }, (_, i) => i);
  const past = open !== null && open >= length && open < count ? open : null;
  return { head, open: past, hidden: count - length - (past === null ? 0 : 1) };
}
