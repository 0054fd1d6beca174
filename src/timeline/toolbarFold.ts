/**
 * How far a narrow timeline toolbar folds to stay one row: the words of a
 * language decide, not a fixed width. In Russian at 412 and 360 px the row
 * (Легенда, по участникам, +, −, Показать всё, Сбросить) needed about 420 px
 * and wrapped to two rows: 91 px of a phone's timeline in story mode, which
 * left its lanes 16 px. English fits from 320 px and stays as it was.
 *
 * - "none": the whole row.
 * - "lanes": the lane grouping moves into the legend's panel.
 * - "icons": also, Fit all and Reset show icons (their words stay their names).
 */
export type ToolbarFold = "none" | "lanes" | "icons";

/** The unfolded row's parts, measured: px each, and between them. */
export interface ToolbarRow {
  /** The whole unfolded row, padding and gaps included. */
  width: number;
  /** The lane grouping's select and its label. */
  laneKey: number;
  /** The gap the lane grouping takes with it. */
  gap: number;
}

/** The least folding that keeps the row within `available` px (half a px of rounding allowed). */
export function toolbarFold(available: number, row: ToolbarRow): ToolbarFold {
  if (available <= 0 || row.width <= available + 0.5) return "none";
  if (row.width - row.laneKey - row.gap <= available + 0.5) return "lanes";
  return "icons";
}

/** A row's width: its items, a gap between each two, and its padding. */
export function rowWidth(items: readonly number[], gap: number, padding: number): number {
  const sum = items.reduce((total, item) => total + item, 0);
  return sum + Math.max(0, items.length - 1) * gap + padding;
}
