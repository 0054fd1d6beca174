/**
 * How much room a lane's name takes: beside the lanes in a gutter (wide
 * screens), or over the start of its lane (narrow ones). As wide as the
 * longest name up to a cap; a longer name is cut with an ellipsis, its whole
 * text still in the page (screen readers read it) and in the lane's tooltip;
 * over a lane, a tap shows it whole (a phone shows no tooltip).
 * Uncapped, a 60-character actor took 360 of the timeline's 900 px at 1280
 * (the 40% the gutter was allowed), and ran 320 px over a 390 px phone's lane.
 */
import { chWidth } from "./chWidth";
import { FOCUS_RING } from "./laneGeometry";
import { LABEL_LINE } from "./overlayStyle";

/** Names are cut past this many `ch` (CJK counted double): "Соединённые Штаты" (17) is whole. */
export const LANE_NAME_MAX_CH = 24;
/**
 * The gutter takes at most this share of the timeline's width. The `ch` cap binds on wide
 * screens (212 of 900 px at 1280); this one where the timeline is narrow (147 of 420 px at
 * 800, where "Великобритания" and "United Kingdom" take 143, whole).
 */
export const GUTTER_MAX_SHARE = 0.35;
/** A name over its lane takes at most this share of the view's width: it covers only the lane's start. */
export const LANE_LABEL_MAX_SHARE = 0.4;
/** LANE_NAME_MAX_CH of the 11 px name over a lane, with its padding and border (timeline.css). */
export const LANE_LABEL_MAX_PX = 160;
/** A name over its lane starts this far from the view's edge (`.tl-lane-label` in timeline.css). */
export const LANE_LABEL_INSET_PX = 4;

/**
 * The gutter's width (CSS flex-basis): the longest name in `ch` of the gutter's font, with the
 * reader's text spacing, the swatch, gaps and padding, at most LANE_NAME_MAX_CH and at most GUTTER_MAX_SHARE of the
 * timeline, whichever is narrower.
 */
export function gutterWidth(labels: readonly string[], [letter, word] = [0, 0]): string {
  const longest = Math.min(LANE_NAME_MAX_CH, Math.max(0, ...labels.map(chWidth)));
  // A reader's letter- and word-spacing (WCAG 1.4.12, in em) widens a name by its letters and
  // spaces: sized in `ch` alone, "United Kingdom" was cut to "United Kingd…" (review 33 F7).
  const spaced = Math.max(
    0,
    ...labels.map(
      (label) =>
        Math.min(label.length, LANE_NAME_MAX_CH) * letter + (label.split(" ").length - 1) * word,
    ),
  );
  return `min(calc(${longest + 1}ch + ${Math.ceil(spaced * 100 - 1e-6) / 100}em + 2.5rem), ${Math.round(GUTTER_MAX_SHARE * 100)}%)`;
}

/** The widest a name over its lane may be, in px, in a view `viewWidth` px wide. */
export function laneLabelMaxWidth(viewWidth: number): number {
  return Math.floor(Math.max(0, Math.min(LANE_LABEL_MAX_PX, viewWidth * LANE_LABEL_MAX_SHARE)));
}

/**
 * The widest a name over its lane may be once tapped to show it whole, in a view `viewWidth` px
 * wide: the view less the name's inset on both sides, past which it wraps (a 60-character name
 * took 320 of a 390 px phone's 382, on one line).
 */
export function laneLabelWholeWidth(viewWidth: number): number {
  return Math.floor(Math.max(0, viewWidth - 2 * LANE_LABEL_INSET_PX));
}

/** A name over its lane is one 13 px line (`.tl-lane-label`'s line-height). */
export const LANE_LABEL_LINE_PX = 13;
/** Beside a focused mark with less room than this either side (a bar across the view), a name takes lines of its own. */
export const FOCUSED_NAME_MIN_PX = 80;
/** How far a name shown for a focused mark keeps from the mark: its focus ring and 2 px. */
const FOCUSED_NAME_CLEAR = FOCUS_RING + 2;

