import { describe, expect, it } from "vitest";
import { estimateLabelWidth, type LabelCandidate, layoutLabels } from "./labelLayout";

const c = (position: number, x: number, width = 50, lane = 0, priority = 0): LabelCandidate => ({
  position,
  lane,
  x,
  width,
  priority,
});
const options = { rowsPerLane: 2, gap: 4, viewWidth: 1000 };

function overlaps(a: { x: number; width: number }, b: { x: number; width: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

describe("layoutLabels", () => {
  it("places labels side by side when they fit", () => {
    const placed = layoutLabels([c(0, 0), c(1, 60), c(2, 120)], options);
    expect(placed.map((p) => p.row)).toEqual([0, 0, 0]);
  });

  it("moves a colliding label to the next row and hides it when no row is free", () => {
    const placed = layoutLabels([c(0, 0), c(1, 10), c(2, 20)], options);
    expect(placed.map((p) => [p.position, p.row])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("never overlaps two placed labels in one row (random input)", () => {
    const candidates = Array.from({ length: 300 }, (_, i) =>
      c(i, (i * 7919) % 997, 20 + (i % 60), i % 3),
    );
    const placed = layoutLabels(candidates, options);
    expect(placed.length).toBeGreaterThan(20);
    for (const a of placed) {
      for (const b of placed) {
        if (a !== b && a.lane === b.lane && a.row === b.row) expect(overlaps(a, b)).toBe(false);
      }
    }
  });

  it("gives priority labels (the selected event) their place first", () => {
    const placed = layoutLabels([c(0, 0, 100), c(1, 5, 100), c(2, 10, 100, 0, 5)], {
      ...options,
      rowsPerLane: 1,
    });
    expect(placed.map((p) => p.position)).toEqual([2]);
  });

  it("keeps labels in their own lane and drops labels out of view", () => {
    const placed = layoutLabels([c(0, 0, 50, 0), c(1, 0, 50, 1), c(2, 1000, 50, 2)], options);
    expect(placed.map((p) => [p.position, p.row])).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });
});

describe("layoutLabels with obstacles", () => {
  it("keeps labels off space already taken, such as a lane name", () => {
    const obstacles = [{ lane: 0, row: 0, x: 0, width: 60 }];
    const placed = layoutLabels([c(0, 10, 30), c(1, 100, 30)], { ...options, obstacles });
    expect(placed.map((p) => [p.position, p.row])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe("estimateLabelWidth", () => {
  it("grows with the text and stops at the maximum", () => {
    expect(estimateLabelWidth("Lavrov arrives")).toBeLessThan(
      estimateLabelWidth("Lavrov arrives in Tokyo"),
    );
    expect(estimateLabelWidth("x".repeat(500), 12, 200)).toBe(200);
  });
});
