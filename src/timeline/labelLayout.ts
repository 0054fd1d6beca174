/**
 * Label widths estimated from their text, so that layout (stackLanes,
 * rowLabels, stripLayout) needs no DOM measurement per frame. Where a label
 * is drawn is rowLabels' work.
 */

/** Width of a label in px, estimated from its length. */
export function estimateLabelWidth(text: string, fontPx = 12, maxWidth = 200): number {
  return Math.min(maxWidth, Math.ceil(text.length * fontPx * 0.55) + 4);
}
