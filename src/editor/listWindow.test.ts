import { describe, expect, it } from "vitest";
import { gapBefore, LIST_STEP, listedItems } from "./listWindow";

describe("listedItems", () => {
  it("makes a short list whole", () => {
    expect(listedItems(3, LIST_STEP, [1])).toEqual({ head: [0, 1, 2], tail: [], hidden: 0 });
    expect(listedItems(0, LIST_STEP, [null])).toEqual({ head: [], tail: [], hidden: 0 });
  });

  it("makes the first items of a long one and counts the rest", () => {
    const listed = listedItems(10_000, LIST_STEP, [null]);
    expect(listed.head).toHaveLength(LIST_STEP);
    expect(listed.head.at(-1)).toBe(LIST_STEP - 1);
    expect(listed).toMatchObject({ tail: [], hidden: 10_000 - LIST_STEP });
  });

  it("adds the open item after the head when it lies past it, and not twice", () => {
    expect(listedItems(10, 4, [7])).toEqual({ head: [0, 1, 2, 3], tail: [7], hidden: 5 });
    expect(listedItems(10, 4, [2])).toEqual({ head: [0, 1, 2, 3], tail: [], hidden: 6 });
    expect(listedItems(10, 4, [7, 7])).toEqual({ head: [0, 1, 2, 3], tail: [7], hidden: 5 });
  });

  it("adds the Tab stop's item too, in order with the open one", () => {
    // ↓ from the open 7th, End from the head.
    expect(listedItems(10, 4, [7, 8])).toEqual({ head: [0, 1, 2, 3], tail: [7, 8], hidden: 4 });
    expect(listedItems(10, 4, [7, 9])).toEqual({ head: [0, 1, 2, 3], tail: [7, 9], hidden: 4 });
    expect(listedItems(10, 4, [null, 4])).toEqual({ head: [0, 1, 2, 3], tail: [4], hidden: 5 });
  });

  it("ignores an item the list no longer has", () => {
    expect(listedItems(5, 4, [9, -1, null])).toEqual({ head: [0, 1, 2, 3], tail: [], hidden: 1 });
  });
});

describe("gapBefore", () => {
  it("puts a gap before a kept item that does not follow on", () => {
    const listed = listedItems(10, 4, [4, 6, 7]);
    expect(listed.tail).toEqual([4, 6, 7]);
    expect([0, 1, 2].map((at) => gapBefore(listed, at))).toEqual([false, true, false]);
    expect(gapBefore(listedItems(10, 0, [3]), 0)).toBe(true);
    expect(gapBefore(listedItems(10, 0, [0]), 0)).toBe(false);
  });
});
