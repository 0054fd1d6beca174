/**
 * The detail view's layout as data: from the model, the window and the
 * reader's state (filter, selection, focus) to what `DetailView` renders —
 * lane geometry, render mode, the events drawn as buttons and where, their
 * labels, the one event in the tab order, and the axis's tick spacing. Pure:
 * the component only renders it (the way visx computes ticks as data).
 */
import type { Interval } from "../data/dates";
import { lowerBound } from "../data/indexDataset";
import { passes } from "../store/selectors";
import { estimateLabelWidth, layoutLabels, type PlacedLabel } from "./labelLayout";
import { type LaneGeometry, laneGeometry } from "./laneGeometry";
import {
  chooseRenderMode,
  collectVisible,
  DOM_MARK_CAP,
  type RenderMode,
  type VisibleSet,
} from "./marks";
import { labelX } from "./overlayStyle";
import { type MarkBox, placeMarks } from "./placeMarks";
import type { TimelineModel } from "./timelineModel";

/** Minimum px between axis ticks: wider on touch screens, whose labels are read at arm's length. */
export const TICK_SPACING = { fine: 100, coarse: 80 };

export interface DetailLayoutInput {
  model: TimelineModel;
  /** The settled window React renders: what is visible, and so the render mode. */
  view: Interval;
  /** The live window marks are placed in (ahead of `view` during a gesture over a dense view). */
  placedIn: Interval;
  width: number;
  height: number;
  mask: Uint8Array | null;
  /** Time-ordered positions, or -1. */
  selected: number;
  focused: number;
  focusSet: ReadonlySet<number> | null;
  /** Lane names sit over the lanes (narrow screens) instead of in a gutter. */
  narrow: boolean;
  coarse: boolean;
  /** An event's title as the reader sees it (for label widths). */
  title: (position: number) => string;
}

export interface DetailLayout {
  geometry: LaneGeometry;
  visible: VisibleSet;
  mode: RenderMode;
  /** The one event in the tab order (roving tabindex), or -1. */
  active: number;
  /** Time-ordered positions drawn as buttons: all visible ones (DOM mode), or the pinned few (canvas). */
  positions: number[];
  boxes: Map<number, MarkBox>;
  labels: PlacedLabel[];
  tickSpacing: number;
}

/** Whether the event at `position` overlaps `view` (false for -1). */
export function overlapsView(model: TimelineModel, position: number, view: Interval): boolean {
  if (position < 0) return false;
  return (
    (model.index.starts[position] ?? 0) < view.end && (model.index.ends[position] ?? 0) > view.start
  );
}

/** The first shown event starting in the view (O(log n) plus the filtered-out ones skipped). */
function firstStartingIn(model: TimelineModel, view: Interval, mask: Uint8Array | null): number {
  const { starts } = model.index;
  for (
    let i = lowerBound(starts, view.start);
    i < starts.length && (starts[i] ?? 0) < view.end;
    i++
  ) {
    if (passes(mask, i)) return i;
  }
  return -1;
}

/**
 * The event in the tab order: the focused one, else the selected one in
 * view, else the first in view.
 */
export function activePosition(
  input: Pick<DetailLayoutInput, "model" | "view" | "mask" | "selected" | "focused">,
  mode: RenderMode,
  visible: VisibleSet,
): number {
  const { model, view, mask, selected, focused } = input;
  if (focused >= 0 && passes(mask, focused)) return focused;
  if (overlapsView(model, selected, view) && passes(mask, selected)) return selected;
  if (mode === "dom") return visible.positions?.[0] ?? -1;
  return firstStartingIn(model, view, mask);
}

/** Visible events (DOM mode) plus the active and selected ones, pinned, in time order. */
function drawnPositions(
  input: DetailLayoutInput,
  mode: RenderMode,
  visible: VisibleSet,
  active: number,
): number[] {
  const { model, view, selected } = input;
  const base = mode === "dom" ? (visible.positions ?? []) : [];
  const pinned = [active, overlapsView(model, selected, view) ? selected : -1].filter(
    (p) => p >= 0 && !base.includes(p),
  );
  return pinned.length === 0 ? base : [...new Set([...base, ...pinned])].sort((a, b) => a - b);
}

/** Labels by priority (selected, focused, highlighted), clear of each other and of lane names. */
function placeLabels(
  input: DetailLayoutInput,
  geometry: LaneGeometry,
  positions: readonly number[],
  boxes: ReadonlyMap<number, MarkBox>,
): PlacedLabel[] {
  const { model, width, focusSet, selected, focused, narrow, title } = input;
  if (width <= 0) return [];
  const candidates = positions.map((position) => {
    const box = boxes.get(position) ?? { x0: 0, x1: 0 };
    const highlighted = focusSet?.has(position) ? 1 : 0;
    return {
      position,
      lane: model.spatial.laneOf[position] ?? 0,
      x: labelX(box),
      width: estimateLabelWidth(title(position)),
      priority: position === selected ? 3 : position === focused ? 2 : highlighted,
    };
  });
  // On narrow screens lane names sit over the lanes, in the last label row.
  const lastRow = geometry.labelRowsY.length - 1;
  const obstacles = narrow
    ? model.lanes.map((lane, i) => ({
        lane: i,
        row: lastRow,
        x: 0,
        width: estimateLabelWidth(lane.label, 11) + 12,
      }))
    : [];
  return layoutLabels(candidates, {
    rowsPerLane: geometry.labelRowsY.length,
    gap: 6,
    viewWidth: width,
    obstacles,
  });
}

/** What the window shows: counts always, positions up to the DOM's cap. O(log n + visible). */
export function visibleIn(model: TimelineModel, view: Interval, mask: Uint8Array | null) {
  return collectVisible(model.spatial, view, mask, DOM_MARK_CAP);
}

/**
 * The whole layout of the detail view. O(log n + visible), plus sorting what
 * is drawn. `visible` may be passed in (from `visibleIn`) so that a caller
 * can keep it while only the selection or focus changes.
 */
export function detailLayout(
  input: DetailLayoutInput,
  visible: VisibleSet = visibleIn(input.model, input.view, input.mask),
): DetailLayout {
  const { model, placedIn, width, height, coarse } = input;
  const geometry = laneGeometry(height, model.lanes.length);
  const mode = width > 0 ? chooseRenderMode(visible, width) : "dom";
  const active = activePosition(input, mode, visible);
  const positions = drawnPositions(input, mode, visible, active);
  const boxes = placeMarks(model, positions, placedIn, width);
  const labels = placeLabels(input, geometry, positions, boxes);
  const tickSpacing = coarse ? TICK_SPACING.coarse : TICK_SPACING.fine;
  return { geometry, visible, mode, active, positions, boxes, labels, tickSpacing };
}
