import { describe, expect, it } from "vitest";
import { dodge } from "./dodge";

describe("dodge", () => {
  it("leaves marks that are far enough apart where they are", () => {
    const out = dodge(
      [
        { position: 0, lane: 0, x: 10 },
        { position: 1, lane: 0, x: 40 },
      ],
      14,
    );
    expect(out.get(0)).toBe(10);
    expect(out.get(1)).toBe(40);
  });

  it("spreads marks on the same spot around it, in time order", () => {
    const out = dodge(
      [
        { position: 5, lane: 1, x: 100 },
        { position: 6, lane: 1, x: 100 },
        { position: 7, lane: 1, x: 100 },
      ],
      14,
    );
    expect([out.get(5), out.get(6), out.get(7)]).toEqual([86, 100, 114]);
  });

  it("merges clusters that touch after spreading, keeping every pair a gap apart", () => {
    const items = [0, 1, 2, 3, 4, 5].map((position) => ({
      position,
      lane: 0,
      x: 50 + position * 5,
    }));
    const out = dodge(items, 14);
    const xs = items.map((item) => out.get(item.position) ?? 0);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeCloseTo(14);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeCloseTo(62.5);
  });

  it("dodges each lane on its own", () => {
    const out = dodge(
      [
        { position: 0, lane: 0, x: 100 },
        { position: 1, lane: 1, x: 100 },
      ],
      14,
    );
    expect(out.get(0)).toBe(100);
    expect(out.get(1)).toBe(100);
  });
});
