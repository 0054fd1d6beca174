import { describe, expect, it } from "vitest";
import { buildIdTable, findId, hashId, hashTextAt } from "./idTable";
import { chunkTexts, joinTexts } from "./joinedTexts";

describe("the id table", () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `event-${i}`);
  const table = buildIdTable(joinTexts(ids));
  const idAt = (p: number) => ids[p];

  it("finds every id at its position, and nothing for an id it does not hold", () => {
    for (let p = 0; p < ids.length; p++) expect(findId(table, ids[p] as string, idAt)).toBe(p);
    expect(findId(table, "event-5000", idAt)).toBe(-1);
    expect(findId(table, "", idAt)).toBe(-1);
  });

  it("is a power of two at least twice the ids, so a probe always meets an empty slot", () => {
    expect(table.length).toBe(16_384);
    expect(table.filter((p) => p >= 0)).toHaveLength(ids.length);
    expect(buildIdTable(joinTexts([]))).toHaveLength(2);
    expect(findId(buildIdTable(joinTexts([])), "x", () => undefined)).toBe(-1);
  });

  it("tells ids apart that hash to the same slot", () => {
    // Two ids whose hashes share their low bits land in one slot; probing finds the second.
    const mask = 3;
    const first = "a";
    let second = "b";
    for (let i = 0; (hashId(second) & mask) !== (hashId(first) & mask); i++) second = `b${i}`;
    const pair = [first, second];
    const small = buildIdTable(joinTexts(pair));
    expect(small).toHaveLength(4);
    expect(findId(small, second, (p) => pair[p])).toBe(1);
    expect(findId(small, first, (p) => pair[p])).toBe(0);
  });

  it("hashes by every code unit, as 32-bit FNV-1a", () => {
    expect(hashId("")).toBe(0x811c9dc5);
    expect(hashId("a")).toBe(0xe40c292c);
    expect(hashId("北方領土")).not.toBe(hashId("北方領士"));
  });

  it("hashes a text inside a longer one as that text alone", () => {
    const text = "event-1北方領土b";
    expect(hashTextAt(text, 0, 7)).toBe(hashId("event-1"));
    expect(hashTextAt(text, 7, 11)).toBe(hashId("北方領土"));
    expect(hashTextAt(text, 11, 11)).toBe(hashId(""));
  });

  it("is the same table from ids crossing in several parts", () => {
    expect(buildIdTable(chunkTexts(joinTexts(ids), 1000))).toEqual(table);
  });
});
