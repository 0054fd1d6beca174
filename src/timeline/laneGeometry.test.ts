import { describe, expect, it } from "vitest";
import {
  AXIS_HEIGHT,
  FOCUS_RING,
  LANE_PAD,
  laneAt,
  laneGeometry,
  laneShown,
  lanesInView,
  MARK_HEIGHT,
  MAX_LANE_HEIGHT,
  RING_ROOM,
  ROW_HEIGHT,
  rowBudget,
  rowMiddle,
  STRIP_HEIGHT,
  sameGeometry,
  scrollToShow,
} from "./laneGeometry";

describe("laneGeometry", () => {
  it("gives each lane the rows it needs, below the strip, one after the other", () => {
    const g = laneGeometry(0, [3, 1, 2]);
    expect(g.laneHeights).toEqual([3, 1, 2].map((r) => r * ROW_HEIGHT + 2 * LANE_PAD));
    expect(g.laneTops[0]).toBe(STRIP_HEIGHT);
    expect(g.laneTops[1]).toBe(STRIP_HEIGHT + (g.laneHeights[0] ?? 0));
    expect(g.lanesHeight).toBe(STRIP_HEIGHT + g.laneHeights.reduce((a, b) => a + b, 0));
  });

  it("stretches lanes to fill the view, up to a limit, and a lane has at least one row", () => {
    const tall = laneGeometry(2000, [1, 0]);
    expect(tall.rows).toEqual([1, 1]);
    expect(tall.laneHeights).toEqual([MAX_LANE_HEIGHT, MAX_LANE_HEIGHT]);
    const some = laneGeometry(AXIS_HEIGHT + STRIP_HEIGHT + 100, [1, 1]);
    expect(some.laneHeights).toEqual([50, 50]);
  });

  it("places rows one under the other inside their lane", () => {
    const g = laneGeometry(0, [2, 2]);
    expect(rowMiddle(g, 1, 1) - rowMiddle(g, 1, 0)).toBe(ROW_HEIGHT);
    expect(rowMiddle(g, 1, 0) - g.markHeight / 2).toBeGreaterThan(g.laneTops[1] ?? 0);
    expect(rowMiddle(g, 0, 1) + g.markHeight / 2).toBeLessThan(g.laneTops[1] ?? 0);
  });

  it("counts the rows that fit", () => {
    const rows = 10;
    const height = AXIS_HEIGHT + STRIP_HEIGHT + 2 * 2 * LANE_PAD + rows * ROW_HEIGHT;
    expect(rowBudget(height, 2)).toBe(rows);
    expect(rowBudget(10, 4)).toBe(4);
  });
});

describe("laneGeometry with lanes a filter leaves empty", () => {
  it("gives them no height, and their room to the lanes shown", () => {
    const all = laneGeometry(300, [1, 1, 1]);
    const some = laneGeometry(300, [1, 1, 1], [true, false, true]);
    expect(some.laneHeights[1]).toBe(0);
    expect(some.rows).toEqual([1, 0, 1]);
    expect(laneShown(some, 1)).toBe(false);
    expect(laneShown(some, 2)).toBe(true);
    // The next lane starts where the empty one would have.
    expect(some.laneTops[2]).toBe(some.laneTops[1]);
    expect(some.laneHeights[0]).toBeGreaterThanOrEqual(all.laneHeights[0] ?? 0);
    expect((some.laneTops[2] ?? 0) + (some.laneHeights[2] ?? 0)).toBe(
      STRIP_HEIGHT + (some.laneHeights[0] ?? 0) * 2,
    );
    // No lane is under a y there.
    expect(laneAt(some.laneTops[1] ?? 0, some)).toBe(2);
  });

  it("leaves the axis at the view's foot when the lanes, at their tallest, fill less", () => {
    // One lane of one row in a 300 px view: 56 px of lane, the axis under the empty band's foot.
    const one = laneGeometry(300, [1]);
    expect(one.laneHeights).toEqual([MAX_LANE_HEIGHT]);
    expect(one.lanesHeight).toBe(300 - AXIS_HEIGHT);
    // Lanes that need more than the view keep the axis under their last (lanesInView scrolls them).
    const many = laneGeometry(100, [3, 3, 3]);
    expect(many.lanesHeight).toBe((many.laneTops[2] ?? 0) + (many.laneHeights[2] ?? 0));
  });

  it("shows every lane without a list, or with every lane in it", () => {
    expect(laneGeometry(300, [2, 1], null)).toEqual(laneGeometry(300, [2, 1]));
    expect(laneGeometry(300, [2, 1], [true, true])).toEqual(laneGeometry(300, [2, 1]));
  });
});

