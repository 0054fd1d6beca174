/**
 * The detail view's layout as data: from the model, the window and the
 * reader's state (filter, selection, focus) to what `DetailView` renders —
 * lane geometry, render mode, the events drawn as buttons and where, their
 * labels, the one event in the tab order, and the axis's tick spacing. Pure:
 * the component only renders it (the way visx computes ticks as data).
 */
import type { Interval } from "../data/dates";
import { lowerBound } from "../data/indexDataset";
import { span } from "../data/timeWindow";
import { periodTexts } from "../i18n/datasetText";
import type { Language } from "../i18n/languages";
import { passes } from "../store/selectors";
import { estimateLabelWidth } from "./labelLayout";
import { type LaneGeometry, laneGeometry, rowBudget } from "./laneGeometry";
import { laneLabelMaxWidth } from "./laneNameRoom";
import {
  chooseRenderMode,
  collectVisible,
  DOM_MARK_CAP,
  markExtent,
  type RenderMode,
  type VisibleSet,
} from "./marks";
import { LABEL_PAD, labelBeside } from "./overlayStyle";
import { type MarkBox, placeMarks } from "./placeMarks";
import { type RowElement, type RowLabel, rowLabels } from "./rowLabels";
import { allocateRows, quantizedScale, type StackItem, stackLanes } from "./stackLanes";
import { type StripLayout, stripLayout } from "./stripLayout";
import { kindOf, type TimelineModel } from "./timelineModel";

/** Minimum px between axis ticks: wider on touch screens, whose labels are read at arm's length. */
export const TICK_SPACING = { fine: 100, coarse: 80 };
/** Free px between two marks in a row, and between a label and the next mark. */
export const MARK_GAP = 4;
/** Labels are never wider than this (the tooltip and the details have the whole title). */
export const MAX_LABEL_PX = 240;
/** Rooms narrower than this hold no label: the mark's name is in its tooltip and its button. */
export const MIN_LABEL_PX = 36;
/** A group of events (a count) is drawn at least this wide. */
export const GROUP_MIN_PX = 22;
/** Font size of event labels and lane names (timeline.css). */
const LABEL_FONT_PX = 12;
const LANE_NAME_FONT_PX = 11;

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
  /** The interface's language, for the strip's words (English when left out). */
  lang?: Language;
  /** Lanes holding an event the mask passes (`lanesWithShown`): the others take no row. Null: all. */
  shownLanes?: readonly boolean[] | null;
  /** The reader's letter- and word-spacing in em (useThemeColours): labels and lane names widen by them. */
  spacing?: readonly [letter: number, word: number];
}

/** Events too many for their lane's rows, drawn as one count that zooms in on them. */
export interface MarkGroup {
  lane: number;
  row: number;
  /** Time-ordered positions, in time order. */
  positions: number[];
  /** Its extent in px, and the time its events cover. */
  box: MarkBox;
  interval: Interval;
}

export interface DetailLayout {
  geometry: LaneGeometry;
  visible: VisibleSet;
  mode: RenderMode;
  /** The one event in the tab order (roving tabindex), or -1. */
  active: number;
  /** Time-ordered positions drawn as buttons: the visible ones not in a group (DOM mode), or the pinned few (canvas). */
  positions: number[];
  /** Sub-row of each drawn event (0 when missing). */
  rowOf: ReadonlyMap<number, number>;
  boxes: Map<number, MarkBox>;
  groups: MarkGroup[];
  labels: RowLabel[];
  /** Per lane, px its name takes at the start of the first row (narrow screens), else empty. */
  laneNameWidths: number[];
  strip: StripLayout;
  tickSpacing: number;
}

/** Whether the event at `position` overlaps `view` (false for -1). */
export function overlapsView(model: TimelineModel, position: number, view: Interval): boolean {
  if (position < 0) return false;
  return (
    (model.index.starts[position] ?? 0) < view.end && (model.index.ends[position] ?? 0) > view.start
  );
}

/**
 * Where a zoom step holds still: the middle of the event at `position` (the focused one for the
 * keys, the selected one for the + and − buttons) while it is in view, else the view's middle.
 * About the middle, six presses of + left a selected Nagato summit off-screen behind "← 4 earlier
 * events".
 */
