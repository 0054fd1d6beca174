/**
 * Vertical layout of the detail view: a strip for period names and hints at
 * the top, then the lanes, then the axis. A lane holds one or more sub-rows
 * (see stackLanes), each a line of marks with their labels beside or inside
 * them; lanes share what height is left over, within limits. Lanes taller
 * than the view scroll between the strip and the axis, which stay in place
 * (`lanesInView`).
 */

export const AXIS_HEIGHT = 24;
/** The strip above the lanes: period names, the publication date, hints to events off-screen
 * (buttons, so 24 px: WCAG 2.2's target size, which Lighthouse counts). */
export const STRIP_HEIGHT = 24;
/** One sub-row: a mark and its label on one line. */
export const ROW_HEIGHT = 14;
export const MARK_HEIGHT = 12;
/** Space above the first row and below the last of a lane (lanes are told apart by their shading). */
export const LANE_PAD = 0;
/** Lanes grow to fill the view up to this height (more only for the rows they need). */
export const MAX_LANE_HEIGHT = 56;
/** How far a focused mark's ring reaches out of the mark: `.tl-mark:focus-visible` in timeline.css, a 3 px outline 3 px off it. */
export const FOCUS_RING = 6;
/**
 * Room left above the first row and below the last where lanes scroll
 * (lanesInView), whose layer is cut at the strip and the axis: a focused
 * mark's ring reaches this far past its row (5 px), and the first and last
 * rows' rings were cut there.
 */
export const RING_ROOM = Math.max(0, MARK_HEIGHT / 2 + FOCUS_RING - (LANE_PAD + ROW_HEIGHT / 2));

export interface LaneGeometry {
  /** y of the top of each lane, and its height. */
  laneTops: number[];
  laneHeights: number[];
  /** y of the bottom of the last lane, or of the lanes' visible part when they scroll: the axis goes below it. */
  lanesHeight: number;
  /** Sub-rows of each lane (0 for a lane a filter left empty). */
  rows: number[];
  rowHeight: number;
  /** Height of bars and points. */
  markHeight: number;
  /** y of the first row's marks' middle, from the top of a lane. */
  markY: number;
  /** Px the lanes are scrolled up by under the strip (`lanesInView`); 0 when they fit. */
  scroll: number;
  /** The most they can scroll: 0 when they fit the view. */
  scrollMax: number;
}

/** How many rows the lanes may use together in `availableHeight`. */
export function rowBudget(availableHeight: number, laneCount: number): number {
  const room = availableHeight - AXIS_HEIGHT - STRIP_HEIGHT - Math.max(1, laneCount) * 2 * LANE_PAD;
  return Math.max(laneCount, Math.floor(room / ROW_HEIGHT));
}

/**
 * Lanes of `rows` sub-rows each (at least one), stretched evenly to fill
 * `availableHeight` up to MAX_LANE_HEIGHT each. Lanes `shown` marks false (a filter left them
 * no event: `lanesWithShown`) take no row and no height; the others share their room.
 */
export function laneGeometry(
  availableHeight: number,
  rows: readonly number[],
  shown: readonly boolean[] | null = null,
): LaneGeometry {
  const laneRows = (rows.length === 0 ? [1] : rows).map((r, lane) =>
    shown?.[lane] === false ? 0 : Math.max(1, r),
  );
  const needed = laneRows.map((r) => (r === 0 ? 0 : r * ROW_HEIGHT + 2 * LANE_PAD));
  const total = needed.reduce((a, b) => a + b, 0);
  const room = availableHeight - AXIS_HEIGHT - STRIP_HEIGHT;
  const showing = Math.max(1, laneRows.filter((r) => r > 0).length);
  const extra = Number.isFinite(room) ? Math.max(0, Math.floor((room - total) / showing)) : 0;
  const laneHeights = needed.map((h) =>
    h === 0 ? 0 : Math.max(h, Math.min(MAX_LANE_HEIGHT, h + extra)),
  );
  const laneTops: number[] = [];
  let y = STRIP_HEIGHT;
  for (const height of laneHeights) {
    laneTops.push(y);
    y += height;
  }
  return {
    laneTops,
    laneHeights,
    // Lanes that fill less than the view (one or two lanes at their most, MAX_LANE_HEIGHT) leave
    // the axis at the view's foot, not floating under them over an empty band.
    lanesHeight: Number.isFinite(room) ? Math.max(y, STRIP_HEIGHT + room) : y,
    rows: laneRows,
    rowHeight: ROW_HEIGHT,
    markHeight: MARK_HEIGHT,
    markY: LANE_PAD + ROW_HEIGHT / 2,
    scroll: 0,
    scrollMax: 0,
  };
}

