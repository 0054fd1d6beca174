/**
 * Labels of stacked rows, in the real window's pixels: each event's label
 * goes inside its bar when it fits there whole, else right of its mark, else
 * left of it, in the room its row leaves between the neighbouring marks
 * (and their labels) and the view's edges; when it fits nowhere whole it is
 * cut with an ellipsis to the largest room, or left to the tooltip when that
 * room is too small to read. So no label covers another label or another
 * event's mark. One pass per row, left to right: O(n log n) for the sort.
 */

export interface RowElement {
  /** Time-ordered position of the event, or -1 for a group (which has no label). */
  position: number;
  lane: number;
  row: number;
  /** The mark's extent in px of the view. */
  x0: number;
  x1: number;
  /** The label's whole width in px; 0 for none. */
  label: number;
  /** A bar its label may sit in. */
  bar: boolean;
}

export type LabelPlacement = "inside" | "right" | "left";

export interface RowLabel {
  position: number;
  lane: number;
  row: number;
  /** Left edge and the width it may take (less than the label's: cut with an ellipsis). */
  x: number;
  width: number;
  placement: LabelPlacement;
  /** Cut to fit. */
  cut: boolean;
  /**
   * A dense view's keyboard stop, not selected: labelled only while the keyboard's focus is on it
   * (timeline.css). At rest it read as a selection nobody made (review 41 R8).
   */
  stopOnly?: boolean;
}

export interface RowLabelOptions {
  viewWidth: number;
  /** Free px between a label and the next mark or label. */
  gap: number;
  /** Px between a mark and its label beside it, and inside a bar on each side. */
  pad: number;
  /** Rooms narrower than this hold no label. */
  minWidth: number;
  /** Per lane, px taken at the start of row 0 (a lane name over the lane). */
  reserved?: readonly number[];
}

export function rowLabels(elements: readonly RowElement[], options: RowLabelOptions): RowLabel[] {
  const { viewWidth, gap, pad, minWidth } = options;
  const ordered = [...elements].sort(
    (a, b) => a.lane - b.lane || a.row - b.row || a.x0 - b.x0 || a.position - b.position,
  );
  const out: RowLabel[] = [];
  /** Right end of what the row holds so far (marks, and labels placed right of them). */
  let taken = 0;
  for (let i = 0; i < ordered.length; i++) {
    const element = ordered[i];
    if (!element) continue;
    const previous = ordered[i - 1];
    if (!previous || previous.lane !== element.lane || previous.row !== element.row) {
      taken = element.row === 0 ? (options.reserved?.[element.lane] ?? 0) : 0;
    }
    const following = ordered[i + 1];
    const sameRow = following && following.lane === element.lane && following.row === element.row;
    const nextMark = sameRow ? following.x0 : Number.POSITIVE_INFINITY;
    const { x0, x1, label } = element;
    const end = Math.max(taken, x1);
    if (element.position < 0 || label <= 0) {
      taken = end;
      continue;
    }
    const rooms: { placement: LabelPlacement; x: number; width: number }[] = [];
    if (element.bar) {
      const left = Math.max(x0, 0, taken + gap) + pad;
      const right = Math.min(x1, viewWidth) - pad;
      rooms.push({ placement: "inside", x: left, width: right - left });
    }
    const rightStart = Math.max(x1 + pad, 2);
    const rightEnd = Math.min(nextMark - gap, viewWidth - 2);
    rooms.push({ placement: "right", x: rightStart, width: rightEnd - rightStart });
    const leftEnd = Math.min(x0 - pad, viewWidth - 2);
    const leftStart = Math.max(taken + gap, 2);
    rooms.push({ placement: "left", x: leftStart, width: leftEnd - leftStart });
    const whole = rooms.find((room) => room.width >= label);
    const largest = rooms.reduce((a, b) => (b.width > a.width ? b : a));
    const room = whole ?? largest;
    if (room.width < minWidth) {
      taken = end;
      continue;
    }
    const width = Math.min(label, room.width);
    // A label beside its mark on the left ends at the mark.
    const x = room.placement === "left" ? leftEnd - width : room.x;
    out.push({
      position: element.position,
      lane: element.lane,
      row: element.row,
      x,
      width,
      placement: room.placement,
      cut: width < label,
    });
    taken = room.placement === "right" ? Math.max(end, x + width) : end;
  }
  return out;
}
