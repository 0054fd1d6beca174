import { describe, expect, it } from "vitest";
import {
  AXIS_HEIGHT,
  LANE_PAD,
  laneAt,
  laneGeometry,
  MAX_LANE_HEIGHT,
  ROW_HEIGHT,
  rowBudget,
  rowMiddle,
  STRIP_HEIGHT,
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
