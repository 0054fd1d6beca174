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
 * swatch, gaps and padding, at most LANE_NAME_MAX_CH and at most GUTTER_MAX_SHARE of the
 * timeline, whichever is narrower.
 */
export function gutterWidth(labels: readonly string[]): string {
  const longest = Math.min(LANE_NAME_MAX_CH, Math.max(0, ...labels.map(chWidth)));
  return `min(calc(${longest + 1}ch + 2.5rem), ${Math.round(GUTTER_MAX_SHARE * 100)}%)`;
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

/**
 * Where a lane's name, cut over its lane, shows whole while one of the lane's marks has the
 * keyboard's focus (the names are not tab stops): on the mark's line beside the mark, on the side
 * with more room, wrapped within it; where neither side has FOCUSED_NAME_MIN_PX, across the view
 * past the mark's ring. Lines are added on the side away from the mark's tooltip (`tooltipBelow`),
 * so the name covers neither the mark, its ring nor its tooltip.
 */
export function focusedLaneName(
  mark: { x0: number; x1: number; middle: number },
  markHeight: number,
  viewWidth: number,
  tooltipBelow: boolean,
): FocusedName {
  const left = Math.floor(mark.x0 - FOCUSED_NAME_CLEAR - LANE_LABEL_INSET_PX);
  const rightX = Math.ceil(mark.x1 + FOCUSED_NAME_CLEAR);
  const right = Math.floor(viewWidth - LANE_LABEL_INSET_PX - rightX);
  const up = tooltipBelow;
  if (Math.max(left, right) >= FOCUSED_NAME_MIN_PX) {
    const y = mark.middle + ((up ? 1 : -1) * LANE_LABEL_LINE_PX) / 2;
    return left >= right
      ? { x: LANE_LABEL_INSET_PX, y, width: left, up }
      : { x: rightX, y, width: right, up };
  }
  const y = mark.middle + (up ? -1 : 1) * (markHeight / 2 + FOCUSED_NAME_CLEAR);
  return { x: LANE_LABEL_INSET_PX, y, width: laneLabelWholeWidth(viewWidth), up };
}
