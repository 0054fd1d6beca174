/**
 * Whether the timeline keeps its overview strip: only while the detail view
 * beneath the toolbar keeps room for its strip, a row of each lane (the first
 * few, past which lanes scroll anyway), one row more (spans that overlap
 * cannot fold into a count: the shipped story's Japan lane needs two) and its axis. Without that rule the
 * overview's ~55 px came out of the lanes: on a 375×667 phone with an event
 * open they were 11–76 px high, and the Small embed (420 px high, stacked)
 * lost its axis under the lanes.
 */
import { AXIS_HEIGHT, ROW_HEIGHT, STRIP_HEIGHT } from "./laneGeometry";

/** The overview strip's height at its tallest (a touch screen's taller brush), border included. */
export const OVERVIEW_ROOM_PX = 56;
/** Lanes past this many scroll in any view: the rule keeps a row for this many at most. */
const LANES_KEPT = 5;

/** `belowToolbar`: the timeline's height less its toolbar's; 0 before either is measured. */
export function keepsOverview(belowToolbar: number, laneCount: number): boolean {
  if (belowToolbar <= 0) return true;
  const lanes = Math.min(Math.max(1, laneCount), LANES_KEPT);
  return belowToolbar - OVERVIEW_ROOM_PX >= STRIP_HEIGHT + (lanes + 1) * ROW_HEIGHT + AXIS_HEIGHT;
}
