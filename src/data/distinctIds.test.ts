import { describe, expect, it } from "vitest";
import { ListIds, TextIds } from "./distinctIds";

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

  it("keeps a copy, not the list it was given", () => {
    const ids = new ListIds();
    const list = ["a"];
    ids.id(list);
    list.push("b");
    expect(ids.lists).toEqual([["a"]]);
  });
});