/**
 * The lanes of `geometry` (laneGeometry's, unscrolled) as a view `viewHeight`
 * tall shows them. Where they need more height than the view has between the
 * strip and the axis, they scroll there by `scroll` (clamped) and the axis
 * stays at the view's foot, under the lanes' visible part: the strip, the
 * axis and the lanes never cover each other. The scrolled lanes keep
 * RING_ROOM free above their first row and below their last, so that a
 * focused mark's ring there is seen whole. Lanes that fit are returned as
 * they are. Without this the axis sat under the last lane, pushed out of a
 * short view (a 320×400 embed needs 160 px for the shipped story's eight lanes
 * and had 123), and the strip scrolled away with the lanes.
 */
export function lanesInView(
  geometry: LaneGeometry,
  viewHeight: number,
  scroll: number,
): LaneGeometry {
  if (!(viewHeight > 0) || !Number.isFinite(viewHeight)) return geometry;
  const band = Math.max(0, viewHeight - STRIP_HEIGHT - AXIS_HEIGHT);
  const lanes = geometry.lanesHeight - STRIP_HEIGHT;
  if (lanes <= band) return geometry;
  const scrollMax = Math.ceil(lanes + 2 * RING_ROOM - band);
  const offset = Math.min(Math.max(0, Math.round(scroll)), scrollMax);
  return {
    ...geometry,
    laneTops: geometry.laneTops.map((top) => top + RING_ROOM - offset),
    lanesHeight: STRIP_HEIGHT + band,
    scroll: offset,
    scrollMax,
  };
}

/** Whether two geometries place every lane and row alike (each layout makes its own, equal or not). */
export function sameGeometry(a: LaneGeometry, b: LaneGeometry): boolean {
  const same = (x: readonly number[], y: readonly number[]) =>
    x.length === y.length && x.every((value, i) => value === y[i]);
  return (
    a === b ||
    (a.lanesHeight === b.lanesHeight &&
      a.rowHeight === b.rowHeight &&
      a.markHeight === b.markHeight &&
      a.markY === b.markY &&
      a.scroll === b.scroll &&
      a.scrollMax === b.scrollMax &&
      same(a.laneTops, b.laneTops) &&
      same(a.laneHeights, b.laneHeights) &&
      same(a.rows, b.rows))
  );
}

/** Whether y (from the top of the view) is on the lanes' visible part, between the strip and the axis. */
export function onLanes(y: number, geometry: LaneGeometry): boolean {
  return y >= STRIP_HEIGHT && y < geometry.lanesHeight;
}

/** Whether a lane has rows: false where a filter left it no event (laneGeometry's `shown`). */
export function laneShown(geometry: LaneGeometry, lane: number): boolean {
  return (geometry.rows[lane] ?? 1) > 0;
}

/** y of the middle of a row's marks, from the top of the view. */
export function rowMiddle(geometry: LaneGeometry, lane: number, row: number): number {
  return (geometry.laneTops[lane] ?? 0) + geometry.markY + row * geometry.rowHeight;
}

/** The lane under a y offset in the view, or -1 outside the lanes' visible part. */
export function laneAt(y: number, geometry: LaneGeometry): number {
  if (!onLanes(y, geometry)) return -1;
  const { laneTops, laneHeights } = geometry;
  for (let lane = 0; lane < laneTops.length; lane++) {
    const top = laneTops[lane] ?? 0;
    if (y >= top && y < top + (laneHeights[lane] ?? 0)) return lane;
  }
  return -1;
}

/**
 * The lanes' scroll (see lanesInView) that shows one row of one lane, with
 * room for a focused mark's ring and half a row to spare each side, moving as
 * little as possible from `current`. `geometry` is laneGeometry's, unscrolled.
 * Lanes that fit in `viewHeight` never scroll. A phone's short lanes area (the
 * sheet open under it) thus follows the selection instead of leaving its lane
 * below the fold, and the keyboard's focus is seen with its ring.
 */
export function scrollToShow(
  geometry: LaneGeometry,
  lane: number,
  row: number,
  viewHeight: number,
  current: number,
): number {
  const most = lanesInView(geometry, viewHeight, 0).scrollMax;
  if (most === 0 || lane < 0) return Math.min(Math.max(0, current), most);
  const band = viewHeight - STRIP_HEIGHT - AXIS_HEIGHT;
  // From the top of the scrolled content (RING_ROOM above the first lane), as the scroll counts.
  const middle = rowMiddle(geometry, lane, row) - STRIP_HEIGHT + RING_ROOM;
  const reach = Math.max(geometry.rowHeight, geometry.markHeight / 2 + FOCUS_RING);
  const top = Math.max(0, middle - reach);
  const bottom = middle + reach;
  let next = current;
  if (bottom - top >= band || top < next) next = top;
  else if (bottom > next + band) next = bottom - band;
  return Math.min(Math.max(0, Math.round(next)), most);
}
