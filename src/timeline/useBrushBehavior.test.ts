import { describe, expect, it } from "vitest";
import { brushSelection, MIN_BRUSH_PX, windowFromBrush } from "./useBrushBehavior";

const bounds = { start: 0, end: 1000 };

describe("brushSelection", () => {
  it("draws the window's pixels", () => {
    expect(brushSelection({ start: 100, end: 300 }, bounds, 100)).toEqual([10, 30]);
  });
  it("never draws narrower than the grabbable minimum", () => {
    const [x0, x1] = brushSelection({ start: 500, end: 501 }, bounds, 100);
    expect(x1 - x0).toBe(MIN_BRUSH_PX);
    expect((x0 + x1) / 2).toBeCloseTo(50.05);
  });
});

describe("windowFromBrush", () => {
  it("pans with the current span when the selection is dragged", () => {
    expect(windowFromBrush([40, 52], "drag", { start: 0, end: 10 }, bounds, 100)).toEqual({
      start: 455,
      end: 465,
    });
  });
  it("takes the selection as the window when an edge is dragged", () => {
    expect(windowFromBrush([40, 60], "handle", { start: 0, end: 10 }, bounds, 100)).toEqual({
      start: 400,
      end: 600,
    });
  });
});
