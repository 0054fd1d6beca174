/**
 * Stacking within a lane: events whose marks (and, where room allows, their
 * labels) would overlap go to separate sub-rows, greedily: wide marks (spans,
 * years) first, left to right, then the narrow ones (days, months) into the
 * room they leave.
 * A lane holds at most its `cap` rows; an event that fits in none joins a
 * group (drawn as a count that zooms in), the level of detail taking over.
 * A pinned event (selected or focused) never does, nor is it joined: where no
 * row has room for it, or for an event closest to it, that event gets a row
 * past the cap, so that nothing covers another and no count stretches far.
 *
 * Zoom-stable: the caller measures items at `quantizedScale`, a scale that
 * changes only at each doubling of the zoom, and in pixels counted from the
 * epoch rather than from the window's edge, so rows change neither at every
 * zoom step nor while panning. A layout valid at the quantized scale stays
 * valid at the real one: it is at least as zoomed in, so the time between two
 * marks only grows in pixels while marks and labels keep their pixel size.
 * Deterministic: ties are broken by length, then time-ordered position.
 * O(n log n) for the sort, O(n²) at worst for the placement: it runs on the
 * few hundred events the DOM draws at most, never on a dense view.
 */

export interface StackItem {
  /** Time-ordered position of the event. */
  position: number;
  lane: number;
  /** The mark's extent in (quantized) px. */
  x0: number;
  x1: number;
  /** Right end of the mark and its label when the label follows the mark (x1 when it sits inside). */
  full: number;
  /** Never grouped (the selected or focused event). */
  pinned?: boolean;
}

export interface StackOptions {
  /** Free px between two marks in a row. */
  gap: number;
  /** Most rows of each lane (missing: unlimited). */
  caps?: readonly number[];
  /** Per lane, px taken at the start of row 0 up to this x (a lane name drawn over the lane). */
  reserved?: readonly number[];
  /** A group is drawn at least this wide (its count). */
  minGroupPx?: number;
}

export interface StackGroup {
  lane: number;
  row: number;
  /** Time-ordered positions of the events it stands for. */
  positions: number[];
}

export interface Stacking {
  /** Row of each event drawn on its own, by position (grouped events have none). */
  rowOf: Map<number, number>;
  /** Rows each lane uses (0 for a lane with nothing in it). */
  rowsUsed: number[];
  groups: StackGroup[];
}

/** A row's taken stretches: marks, marks with the labels beside them, and pinned marks. */
interface Row {
  marks: { x0: number; x1: number }[];
  full: { x0: number; x1: number }[];
  pinned: { x0: number; x1: number }[];
}

/** A narrow event or group placed in a row, which a later event may join (unless pinned). */
interface Narrow {
  row: number;
  x0: number;
  x1: number;
  element: number | StackGroup;
  pinned: boolean;
}

/** Marks at least this wide are placed first (a span does not wait for the days under it). */
export const WIDE_PX = 48;

/** Two wide marks are alike when their ends differ by at most this share of the mark's width. */
const ALIKE = 0.1;

function free(taken: readonly { x0: number; x1: number }[], x0: number, x1: number, gap: number) {
  return taken.every((t) => t.x1 + gap <= x0 || x1 + gap <= t.x0);
}

/** The scale rows are computed at: ms per px rounded up to a power of two. */
export function quantizedScale(msPerPx: number): number {
  if (!(msPerPx > 0)) throw new Error(`invalid msPerPx: ${msPerPx}`);
  return 2 ** Math.ceil(Math.log2(msPerPx));
}

