/**
 * Collision-aware label placement, greedy: labels are taken by priority
 * (then left to right) and each goes in the first of its lane's label rows
 * where it overlaps no placed label; a label that fits nowhere is hidden and
 * left to the tooltip. Sorting is O(n log n); each test is a binary search in
 * the row's sorted placed intervals.
 */

export interface LabelCandidate {
  /** Time-ordered position of the event. */
  position: number;
  lane: number;
  /** Left edge and width of the label, in px. */
  x: number;
  width: number;
  /** Higher goes first (selected, focused, highlighted). */
  priority: number;
}

export interface PlacedLabel extends LabelCandidate {
  row: number;
}

export interface LabelLayoutOptions {
  rowsPerLane: number;
  /** Minimum free space between two labels in a row. */
  gap: number;
  /** Labels must start inside [0, viewWidth). */
  viewWidth: number;
  /** Space already taken in a lane's row (a lane name drawn over the lane). */
  obstacles?: readonly { lane: number; row: number; x: number; width: number }[];
}

/** Sorted, non-overlapping intervals of one row. */
class Row {
  private readonly lefts: number[] = [];
  private readonly rights: number[] = [];

  fits(left: number, right: number): boolean {
    // The first placed interval ending after `left` must start after `right`.
    let lo = 0;
    let hi = this.rights.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.rights[mid] ?? 0) <= left) lo = mid + 1;
      else hi = mid;
    }
    return lo === this.lefts.length || (this.lefts[lo] ?? 0) >= right;
  }

  add(left: number, right: number): void {
    let at = 0;
    while (at < this.lefts.length && (this.lefts[at] ?? 0) < left) at++;
    this.lefts.splice(at, 0, left);
    this.rights.splice(at, 0, right);
  }
}

export function layoutLabels(
  candidates: readonly LabelCandidate[],
  options: LabelLayoutOptions,
): PlacedLabel[] {
  const { rowsPerLane, gap, viewWidth } = options;
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || a.x - b.x || a.position - b.position,
  );
  const rows = new Map<number, Row[]>();
  const rowsOf = (lane: number): Row[] => {
    let laneRows = rows.get(lane);
    if (!laneRows) {
      laneRows = Array.from({ length: rowsPerLane }, () => new Row());
      rows.set(lane, laneRows);
    }
    return laneRows;
  };
  for (const obstacle of options.obstacles ?? []) {
    rowsOf(obstacle.lane)[obstacle.row]?.add(obstacle.x, obstacle.x + obstacle.width + gap);
  }
  const placed: PlacedLabel[] = [];
  for (const candidate of ordered) {
    if (candidate.width <= 0 || candidate.x >= viewWidth || candidate.x + candidate.width <= 0)
      continue;
    const laneRows = rowsOf(candidate.lane);
    const left = candidate.x;
    const right = candidate.x + candidate.width + gap;
    const row = laneRows.findIndex((r) => r.fits(left, right));
    if (row < 0) continue;
    laneRows[row]?.add(left, right);
    placed.push({ ...candidate, row });
  }
  return placed;
}

/** Width of a label in px, estimated from its length (no DOM measurement needed per frame). */
export function estimateLabelWidth(text: string, fontPx = 12, maxWidth = 200): number {
  return Math.min(maxWidth, Math.ceil(text.length * fontPx * 0.55) + 4);
}
