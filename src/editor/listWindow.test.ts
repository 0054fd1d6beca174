import { describe, expect, it } from "vitest";
import { LIST_STEP, listedItems } from "./listWindow";

describe("listedItems", () => {
  it("makes a short list whole", () => {
    expect(listedItems(3, LIST_STEP, 1)).toEqual({ head: [0, 1, 2], open: null, hidden: 0 });
    expect(listedItems(0, LIST_STEP, null)).toEqual({ head: [], open: null, hidden: 0 });
  });

  it("makes the first items of a long one and counts the rest", () => {
    const listed = listedItems(10_000, LIST_STEP, null);
    expect(listed.head).toHaveLength(LIST_STEP);
    expect(listed.head.at(-1)).toBe(LIST_STEP - 1);
    expect(listed).toMatchObject({ open: null, hidden: 10_000 - LIST_STEP });
  });

  it("adds the open item after the head when it lies past it, and not twice", () => {
    expect(listedItems(10, 4, 7)).toEqual({ head: [0, 1, 2, 3], open: 7, hidden: 5 });
    expect(listedItems(10, 4, 2)).toEqual({ head: [0, 1, 2, 3], open: null, hidden: 6 });
  });

  it("ignores an open item the list no longer has", () => {
    expect(listedItems(5, 4, 9)).toEqual({ head: [0, 1, 2, 3], open: null, hidden: 1 });
  });
});
