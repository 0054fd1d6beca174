import { describe, expect, it } from "vitest";
import {
  AXIS_HEIGHT,
  laneAt,
  laneGeometry,
  MAX_LANE_HEIGHT,
  MIN_LANE_HEIGHT,
} from "./laneGeometry";

describe("laneGeometry", () => {
  it("shares the height left by the axis between the lanes", () => {
    const g = laneGeometry(AXIS_HEIGHT + 5 * 50, 5);
    expect(g.laneHeight).toBe(50);
    expect(g.lanesHeight).toBe(250);
    expect(g.labelRowsY.length).toBe(2);
  });

  it("keeps lanes between the minimum and the maximum height", () => {
    expect(laneGeometry(100, 6).laneHeight).toBe(MIN_LANE_HEIGHT);
    expect(laneGeometry(2000, 2).laneHeight).toBe(MAX_LANE_HEIGHT);
  });

  it("keeps one label row in low lanes, below the marks", () => {
    const g = laneGeometry(0, 3);
    expect(g.labelRowsY.length).toBe(1);
    expect(g.labelRowsY[0]).toBeGreaterThan(g.markY + g.markHeight / 2);
    expect((g.labelRowsY[0] ?? 0) + 12).toBeLessThanOrEqual(g.laneHeight);
  });
});

describe("laneAt", () => {
  it("finds the lane under a y offset", () => {
    const g = laneGeometry(AXIS_HEIGHT + 3 * 50, 3);
    expect(laneAt(0, g, 3)).toBe(0);
    expect(laneAt(75, g, 3)).toBe(1);
    expect(laneAt(149, g, 3)).toBe(2);
    expect(laneAt(150, g, 3)).toBe(-1);
    expect(laneAt(-1, g, 3)).toBe(-1);
  });
});
