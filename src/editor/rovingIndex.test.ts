import { describe, expect, it } from "vitest";
import { rovingIndex } from "./rovingIndex";

describe("rovingIndex", () => {
  it("moves down and up a list, stopping at its ends", () => {
    expect(rovingIndex("ArrowDown", 2, 24, "list")).toBe(3);
    expect(rovingIndex("ArrowUp", 2, 24, "list")).toBe(1);
    expect(rovingIndex("ArrowDown", 23, 24, "list")).toBe(23);
    expect(rovingIndex("ArrowUp", 0, 24, "list")).toBe(0);
  });

  it("goes to a list's ends with Home and End", () => {
    expect(rovingIndex("Home", 12, 24, "list")).toBe(0);
    expect(rovingIndex("End", 12, 24, "list")).toBe(23);
    expect(rovingIndex("End", 0, 10_000, "list")).toBe(9_999);
  });

  it("moves along a row with ← →, round from one end to the other, and Home and End", () => {
    expect(rovingIndex("ArrowRight", 0, 4, "row")).toBe(1);
    expect(rovingIndex("ArrowRight", 3, 4, "row")).toBe(0);
    expect(rovingIndex("ArrowLeft", 0, 4, "row")).toBe(3);
    expect(rovingIndex("Home", 2, 4, "row")).toBe(0);
    expect(rovingIndex("End", 1, 4, "row")).toBe(3);
  });

  it("leaves other keys, and the other axis's arrows, to the caller", () => {
    for (const key of ["Enter", " ", "Tab", "a", "PageDown"]) {
      expect(rovingIndex(key, 1, 4, "list")).toBeNull();
      expect(rovingIndex(key, 1, 4, "row")).toBeNull();
    }
    expect(rovingIndex("ArrowRight", 1, 4, "list")).toBeNull();
    expect(rovingIndex("ArrowDown", 1, 4, "row")).toBeNull();
  });

  it("has nowhere to go in an empty list, and takes an `at` outside the list for its nearest end", () => {
    expect(rovingIndex("ArrowDown", 0, 0, "list")).toBeNull();
    expect(rovingIndex("Home", 0, 0, "row")).toBeNull();
    expect(rovingIndex("ArrowDown", -1, 5, "list")).toBe(1);
    expect(rovingIndex("ArrowUp", 9, 5, "list")).toBe(3);
  });
});
