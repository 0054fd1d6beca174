/**
 * One Tab stop for a row of controls (a roving tabindex): the arrow keys of its direction move
 * focus along it, Home and End to its ends. The editor's tablist (← →, round from one end to the
 * other) and its lists of events, places and periods (↑ ↓, stopping at the ends): each event of the
 * list was a Tab stop of its own, 199 Tabs from the list to the open event's form (review F11).
 */

/** ← → along a row that goes round; ↑ ↓ down a list that stops at its ends. */
export type RovingAxis = "row" | "list";

const STEPS: Record<RovingAxis, Readonly<Record<string, 1 | -1>>> = {
  row: { ArrowRight: 1, ArrowLeft: -1 },
  list: { ArrowDown: 1, ArrowUp: -1 },
};

/**
 * The index focus moves to from `at` (of `count` items) for `key`, or null when the key is not
 * one of the axis's (the caller lets it be: Enter and Space press the button, Tab leaves).
 */
export function rovingIndex(
  key: string,
  at: number,
  count: number,
  axis: RovingAxis,
): number | null {
  if (count <= 0) return null;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  const step = STEPS[axis][key];
  if (step === undefined) return null;
  const from = Math.min(Math.max(at, 0), count - 1);
  if (axis === "row") return (from + step + count) % count;
  return Math.min(Math.max(from + step, 0), count - 1);
}