describe("lanesInView", () => {
  // The shipped story's eight lanes of a row each: 112 px of lanes, 160 px with the strip and the axis.
  const eight = laneGeometry(0, [1, 1, 1, 1, 1, 1, 1, 1]);

  it("leaves lanes that fit as they are", () => {
    expect(lanesInView(eight, 160, 0)).toBe(eight);
    expect(lanesInView(eight, 400, 50)).toBe(eight);
    // Not measured yet, or no limit.
    expect(lanesInView(eight, 0, 50)).toBe(eight);
    expect(lanesInView(eight, Number.POSITIVE_INFINITY, 50)).toBe(eight);
  });

  it("keeps the strip and the axis in a short view, the lanes' visible part between them", () => {
    // A 320×400 embed's detail view: 123 px.
    const view = lanesInView(eight, 123, 0);
    expect(view.lanesHeight).toBe(123 - AXIS_HEIGHT);
    expect(view.scrollMax).toBe(160 - 123 + 2 * RING_ROOM);
    expect(view.scroll).toBe(0);
    // Room for a focused mark's ring above the first row.
    expect(view.laneTops[0]).toBe(STRIP_HEIGHT + RING_ROOM);
    // The canvas and the grid end with the view: nothing of them is pushed out.
    expect(view.lanesHeight + AXIS_HEIGHT).toBe(123);
    expect(view.laneHeights).toEqual(eight.laneHeights);
  });

  it("scrolls the lanes under the strip, clamped to what they need", () => {
    const view = lanesInView(eight, 123, 20);
    expect(view.scroll).toBe(20);
    expect(view.laneTops).toEqual(eight.laneTops.map((top) => top + RING_ROOM - 20));
    expect(view.lanesHeight).toBe(123 - AXIS_HEIGHT);
    const end = lanesInView(eight, 123, 10_000);
    expect(end.scroll).toBe(37 + 2 * RING_ROOM);
    // Scrolled to the end, the last lane ends above the axis, with room for a ring.
    const last = eight.laneTops.length - 1;
    expect((end.laneTops[last] ?? 0) + (end.laneHeights[last] ?? 0)).toBe(
      end.lanesHeight - RING_ROOM,
    );
    expect(lanesInView(eight, 123, -5).scroll).toBe(0);
  });

  it("finds lanes only on their visible part", () => {
    const view = lanesInView(eight, 123, 20);
    // Lane 1 starts under the strip: the strip's y is no lane's.
    expect(laneAt(STRIP_HEIGHT - 1, view)).toBe(-1);
    expect(laneAt(STRIP_HEIGHT, view)).toBe(1);
    // The last visible px above the axis, and the axis.
    expect(laneAt(view.lanesHeight - 1, view)).toBe(6);
    expect(laneAt(view.lanesHeight, view)).toBe(-1);
  });
});

describe("laneAt", () => {
  it("finds the lane under a y offset, or -1 outside the lanes", () => {
    const g = laneGeometry(0, [1, 3, 1]);
    expect(laneAt(STRIP_HEIGHT, g)).toBe(0);
    expect(laneAt((g.laneTops[1] ?? 0) + 20, g)).toBe(1);
    expect(laneAt(g.lanesHeight - 1, g)).toBe(2);
    expect(laneAt(g.lanesHeight, g)).toBe(-1);
    expect(laneAt(STRIP_HEIGHT - 1, g)).toBe(-1);
  });
});

describe("scrollToShow", () => {
  // Five lanes of two rows: 5 × 28 px of lanes under the strip, then the axis.
  const geometry = laneGeometry(Number.POSITIVE_INFINITY, [2, 2, 2, 2, 2]);
  const content = geometry.lanesHeight + AXIS_HEIGHT;
  // A view with 52 px of lanes between the strip and the axis.
  const view = STRIP_HEIGHT + 52 + AXIS_HEIGHT;
  const shownIn = (scroll: number, lane: number, row: number) => {
    const middle = rowMiddle(lanesInView(geometry, view, scroll), lane, row);
    return middle - ROW_HEIGHT / 2 >= STRIP_HEIGHT && middle + ROW_HEIGHT / 2 <= view - AXIS_HEIGHT;
  };

  it("never scrolls lanes that fit", () => {
    expect(scrollToShow(geometry, 4, 1, content, 0)).toBe(0);
    expect(scrollToShow(geometry, 4, 1, content + 50, 30)).toBe(0);
  });

  it("scrolls down just enough to show a row below the axis, with half a row to spare", () => {
    expect(shownIn(0, 3, 1)).toBe(false);
    const scroll = scrollToShow(geometry, 3, 1, view, 0);
    expect(scroll).toBeGreaterThan(0);
    expect(shownIn(scroll, 3, 1)).toBe(true);
    const middle = rowMiddle(lanesInView(geometry, view, scroll), 3, 1);
    expect(middle + ROW_HEIGHT).toBe(view - AXIS_HEIGHT);
    // The last row: as far as the lanes go, no further.
    const last = scrollToShow(geometry, 4, 1, view, 0);
    expect(last).toBe(lanesInView(geometry, view, 0).scrollMax);
    expect(shownIn(last, 4, 1)).toBe(true);
  });

  it("scrolls up to a row under the strip, and stays put for a row already in view", () => {
    expect(scrollToShow(geometry, 0, 0, view, 100)).toBe(0);
    const shown = scrollToShow(geometry, 2, 0, view, 0);
    expect(shownIn(shown, 2, 0)).toBe(true);
    expect(scrollToShow(geometry, 2, 0, view, shown)).toBe(shown);
    expect(scrollToShow(geometry, 2, 1, view, shown)).toBe(shown + ROW_HEIGHT);
  });

  it("stays within the lanes, and only clamps without a lane to show", () => {
    const most = lanesInView(geometry, view, 0).scrollMax;
    expect(most).toBe(content - view + 2 * RING_ROOM);
    expect(scrollToShow(geometry, 4, 1, view, 0)).toBeLessThanOrEqual(most);
    expect(scrollToShow(geometry, -1, 0, view, 10_000)).toBe(most);
    expect(scrollToShow(geometry, -1, 0, view, 25)).toBe(25);
  });
});