export function zoomAnchor(model: TimelineModel, position: number, view: Interval): number {
  if (!overlapsView(model, position, view)) return (view.start + view.end) / 2;
  return ((model.index.starts[position] ?? 0) + (model.index.ends[position] ?? 0)) / 2;
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

/**
 * Visible events (DOM mode) plus the active and selected ones, pinned, in time order. A selected
 * event the filters hide is not drawn: a mark among the matches would read as one of them (the
 * details say it is hidden, and the map counts it nowhere).
 */
function drawnPositions(
  input: DetailLayoutInput,
  mode: RenderMode,
  visible: VisibleSet,
  active: number,
): number[] {
  const { model, view, selected, mask } = input;
  const base = mode === "dom" ? (visible.positions ?? []) : [];
  const shownSelected = overlapsView(model, selected, view) && passes(mask, selected);
  const pinned = [active, shownSelected ? selected : -1].filter((p) => p >= 0 && !base.includes(p));
  return pinned.length === 0 ? base : [...new Set([...base, ...pinned])].sort((a, b) => a - b);
}

/** Shown events wholly before and wholly after the view. O(log n), or O(n) under a filter. */
export function offScreen(
  model: TimelineModel,
  view: Interval,
  mask: Uint8Array | null,
  visibleTotal: number,
): { earlier: number; later: number } {
  const { starts, ends } = model.index;
  const before = lowerBound(starts, view.start);
  const startedInView = lowerBound(starts, view.end) - before;
  if (mask === null) {
    return {
      earlier: before - (visibleTotal - startedInView),
      later: starts.length - before - startedInView,
    };
  }
  let earlier = 0;
  let later = 0;
  for (let i = 0; i < starts.length; i++) {
    if (!passes(mask, i)) continue;
    if ((ends[i] ?? 0) <= view.start) earlier++;
    else if ((starts[i] ?? 0) >= view.end) later++;
  }
  return { earlier, later };
}

/** The shown event nearest to the view on one side, wholly off-screen; -1 if none. */
export function nearestOffScreen(
  model: TimelineModel,
  view: Interval,
  mask: Uint8Array | null,
  side: "earlier" | "later",
): number {
  const { starts, ends } = model.index;
  if (side === "later") {
    for (let i = lowerBound(starts, view.end); i < starts.length; i++)
      if (passes(mask, i)) return i;
    return -1;
  }
  let best = -1;
  for (let i = lowerBound(starts, view.start) - 1; i >= 0; i--) {
    if (!passes(mask, i) || (ends[i] ?? 0) > view.start) continue;
    if (best < 0 || (ends[i] ?? 0) > (ends[best] ?? 0)) best = i;
    // Starts only go down from here: an event starting before the best one's end may still end later.
    if ((starts[i] ?? 0) < (ends[best] ?? 0) - (model.index.maxDuration ?? 0)) break;
  }
  return best;
}

function labelWidth(input: DetailLayoutInput, position: number): number {
  return estimateLabelWidth(
    input.title(position),
    LABEL_FONT_PX,
    MAX_LABEL_PX,
    ...(input.spacing ?? []),
  );
}

/**
 * Whether an event's label may sit inside its mark: a bar, dimmed or not. A dimmed bar's was kept
 * out, and a bar wider than a phone's view, with no room beside it, lost its label
 * (`?place=iturup` at 360 px); on a dimmed bar it keeps the surface's colour (timeline.css).
 */
function labelMayGoInside(input: DetailLayoutInput, position: number): boolean {
  return kindOf(input.model, position).kind !== "point";
}

interface Stacked {
  rowOf: Map<number, number>;
  rowsUsed: number[];
  positions: number[];
  groups: MarkGroup[];
}

/**
 * Sub-rows for the drawn events, computed at the quantized scale (see
 * stackLanes) and capped by the height the view has.
 */
function stack(
  input: DetailLayoutInput,
  drawn: readonly number[],
  boxes: ReadonlyMap<number, MarkBox>,
  laneNameWidths: readonly number[],
  pinned: ReadonlySet<number>,
): Stacked {
  const { model, view, width, height } = input;
  const msPerPx = span(view) / Math.max(width, 1);
  const q = quantizedScale(msPerPx);
  // Pixels counted from the epoch at the quantized scale: the same whatever the pan.
  const epoch = { start: 0, end: q * Math.max(width, 1) };
  const items: StackItem[] = [];
  for (const position of drawn) {
    const event = model.index.events[position];
    if (!event) continue;
    const { x0, x1 } = markExtent(kindOf(model, position).kind, event.interval, epoch, width);
    const label = labelWidth(input, position);
    const inside = labelMayGoInside(input, position) && x1 - x0 >= label + 2 * LABEL_PAD;
    items.push({
      position,
      lane: model.spatial.laneOf[position] ?? 0,
      x0,
      x1,
      full: inside ? x1 : x1 + LABEL_PAD + label,
      pinned: pinned.has(position),
    });
  }
  const reserved =
    laneNameWidths.length === 0
      ? undefined
      : laneNameWidths.map((w) => (view.start + (w + MARK_GAP) * msPerPx) / q);
  const options = { gap: MARK_GAP, reserved, minGroupPx: GROUP_MIN_PX };
  const laneCount = model.lanes.length;
  // Lanes a filter left empty take no row (laneGeometry), though allocateRows gives each one.
  const empty = input.shownLanes?.filter((shown) => !shown).length ?? 0;
  const budget = rowBudget(height, laneCount - empty) + empty;
  const perLane = (rows: readonly number[]) =>
    Array.from({ length: laneCount }, (_, lane) => Math.max(1, rows[lane] ?? 0));
  // Rows for every lane's marks first, then for whole labels with what is left.
  const markNeeds = perLane(
    stackLanes(
      items.map((item) => ({ ...item, full: item.x1 })),
      options,
    ).rowsUsed,
  );
  const labelNeeds = perLane(stackLanes(items, options).rowsUsed);
  const caps = allocateRows(markNeeds, budget);
  const spare = budget - caps.reduce((a, b) => a + b, 0);
  if (spare > 0) {
    const more = allocateRows(
      labelNeeds.map((need, lane) => Math.max(0, need - (caps[lane] ?? 1)) + 1),
      spare + laneCount,
    );
    more.forEach((extra, lane) => {
      caps[lane] = (caps[lane] ?? 1) + extra - 1;
    });
  }
  let stacked = stackLanes(items, { ...options, caps });
  // A lane may pass its cap where spans fill every row; the others give up rows for it.
  for (let round = 0; round < 3; round++) {
    const used = stacked.rowsUsed.reduce((a, b) => a + Math.max(1, b), 0);
    let over = used - budget;
    if (over <= 0) break;
    const forced = caps.map((cap, lane) => (stacked.rowsUsed[lane] ?? 0) > cap);
    forced.forEach((isForced, lane) => {
      if (isForced) caps[lane] = stacked.rowsUsed[lane] ?? 1;
    });
    while (over > 0) {
      let widest = -1;
      caps.forEach((cap, lane) => {
        if (!forced[lane] && cap > 1 && (widest < 0 || cap > (caps[widest] ?? 0))) widest = lane;
      });
      if (widest < 0) break;
      caps[widest] = (caps[widest] ?? 1) - 1;
      over--;
    }
    stacked = stackLanes(items, { ...options, caps });
  }
  // The selected and the focused event are pinned: stackLanes never puts them in a group, nor a
  // group over them, so a selection never disappears into a count.
  const groups = stacked.groups.map((group) => {
    const members = [...group.positions].sort((a, b) => a - b);
    let x0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const position of members) {
      const box = boxes.get(position);
      if (box) {
        x0 = Math.min(x0, box.x0);
        x1 = Math.max(x1, box.x1);
      }
      start = Math.min(start, model.index.starts[position] ?? 0);
      end = Math.max(end, model.index.ends[position] ?? 0);
    }
    return {
      lane: group.lane,
      row: group.row,
      positions: members,
      box: { x0, x1: Math.max(x1, x0 + GROUP_MIN_PX) },
      interval: { start, end },
    };
  });
  const grouped = new Set(groups.flatMap((group) => group.positions));
  return {
    rowOf: stacked.rowOf,
    rowsUsed: stacked.rowsUsed,
    positions: drawn.filter((position) => !grouped.has(position)),
    groups,
  };
}