export function stackLanes(items: readonly StackItem[], options: StackOptions): Stacking {
  const { gap, minGroupPx = 0 } = options;
  const wide = (item: StackItem) => item.x1 - item.x0 >= WIDE_PX;
  // Wide marks first, then the rest; each left to right, at one start the longest first.
  const ordered = [...items].sort(
    (a, b) =>
      a.lane - b.lane ||
      Number(wide(b)) - Number(wide(a)) ||
      a.x0 - b.x0 ||
      b.x1 - a.x1 ||
      a.position - b.position,
  );
  const rowOf = new Map<number, number>();
  const groups: StackGroup[] = [];
  const rowsOf = new Map<number, Row[]>();
  /** Narrow elements placed, per lane, to group with: an event or a group, and its extent. */
  const narrowOf = new Map<number, Narrow[]>();
  /** Wide ones likewise: a wide event joins only one alike (the same year drawn wide). */
  const wideOf = new Map<number, Narrow[]>();
  const lanes = (lane: number): Row[] => {
    let rows = rowsOf.get(lane);
    if (!rows) {
      const reserved = options.reserved?.[lane];
      const taken = reserved === undefined ? [] : [{ x0: Number.NEGATIVE_INFINITY, x1: reserved }];
      rows = reserved === undefined ? [] : [{ marks: [...taken], full: [...taken], pinned: [] }];
      rowsOf.set(lane, rows);
    }
    return rows;
  };
  const remember = (list: Map<number, Narrow[]>, lane: number, element: Narrow) => {
    const placed = list.get(lane) ?? [];
    placed.push(element);
    list.set(lane, placed);
  };
  for (const item of ordered) {
    const { lane, x0, x1 } = item;
    const rows = lanes(lane);
    const cap = options.caps?.[lane] ?? Number.POSITIVE_INFINITY;
    // A row where the mark and its whole label fit, else a new row, else a row where the mark fits.
    let row = rows.findIndex((r) => free(r.full, x0, item.full, gap));
    if (row < 0 && rows.length < cap) row = rows.length;
    if (row < 0) row = rows.findIndex((r) => free(r.marks, x0, x1, gap));
    if (row < 0 && item.pinned) row = rows.length;
    const isWide = wide(item);
    /** Whether a later event may join this one in a group (a narrow one, or one past the cap). */
    let joinable = !isWide;
    if (row < 0) {
      // No room: the event joins a group with the most alike narrow element (the same
      // month, the same day), so a group stands for events close in time. A wide one joins
      // only a wide element of nearly its extent: thirty events of one year, drawn wide when
      // zoomed in, each took a row past the cap, below the lane's end, with no count (review 23).
      // A group already over the event is as alike as can be: a group grows to its count's
      // width, and the thirty events of one date made fifteen counts of 2 instead of one.
      const unlike = (e: Narrow) =>
        typeof e.element !== "number" && e.x0 <= x0 && x1 <= e.x1
          ? 0
          : Math.abs(e.x0 - x0) + Math.abs(e.x1 - x1);
      const candidates = isWide
        ? (wideOf.get(lane) ?? []).filter((e) => unlike(e) <= ALIKE * (x1 - x0))
        : (narrowOf.get(lane) ?? []);
      // Between two as alike, not the pinned one: the first of thirty events of one date is the
      // one in the tab order, pinned, and each of the others took a row of its own (review 23).
      let partner: Narrow | undefined;
      for (const e of candidates) {
        const nearer = !partner || unlike(e) < unlike(partner);
        if (nearer || (partner?.pinned && !e.pinned && unlike(e) === unlike(partner))) partner = e;
      }
      const grownX0 = Math.min(partner?.x0 ?? x0, x0);
      const grownX1 = Math.max(partner?.x1 ?? x1, x1, grownX0 + minGroupPx);
      if (
        partner &&
        !partner.pinned &&
        free(rows[partner.row]?.pinned ?? [], grownX0, grownX1, gap)
      ) {
        let group = partner.element;
        if (typeof group === "number") {
          rowOf.delete(group);
          group = { lane, row: partner.row, positions: [group] };
          groups.push(group);
          partner.element = group;
        }
        group.positions.push(item.position);
        const r = rows[partner.row];
        if (r) {
          r.marks.push({ x0: grownX0, x1: grownX1 });
          r.full.push({ x0: grownX0, x1: grownX1 });
        }
        partner.x0 = grownX0;
        partner.x1 = grownX1;
        continue;
      }
      // Nothing narrow to join (every row is taken by spans there), only the pinned event close
      // by (the next closest may be far off), or a count that would cover it: a row past the cap.
      row = rows.length;
      joinable = true;
    }
    const r = rows[row] ?? { marks: [], full: [], pinned: [] };
    if (row === rows.length) rows.push(r);
    r.marks.push({ x0, x1 });
    if (item.pinned) r.pinned.push({ x0, x1 });
    r.full.push({ x0, x1: Math.max(x1, item.full) });
    rowOf.set(item.position, row);
    const element = { row, x0, x1, element: item.position, pinned: item.pinned === true };
    if (joinable) remember(narrowOf, lane, element);
    if (isWide) remember(wideOf, lane, { ...element });
  }
  const rowsUsed: number[] = [];
  for (const [lane, rows] of rowsOf) rowsUsed[lane] = rows.length;
  for (let i = 0; i < rowsUsed.length; i++) rowsUsed[i] ??= 0;
  return { rowOf, rowsUsed, groups };
}

/**
 * Rows for each lane out of `budget`: every lane one, then one more at a time
 * to each lane that still needs more, in lane order, until the budget is
 * spent or every need is met.
 */
export function allocateRows(needs: readonly number[], budget: number): number[] {
  const caps = needs.map(() => 1);
  let left = budget - caps.length;
  let grew = true;
  while (left > 0 && grew) {
    grew = false;
    for (let lane = 0; lane < needs.length && left > 0; lane++) {
      if ((caps[lane] ?? 1) < (needs[lane] ?? 0)) {
        caps[lane] = (caps[lane] ?? 1) + 1;
        left--;
        grew = true;
      }
    }
  }
  return caps;
}
