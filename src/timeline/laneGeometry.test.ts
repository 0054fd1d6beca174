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
  // Five lanes of two rows: 5 × 28 px of lanes under the 16 px strip, then the 24 px axis.
  const geometry = laneGeometry(Number.POSITIVE_INFINITY, [2, 2, 2, 2, 2]);
  const content = geometry.lanesHeight + AXIS_HEIGHT;

  it("never scrolls lanes that fit", () => {
    expect(scrollToShow(geometry, 4, 1, content, 0)).toBe(0);
    expect(scrollToShow(geometry, 4, 1, content + 50, 30)).toBe(0);
  });

  it("scrolls down just enough to show a row below the fold, with half a row to spare", () => {
    const middle = rowMiddle(geometry, 4, 1);
    const top = scrollToShow(geometry, 4, 1, 60, 0);
    expect(top).toBeGreaterThan(0);
    expect(middle + ROW_HEIGHT).toBeLessThanOrEqual(top + 60);
    expect(middle - ROW_HEIGHT / 2).toBeGreaterThanOrEqual(top);
  });

  it("scrolls up to a row above the view, and stays put for a row already in view", () => {
    const middle = rowMiddle(geometry, 0, 0);
    expect(scrollToShow(geometry, 0, 0, 60, 100)).toBe(Math.round(middle - ROW_HEIGHT));
    const shown = scrollToShow(geometry, 2, 0, 60, 0);
    expect(scrollToShow(geometry, 2, 0, 60, shown)).toBe(shown);
    expect(scrollToShow(geometry, 2, 1, 60, shown)).toBe(shown + ROW_HEIGHT);
  });

  it("stays within the content, and only clamps without a lane to show", () => {
    expect(scrollToShow(geometry, 4, 1, 60, 0)).toBeLessThanOrEqual(content - 60);
    expect(scrollToShow(geometry, -1, 0, 60, 10_000)).toBe(content - 60);
    expect(scrollToShow(geometry, -1, 0, 60, 25)).toBe(25);
  });
});