/** Where a lane's name goes while a mark of the lane has the keyboard's focus, in the view's px. */
export interface FocusedName {
  /** Left edge; top of its first line, or the bottom of it where `up`. */
  x: number;
  y: number;
  /** The widest it may be: it wraps within. */
  width: number;
  /** More lines go up from `y`, not down: the mark's tooltip is below the mark. */
  up: boolean;
}

/** Something drawn that a focused mark's name must not cover (the selected mark, its label), in the view's px. */
export interface KeepClear {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The selected mark's ring past its box (`.tl-mark.is-selected` in timeline.css). */
const SELECTED_RING_PX = 4;
/** A dense view's label chip past its text box (its box-shadow in timeline.css). */
const LABEL_CHIP_PX = 2;

/**
 * What a focused mark's name keeps clear of: the selected mark with its ring and its label with
 * its chip, each on its row's middle (`label` is the label's left edge and the width it may take).
 */
export function selectedToKeep(
  mark: { x0: number; x1: number; middle: number } | null,
  markHeight: number,
  label: { x: number; width: number; middle: number } | null,
): KeepClear[] {
  const keep: KeepClear[] = [];
  if (mark) {
    const half = markHeight / 2 + SELECTED_RING_PX;
    keep.push({
      x0: mark.x0 - SELECTED_RING_PX,
      x1: mark.x1 + SELECTED_RING_PX,
      y0: mark.middle - half,
      y1: mark.middle + half,
    });
  }
  if (label) {
    const half = LABEL_LINE / 2 + LABEL_CHIP_PX;
    keep.push({
      x0: label.x - LABEL_CHIP_PX,
      x1: label.x + label.width + LABEL_CHIP_PX,
      y0: label.middle - half,
      y1: label.middle + half,
    });
  }
  return keep;
}

/** Px a name beside a focused mark keeps from what it must not cover. */
const KEEP_CLEAR_GAP = 2;

/**
 * Where a lane's name, cut over its lane, shows whole while one of the lane's marks has the
 * keyboard's focus (the names are not tab stops): on the mark's line beside the mark, on the side
 * with more room, wrapped within it; where neither side has FOCUSED_NAME_MIN_PX, across the view
 * past the mark's ring. Lines are added on the side away from the mark's tooltip (`tooltipBelow`),
 * so the name covers neither the mark, its ring nor its tooltip. On the mark's line, a side's room
 * ends at what `keep` holds there (a dense view's selected mark and its label beside the focused
 * one: the name lay over both, at 390 px).
 */
export function focusedLaneName(
  mark: { x0: number; x1: number; middle: number },
  markHeight: number,
  viewWidth: number,
  tooltipBelow: boolean,
  keep: readonly KeepClear[] = [],
): FocusedName {
  const leftEnd = Math.floor(mark.x0 - FOCUSED_NAME_CLEAR);
  const rightX = Math.ceil(mark.x1 + FOCUSED_NAME_CLEAR);
  let leftX = LANE_LABEL_INSET_PX;
  let rightEnd = Math.floor(viewWidth - LANE_LABEL_INSET_PX);
  const lineTop = mark.middle - LANE_LABEL_LINE_PX / 2;
  for (const box of keep) {
    if (box.y1 <= lineTop || box.y0 >= lineTop + LANE_LABEL_LINE_PX) continue;
    // One across the mark (a label from a mark left of it) closes both sides.
    if (box.x0 < leftEnd && box.x1 > leftX) leftX = Math.ceil(box.x1 + KEEP_CLEAR_GAP);
    if (box.x1 > rightX && box.x0 < rightEnd) rightEnd = Math.floor(box.x0 - KEEP_CLEAR_GAP);
  }
  const left = leftEnd - leftX;
  const right = rightEnd - rightX;
  const up = tooltipBelow;
  if (Math.max(left, right) >= FOCUSED_NAME_MIN_PX) {
    const y = mark.middle + ((up ? 1 : -1) * LANE_LABEL_LINE_PX) / 2;
    return left >= right ? { x: leftX, y, width: left, up } : { x: rightX, y, width: right, up };
  }
  const y = mark.middle + (up ? -1 : 1) * (markHeight / 2 + FOCUSED_NAME_CLEAR);
  return { x: LANE_LABEL_INSET_PX, y, width: laneLabelWholeWidth(viewWidth), up };
}