describe("a focused mark's ring on lanes that scroll", () => {
  // timeline.css's `.tl-mark:focus-visible`: a 3 px outline 3 px off the mark, which is
  // MARK_HEIGHT tall on its row's middle. The lanes' layer is cut at the strip and the axis.
  const ring = MARK_HEIGHT / 2 + 3 + 3;
  const cases = [
    {
      name: "the shipped story's eight lanes in a 320×400 embed",
      rows: [1, 1, 1, 1, 1, 1, 1, 1],
      view: 123,
    },
    {
      name: "five lanes of two rows, 52 px for them",
      rows: [2, 2, 2, 2, 2],
      view: STRIP_HEIGHT + 52 + AXIS_HEIGHT,
    },
    {
      name: "six lanes of a row in 53 px (a dense embed)",
      rows: [1, 1, 1, 1, 1, 1],
      view: STRIP_HEIGHT + 53 + AXIS_HEIGHT,
    },
  ];

  it("is FOCUS_RING past the mark, and RING_ROOM past its row", () => {
    expect(FOCUS_RING).toBe(6);
    expect(RING_ROOM).toBe(ring - ROW_HEIGHT / 2 - LANE_PAD);
  });

  for (const { name, rows, view } of cases) {
    it(`is seen whole in every row once focus scrolls to it, from either end: ${name}`, () => {
      const geometry = laneGeometry(view, rows);
      const most = lanesInView(geometry, view, 0).scrollMax;
      expect(most).toBeGreaterThan(0);
      const cut: string[] = [];
      rows.forEach((count, lane) => {
        for (let row = 0; row < count; row++) {
          for (const from of [0, most]) {
            const scroll = scrollToShow(geometry, lane, row, view, from);
            const shown = lanesInView(geometry, view, scroll);
            const middle = rowMiddle(shown, lane, row);
            const over = Math.max(0, STRIP_HEIGHT - (middle - ring));
            const under = Math.max(0, middle + ring - shown.lanesHeight);
            if (over + under > 0)
              cut.push(
                `lane ${lane} row ${row} from ${from}: ${over} px under the strip, ${under} px under the axis`,
              );
          }
        }
      });
      expect(cut).toEqual([]);
    });
  }
});

describe("sameGeometry", () => {
  it("holds two layouts' geometries of the same lanes and view equal, and not when rows or scroll differ", () => {
    const view = AXIS_HEIGHT + STRIP_HEIGHT + 100;
    const a = laneGeometry(view, [1, 1, 1, 1, 1, 1, 1, 1]);
    const b = laneGeometry(view, [1, 1, 1, 1, 1, 1, 1, 1]);
    expect(b).not.toBe(a);
    expect(sameGeometry(a, b)).toBe(true);
    expect(sameGeometry(lanesInView(a, view, 10), lanesInView(b, view, 10))).toBe(true);
    expect(sameGeometry(lanesInView(a, view, 10), lanesInView(b, view, 20))).toBe(false);
    expect(sameGeometry(a, laneGeometry(view, [2, 1, 1, 1, 1, 1, 1, 1]))).toBe(false);
    expect(sameGeometry(a, laneGeometry(view, [1, 1, 1, 1, 1, 1, 1]))).toBe(false);
    expect(sameGeometry(a, laneGeometry(view + 40, [1, 1, 1, 1, 1, 1, 1, 1]))).toBe(false);
  });
});
