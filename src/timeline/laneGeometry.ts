/**
 * Vertical layout of the detail view: lanes share the height left by the
 * axis, within limits; inside a lane, marks sit in a top row and labels in
 * one or two rows below them.
 */

export const AXIS_HEIGHT = 26;
export const MIN_LANE_HEIGHT = 36;
export const MAX_LANE_HEIGHT = 64;
export const LABEL_ROW_HEIGHT = 14;

export interface LaneGeometry {
  laneHeight: number;
  /** Height of all lanes together (the axis goes below). */
  lanesHeight: number;
  /** y of the marks' middle line, from the top of a lane. */
  markY: number;
  /** Height of bars and points. */
  markHeight: number;
  /** y of the top of each label row, from the top of a lane. */
  labelRowsY: number[];
}

export function laneGeometry(availableHeight: number, laneCount: number): LaneGeometry {
  const lanes = Math.max(1, laneCount);
  const fit = Math.floor((availableHeight - AXIS_HEIGHT) / lanes);
  const laneHeight = Math.min(
    MAX_LANE_HEIGHT,
    Math.max(MIN_LANE_HEIGHT, Number.isFinite(fit) ? fit : 0),
  );
  const markHeight = 12;
  const markY = 4 + markHeight / 2 + 2;
  const firstRow = markY + markHeight / 2 + 3;
  const rows = Math.max(1, Math.floor((laneHeight - firstRow - 1) / LABEL_ROW_HEIGHT));
  const labelRowsY = Array.from(
    { length: Math.min(2, rows) },
    (_, i) => firstRow + i * LABEL_ROW_HEIGHT,
  );
  return { laneHeight, lanesHeight: laneHeight * lanes, markY, markHeight, labelRowsY };
}

/** The lane under a y offset in the lanes area, or -1 outside. */
export function laneAt(y: number, geometry: LaneGeometry, laneCount: number): number {
  if (y < 0) return -1;
  const lane = Math.floor(y / geometry.laneHeight);
  return lane < laneCount ? lane : -1;
}
