/**
 * Where the overlay's DOM elements go, as pure functions: React renders with
 * them, and `followView` applies the same between React renders, so both
 * always write identical values.
 */
import { type LaneGeometry, rowMiddle } from "./laneGeometry";
import type { MarkBox } from "./placeMarks";

/** Keep a bar's drawn box near the view, so a century-long span is not a 10-million-pixel element. */
export function clipBox(x0: number, x1: number, width: number): { left: number; size: number } {
  const left = Math.max(x0, -20);
  const right = Math.min(x1, width + 20);
  return { left, size: Math.max(right - left, 0) };
}

export function markPlacement(
  box: MarkBox,
  lane: number,
  row: number,
  geometry: LaneGeometry,
  width: number,
): { transform: string; width: string } {
  const { left, size } = clipBox(box.x0, box.x1, width);
  const top = rowMiddle(geometry, lane, row) - geometry.markHeight / 2;
  return { transform: `translate(${left}px, ${top}px)`, width: `${size}px` };
}

/** Px between a mark and the label beside it. */
export const LABEL_PAD = 4;
/** Height of a label's line (timeline.css `.tl-label`). */
export const LABEL_LINE = 13;

/**
 * The left edge of a label beside its mark, on the right, kept off the view's very edge and past
 * its lane's name where one lies over the lane (`nameWidth`, narrow screens): a dense view's mark
 * may lie under the name, whose chip covered its label ("Japan 180" under "Japan").
 */
export function labelBeside(box: MarkBox, nameWidth?: number): number {
  return Math.max(box.x1 + LABEL_PAD, 2, nameWidth === undefined ? 0 : nameWidth + LABEL_PAD);
}

/** A label on its mark's line. */
export function labelTransform(x: number, lane: number, row: number, geometry: LaneGeometry) {
  const top = rowMiddle(geometry, lane, row) - LABEL_LINE / 2;
  return `translate(${x}px, ${top}px)`;
}

/** The tooltip's anchor: the middle of the mark's visible part. */
export function tooltipAnchor(box: MarkBox, width: number): number {
  return Math.min(Math.max((Math.max(box.x0, 0) + Math.min(box.x1, width)) / 2, 0), width);
}

/** Px a tooltip keeps from the view's left and right edges (its shadow shows). */
export const TOOLTIP_INSET = 4;

/**
 * The left edge of a tooltip `tipWidth` px wide: centred on its anchor, shifted to lie whole in
 * the view (which clips it: at 390 px a mark at the left edge showed "eting a / anuary 2018").
 * One wider than the view starts at the left inset, so its lines read from their start.
 */
export function tooltipLeft(anchor: number, tipWidth: number, width: number): number {
  return Math.max(TOOLTIP_INSET, Math.min(anchor - tipWidth / 2, width - TOOLTIP_INSET - tipWidth));
}

/** Px between a mark's bottom and a tooltip below it. */
const TOOLTIP_GAP = 4;
/** A tooltip's height before it is measured: a title line and a date line (12 px, 1.3, padding). */
export const TOOLTIP_HEIGHT = 41;

/**
 * Whether the tooltip, `tipHeight` px high, of a mark whose middle is at `middle` goes below it:
 * above where it fits whole in the view (`viewHeight`, which clips it), else below where it fits
 * there, else on the side with more room. Two lines were assumed: at 390 px a three-line Russian
 * title (72 px) above a mark 73 px down began 11 px above the view. The focused lane name's
 * extra lines go on the other side (focusedLaneName).
 */
export function tooltipBelow(
  middle: number,
  markHeight: number,
  tipHeight: number,
  viewHeight: number,
): boolean {
  const above = middle - markHeight - TOOLTIP_INSET;
  const below = viewHeight - TOOLTIP_INSET - (middle + markHeight + TOOLTIP_GAP);
  return above < tipHeight && (below >= tipHeight || below > above);
}

/** The top of that tooltip: 6 px over the mark's top (its focus ring's reach), or 4 px under its bottom. */
export function tooltipTop(middle: number, markHeight: number, tipHeight: number, below: boolean) {
  return below ? middle + markHeight + TOOLTIP_GAP : middle - markHeight - tipHeight;
}
