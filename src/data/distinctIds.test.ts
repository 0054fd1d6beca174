import { describe, expect, it } from "vitest";
import { ListIds, PROBE_LISTS, TextIds } from "./distinctIds";

describe("TextIds", () => {
  it("numbers each distinct text once, in order of first appearance", () => {
    const ids = new TextIds();
    expect(["b", "a", "b", "c", "a"].map((text) => ids.id(text))).toEqual([0, 1, 0, 2, 1]);
    expect(ids.texts).toEqual(["b", "a", "c"]);
  });
});

describe("ListIds", () => {
  it("gives equal lists one number and any difference another", () => {
    const ids = new ListIds();
    const lists = [
      ["a", "b"],
      ["a", "b"],
      ["b", "a"],
      ["a,b"],
      ["a", "b", "c"],
      ["a"],
      [],
      [],
      ["", "a"],
      ["a", ""],
      ["1:a"],
      ["a", "b"],
    ];
    expect(lists.map((list) => ids.id(list))).toEqual([0, 0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 0]);
    // Each distinct list, in order of first appearance.
    expect(ids.lists).toEqual([0, 2, 3, 4, 5, 6, 8, 9, 10].map((i) => lists[i]));
  });

  it("numbers an array given again as it did, and an equal one as that", () => {
    const ids = new ListIds();
    const shared = ["a", "b"];
    const empty: string[] = [];
    const lists = [shared, empty, ["b"], shared, ["a", "b"], [], empty, ["b"], shared];
    expect(lists.map((list) => ids.id(list))).toEqual([0, 1, 2, 0, 0, 1, 1, 2, 0]);
    expect(ids.lists).toEqual([["a", "b"], [], ["b"]]);
  });

  it("numbers thousands of distinct lists as their joined texts would", () => {
    const ids = new ListIds();
    const byText = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const list = Array.from({ length: i % 4 }, (_, j) => `item-${(i * 7 + j * 13) % 997}`);
      const text = JSON.stringify(list);
      if (!byText.has(text)) byText.set(text, byText.size);
      expect(ids.id(list)).toBe(byText.get(text));
    }
    expect(ids.lists.map((list) => JSON.stringify(list))).toEqual([...byText.keys()]);
  });

  it("keeps a copy, not the list it was given", () => {
    const ids = new ListIds();
    const list = ["a"];
    ids.id(list);
    list.push("b");
    expect(ids.lists).toEqual([["a"]]);
  });
});

describe("ListIds remembering arrays", () => {
  const names = (i: number) => [`place-${i % 50}`, `actor-${i % 7}`];

  it("stops when the arrays are each given once, and still numbers equal lists alike", () => {
    const ids = new ListIds();
    const numbers = Array.from({ length: PROBE_LISTS * 2 }, (_, i) => ids.id(names(i)));
    expect(ids.remembersArrays).toBe(false);
    // 350 distinct lists (lcm of 50 and 7), numbered in order of first appearance.
    expect(ids.lists).toHaveLength(350);
    expect(numbers.slice(350, 700)).toEqual(numbers.slice(0, 350));
    expect(numbers[PROBE_LISTS * 2 - 1]).toBe((PROBE_LISTS * 2 - 1) % 350);
  });

  it("keeps on when arrays are given again", () => {
    const ids = new ListIds();
    const shared = Array.from({ length: 100 }, (_, i) => names(i));
    const numbers = Array.from({ length: PROBE_LISTS * 2 }, (_, i) =>
      ids.id(shared[i % 100] ?? []),
    );
    expect(ids.remembersArrays).toBe(true);
    expect(numbers.slice(100, 200)).toEqual(numbers.slice(0, 100));
  });
});
