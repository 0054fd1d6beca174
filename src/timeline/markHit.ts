/**
 * One hit-test for everything the pointer does on the detail view — hover
 * (and so the tooltip), click and tap: the mark under the pointer, the one
 * drawn on top where marks touch, else the nearest within a radius (wider
 * on touch screens). Drawn order is the DOM's: later on top, then the
 * highlighted, then the selected (timeline.css z-index). Lanes that scroll
 * (lanesInView) offer only the marks on their visible part: one scrolled
 * under the strip or the axis is not there to hit.
 */
import type { MarkGroup } from "./detailLayout";
import { type LaneGeometry, onLanes, rowMiddle } from "./laneGeometry";
import { POINT_PX } from "./marks";
import type { MarkBox } from "./placeMarks";

/** Hit-test radius around the pointer, in px. */
export const HIT_PX = 8;
export const HIT_PX_TOUCH = 22;
/** A mark drawn under the very point: as far as a point's diamond reaches from its time (drawCanvas). */
export const UNDER_PX = POINT_PX / 2;

/**
 * What a press landed on: the view (its marks or the lanes between them), a lane's name over its
 * lane (LaneLabels; narrow screens), that name tapped to show it whole, or the strip's hints.
 */
export type PressedOn = "view" | "laneName" | "wholeLaneName" | "strip";

/** Where a press landed: a mouse event, or one touch of a touch event. */
export interface Press {
  clientX: number;
  clientY: number;
  target: EventTarget | null;
}

/**
 * How far from a press a mark may lie and still take it, in px; null where no mark takes it.
 * The strip's hints are buttons of their own; a name shown whole lies opaque over the marks, so
 * it takes the tap that folds it. A name cut short covers the start of its lane, where a dense
 * view draws marks under it: a tap on a mark selects it, so a mark drawn under the very point
 * takes the press, and only a press on the name where none is drawn shows it whole. Not the touch
 * radius there: in a crowded lane a mark lies within 22 px of every point of the name.
 */
export function markReach(on: PressedOn, coarse: boolean): number | null {
  if (on === "strip" || on === "wholeLaneName") return null;
  if (on === "laneName") return UNDER_PX;
  return coarse ? HIT_PX_TOUCH : HIT_PX;
}

export type HitTarget =
  | { kind: "event"; position: number; box: Box; z: number }
  | { kind: "group"; group: MarkGroup; box: Box; z: number };

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface HitInput {
  positions: readonly number[];
  rowOf: ReadonlyMap<number, number>;
  boxes: ReadonlyMap<number, MarkBox>;
  groups: readonly MarkGroup[];
  geometry: LaneGeometry;
  laneOf: ArrayLike<number>;
  selected: number;
  focusSet: ReadonlySet<number> | null;
}

/** What can be hit, in drawn order (the last drawn on top at equal z). */
export function hitTargets(input: HitInput): HitTarget[] {
  const { geometry } = input;
  const half = geometry.markHeight / 2;
  const vertical = (lane: number, row: number) => {
    const middle = rowMiddle(geometry, lane, row);
    return { y0: middle - half, y1: middle + half };
  };
  const shown = (lane: number, row: number) =>
    geometry.scrollMax === 0 || onLanes(rowMiddle(geometry, lane, row), geometry);
  const targets: HitTarget[] = [];
  for (const position of input.positions) {
    const box = input.boxes.get(position);
    if (!box) continue;
    const lane = input.laneOf[position] ?? 0;
    if (!shown(lane, input.rowOf.get(position) ?? 0)) continue;
    const z = position === input.selected ? 2 : input.focusSet?.has(position) ? 1 : 0;
    targets.push({
      kind: "event",
      position,
      box: { ...box, ...vertical(lane, input.rowOf.get(position) ?? 0) },
      z,
    });
  }
  for (const group of input.groups) {
    if (!shown(group.lane, group.row)) continue;
    targets.push({
      kind: "group",
      group,
      box: { ...group.box, ...vertical(group.lane, group.row) },
      z: 0,
    });
  }
  return targets;
}

/** How far (x, y) lies from a target's box, in px: 0 on it. */
export function targetDistance(target: HitTarget, x: number, y: number): number {
  return distance(target.box, x, y);
}

function distance(box: Box, x: number, y: number): number {
  const dx = Math.max(box.x0 - x, 0, x - box.x1);
  const dy = Math.max(box.y0 - y, 0, y - box.y1);
  return Math.hypot(dx, dy);
}

/** How far a label's chip reaches past its text box, in px (timeline.css: a 2 px box-shadow). */
export const CHIP_PX = 2;

/**
 * In a dense view, how far from a press a mark drawn as a button (the selected event, the
 * keyboard's stop) still takes it from the canvas's mark drawn under the very point: a point's
 * reach, so a tap on the button's rim is its own; none on a label's chip (`labels`, in the view's
 * px), which lies over the canvas's marks beside the labelled one and hides them: a tap there means
 * the mark under the finger, not the labelled event again.
 */
export function buttonHold(labels: readonly Box[], x: number, y: number): number {
  return labels.some((label) => distance(label, x, y) <= CHIP_PX) ? 0 : UNDER_PX;
}

/** The target at (x, y): on top where several hold it, else the nearest within `radius`; null if none. */
export function hitAt(
  targets: readonly HitTarget[],
  x: number,
  y: number,
  radius: number,
): HitTarget | null {
  let best: HitTarget | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const target of targets) {
    const d = distance(target.box, x, y);
    if (d > radius) continue;
    // Nearer wins; at the same distance (both under the pointer), the one drawn on top.
    if (d < bestDistance || (d === bestDistance && best !== null && target.z >= best.z)) {
      best = target;
      bestDistance = d;
    }
  }
  return best;
}
