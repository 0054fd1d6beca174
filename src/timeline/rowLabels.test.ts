import { describe, expect, it } from "vitest";
import { type RowElement, rowLabels } from "./rowLabels";

const options = { viewWidth: 600, gap: 4, pad: 4, minWidth: 30 };
const el = (position: number, x0: number, x1: number, label: number, bar = false, row = 0) =>
  ({ position, lane: 0, row, x0, x1, label, bar }) as RowElement;

describe("rowLabels", () => {
  it("puts a label inside its bar when it fits there whole", () => {
    const [label] = rowLabels([el(0, 100, 300, 120, true)], options);
    expect(label).toMatchObject({ placement: "inside", x: 104, width: 120, cut: false });
  });

  it("puts a label right of its mark, else left of it near the view's right edge", () => {
    const [right] = rowLabels([el(0, 100, 112, 120)], options);
    expect(right).toMatchObject({ placement: "right", x: 116, width: 120 });
    const [left] = rowLabels([el(0, 560, 572, 120)], options);
    expect(left).toMatchObject({ placement: "left", width: 120, cut: false });
    expect((left?.x ?? 0) + (left?.width ?? 0)).toBe(556);
  });

  it("cuts a label at the next mark, with room to spare, and drops it where there is too little", () => {
    const labels = rowLabels([el(0, 0, 12, 200), el(1, 100, 112, 40), el(2, 130, 142, 300)], {
      ...options,
      viewWidth: 300,
    });
    const first = labels.find((l) => l.position === 0);
    expect(first).toMatchObject({ placement: "right", x: 16, width: 80, cut: true });
    // Between 112 and 130 there is no room for event 1's label, nor left of it after event 0's.
    expect(labels.some((l) => l.position === 1)).toBe(false);
    const last = labels.find((l) => l.position === 2);
    expect(last?.x).toBe(146);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(298);
  });

  it("never overlaps another label or another mark in its row (random input)", () => {
    // Marks of one row never overlap (stackLanes sees to it); labels are up to 250 px.
    const elements = Array.from({ length: 60 }, (_, i) => {
      const x0 = i * 60 + ((i * 7) % 13);
      return el(i, x0, x0 + 6 + (i % 5) * 20, 30 + ((i * 67) % 220), i % 3 === 0, i % 2);
    });
    const labels = rowLabels(elements, { ...options, viewWidth: 3000 });
    expect(labels.length).toBeGreaterThan(20);
    for (const label of labels) {
      for (const other of elements) {
        if (other.position === label.position || other.row !== label.row) continue;
        expect(label.x + label.width <= other.x0 || label.x >= other.x1).toBe(true);
      }
      for (const other of labels) {
        if (other === label || other.row !== label.row) continue;
        expect(label.x + label.width <= other.x || label.x >= other.x + other.width).toBe(true);
      }
    }
  });

  it("keeps a lane name's room in the first row free", () => {
    const [label] = rowLabels([el(0, 10, 22, 100)], { ...options, reserved: [60] });
    expect(label?.x).toBeGreaterThanOrEqual(26);
    const [left] = rowLabels([el(0, 200, 212, 150)], { ...options, reserved: [60] });
    expect(left?.placement).toBe("right");
  });
});
