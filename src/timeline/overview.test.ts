import { describe, expect, it } from "vitest";
import { histogramPath, overviewCounts } from "./overview";

describe("overviewCounts", () => {
  const starts = Float64Array.from([0, 1, 50, 99, 150]);
  it("counts starts per pixel bin over the bounds, dropping those outside", () => {
    const counts = overviewCounts(starts, null, { start: 0, end: 100 }, 10, 1);
    expect(Array.from(counts)).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  });
  it("honours the filter mask", () => {
    const counts = overviewCounts(
      starts,
      Uint8Array.from([0, 1, 1, 1, 1]),
      { start: 0, end: 100 },
      10,
      1,
    );
    expect(counts[0]).toBe(1);
  });
});

describe("histogramPath", () => {
  it("draws one bar per non-empty bin, the fullest at full height", () => {
    const path = histogramPath(Uint32Array.from([4, 0, 1]), 3, 20);
    expect(path).toBe("M0,20h2v-20h-2ZM6,20h2v-10h-2Z");
  });
  it("is empty without events", () => {
    expect(histogramPath(new Uint32Array(3), 3, 20)).toBe("");
  });
});