/** Labels of the drawn events and groups, row by row, clear of each other and of the marks. */
function placeLabels(
  input: DetailLayoutInput,
  stacked: Stacked,
  boxes: ReadonlyMap<number, MarkBox>,
  laneNameWidths: readonly number[],
): RowLabel[] {
  const { model, width } = input;
  if (width <= 0) return [];
  const elements: RowElement[] = stacked.positions.map((position) => {
    const box = boxes.get(position) ?? { x0: 0, x1: 0 };
    return {
      position,
      lane: model.spatial.laneOf[position] ?? 0,
      row: stacked.rowOf.get(position) ?? 0,
      x0: box.x0,
      x1: box.x1,
      label: labelWidth(input, position),
      bar: labelMayGoInside(input, position),
    };
  });
  for (const group of stacked.groups) {
    elements.push({
      position: -1,
      lane: group.lane,
      row: group.row,
      ...group.box,
      label: 0,
      bar: false,
    });
  }
  return rowLabels(elements, {
    viewWidth: width,
    gap: MARK_GAP,
    pad: LABEL_PAD,
    minWidth: MIN_LABEL_PX,
    reserved: laneNameWidths.length === 0 ? undefined : laneNameWidths.map((w) => w + MARK_GAP),
  });
}

/**
 * Canvas mode: the few pinned marks' labels beside them (past a lane's name), cut at the view's
 * edge. The keyboard's stop, when it is not the selected event, is marked `stopOnly`.
 */
