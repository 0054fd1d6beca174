import { describe, expect, it } from "vitest";
import type { Interval } from "../data/dates";
import { focusWindow } from "./focusWindow";
import { FOCUS_RING } from "./laneGeometry";
import { markExtent, POINT_PX } from "./marks";

const DAY = 24 * 3600 * 1000;
/** 1000 days over 1000 px: one px a day. */
const VIEW: Interval = { start: 0, end: 1000 * DAY };
const WIDTH = 1000;
const day = (n: number): Interval => ({ start: n * DAY, end: n * DAY + 1 });

/** The mark's ring, in px, inside the width of the view it is drawn in. */
function ringInside(view: Interval, interval: Interval, kind: "point" | "span" = "point") {
  const { x0, x1 } = markExtent(kind, interval, view, WIDTH);
  return x0 - FOCUS_RING >= 0 && x1 + FOCUS_RING <= WIDTH;
}

describe("focusWindow", () => {
  it("leaves a view that shows the mark and its ring whole", () => {
    expect(focusWindow(VIEW, "point", day(500), WIDTH)).toBe(VIEW);
    expect(focusWindow(VIEW, "point", day(1000 - POINT_PX / 2 - FOCUS_RING), WIDTH)).toBe(VIEW);
  });

  it("pans the fewest px that bring a ring cut at the right or left edge inside", () => {
    // The review's case: a diamond drawn 4 px from the right edge.
    const right = focusWindow(VIEW, "point", day(990), WIDTH);
    expect(ringInside(VIEW, day(990))).toBe(false);
    expect(ringInside(right, day(990))).toBe(true);
    expect(right.end - right.start).toBe(VIEW.end - VIEW.start);
    expect((right.start - VIEW.start) / DAY).toBeCloseTo(
      990 + POINT_PX / 2 + FOCUS_RING - WIDTH,
      3,
    );
    const left = focusWindow(VIEW, "point", day(3), WIDTH);
    expect(ringInside(left, day(3))).toBe(true);
    expect(left.start).toBeLessThan(VIEW.start);
  });

  it("brings an event out of view into it, and leaves a span wider than the view", () => {
    const later = focusWindow(VIEW, "point", day(1500), WIDTH);
    expect(ringInside(later, day(1500))).toBe(true);
    const long = { start: -10 * DAY, end: 1200 * DAY };
    expect(focusWindow(VIEW, "span", long, WIDTH)).toBe(VIEW);
  });
});
