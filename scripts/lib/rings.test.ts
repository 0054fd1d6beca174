import { describe, expect, it } from "vitest";
import { boxContains, polygonContains, ringContains, ringsBox, signedArea } from "./rings";

/** A closed square ring, counter-clockwise. */
const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe("rings", () => {
  it("gives twice the signed area, positive counter-clockwise", () => {
    expect(signedArea(square(0, 0, 2))).toBe(8);
    expect(signedArea(square(0, 0, 2).reverse())).toBe(-8);
  });

  it("boxes every position of the rings", () => {
    expect(ringsBox([square(0, 0, 2), square(5, -1, 1)])).toEqual([0, -1, 6, 2]);
    expect(ringsBox([])).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });

  it("tells a box inside another, edges included", () => {
    expect(boxContains([0, 0, 10, 10], [0, 2, 10, 3])).toBe(true);
    expect(boxContains([0, 0, 10, 10], [-1, 2, 5, 3])).toBe(false);
  });

  it("finds a point inside a ring, and not inside a polygon's hole", () => {
    expect(ringContains(square(0, 0, 4), [1, 1])).toBe(true);
    expect(ringContains(square(0, 0, 4), [5, 1])).toBe(false);
    const withHole = [square(0, 0, 4), square(1, 1, 2).reverse()];
    expect(polygonContains(withHole, [0.5, 0.5])).toBe(true);
    expect(polygonContains(withHole, [2, 2])).toBe(false);
    expect(polygonContains([], [2, 2])).toBe(false);
  });
});