function pinnedLabels(
  input: DetailLayoutInput,
  positions: readonly number[],
  boxes: ReadonlyMap<number, MarkBox>,
  laneNameWidths: readonly number[],
): RowLabel[] {
  const labels: RowLabel[] = [];
  for (const position of positions) {
    const lane = input.model.spatial.laneOf[position] ?? 0;
    const x = labelBeside(boxes.get(position) ?? { x0: 0, x1: 0 }, laneNameWidths[lane]);
    const label = labelWidth(input, position);
    const room = input.width - 2 - x;
    if (room < MIN_LABEL_PX) continue;
    const width = Math.min(label, room);
    const stopOnly = position !== input.selected;
    labels.push({
      position,
      lane,
      row: 0,
      x,
      width,
      placement: "right",
      cut: width < label,
      stopOnly,
    });
  }
  return labels;
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
  const { model, view, placedIn, width, height, coarse, mask } = input;
  const mode = width > 0 ? chooseRenderMode(visible, width) : "dom";
  const active = activePosition(input, mode, visible);
  const drawn = drawnPositions(input, mode, visible, active);
  const boxes = placeMarks(model, drawn, placedIn, width);
  // A name over its lane is cut to laneLabelMaxWidth (LaneLabels): it reserves no more.
  const laneNameMax = laneLabelMaxWidth(width);
  const laneNameWidths = input.narrow
    ? model.lanes.map((lane) =>
        Math.min(
          estimateLabelWidth(lane.label, LANE_NAME_FONT_PX, 400, ...(input.spacing ?? [])) + 12,
          laneNameMax,
        ),
      )
    : [];
  const laneCount = model.lanes.length;
  let stacked: Stacked;
  let labels: RowLabel[];
  if (mode === "dom" && width > 0) {
    const pinned = new Set([input.selected, active].filter((p) => p >= 0));
    stacked = stack(input, drawn, boxes, laneNameWidths, pinned);
    labels = placeLabels(input, stacked, boxes, laneNameWidths);
  } else {
    stacked = { rowOf: new Map(), rowsUsed: [], positions: drawn, groups: [] };
    labels = width > 0 ? pinnedLabels(input, drawn, boxes, laneNameWidths) : [];
  }
  const geometry = laneGeometry(
    height,
    Array.from({ length: laneCount }, (_, lane) => stacked.rowsUsed[lane] ?? 1),
    input.shownLanes,
  );
  const { earlier, later } = offScreen(model, view, mask, visible.total);
  const { dataset } = model.index;
  const strip = stripLayout({
    periods: (dataset.periods ?? []).map((period) => ({
      ...period,
      title: periodTexts(period, input.lang ?? "en").title.text,
    })),
    lastTime: model.extent.end,
    published: dataset.meta.source?.date,
    view: placedIn,
    width,
    earlier,
    later,
    lang: input.lang,
  });
  return {
    geometry,
    visible,
    mode,
    active,
    positions: stacked.positions,
    rowOf: stacked.rowOf,
    boxes,
    groups: stacked.groups,
    labels,
    laneNameWidths,
    strip,
    tickSpacing: coarse ? TICK_SPACING.coarse : TICK_SPACING.fine,
  };
}
