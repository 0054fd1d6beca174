import { describe, expect, it } from "vitest";
import { rowWidth, toolbarFold } from "./toolbarFold";

describe("rowWidth", () => {
  it("adds the items, a gap between each two, and the padding", () => {
    expect(rowWidth([50, 100, 44], 4, 8)).toBe(50 + 100 + 44 + 2 * 4 + 8);
    expect(rowWidth([44], 4, 0)).toBe(44);
    expect(rowWidth([], 4, 8)).toBe(8);
  });
});

describe("toolbarFold", () => {
  // As measured at 412 px on a phone: Legend, the lane grouping, +, −, Fit all, Reset.
  const english = {
    width: rowWidth([53, rowWidth([71, 44, 44, 56, 52], 4.8, 0)], 4, 8),
    laneKey: 71,
    gap: 4.8,
  };
  const russian = {
    width: rowWidth([59, rowWidth([114, 44, 44, 91, 68], 4.8, 0)], 4, 8),
    laneKey: 114,
    gap: 4.8,
  };

  it("keeps the whole row where it fits", () => {
    expect(toolbarFold(412, english)).toBe("none");
    expect(toolbarFold(Math.ceil(english.width), english)).toBe("none");
    // Half a px of rounding: the toolbar's width is whole px.
    expect(toolbarFold(english.width - 0.4, english)).toBe("none");
  });

  it("moves the lane grouping into the legend's panel where that is enough", () => {
    expect(russian.width).toBeGreaterThan(412);
    expect(toolbarFold(412, russian)).toBe("lanes");
    expect(toolbarFold(360, russian)).toBe("lanes");
    expect(toolbarFold(english.width - 1, english)).toBe("lanes");
  });

  it("shows icons for Fit all and Reset where even that is too wide", () => {
    // A phone held sideways: a column of about 300 px.
    expect(toolbarFold(300, russian)).toBe("icons");
    expect(toolbarFold(200, english)).toBe("icons");
  });

  it("does not fold before the toolbar is measured", () => {
    expect(toolbarFold(0, russian)).toBe("none");
  });
});
