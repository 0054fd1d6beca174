import { describe, expect, it } from "vitest";
import { hashId } from "../data/idTable";
import { IdMaker } from "./text";
import { TextSet } from "./textSet";

describe("TextSet", () => {
  it("holds each text once, as a Set does, while it grows", () => {
    const set = new TextSet();
    const reference = new Set<string>();
    const texts = Array.from({ length: 5000 }, (_, i) => `event-${i % 3001}`);
    texts.push("", "", "北方領土", "北方領士", "event-1");
    for (const text of texts) {
      expect(set.has(text)).toBe(reference.has(text));
      expect(set.add(text)).toBe(!reference.has(text));
      reference.add(text);
      expect(set.has(text)).toBe(true);
    }
    expect(set.size).toBe(reference.size);
    expect(set.has("event-3001")).toBe(false);
  });

  it("tells apart texts whose hashes share their low bits", () => {
    const first = "a";
    const others: string[] = [];
    for (let i = 0; others.length < 3; i++) {
      if ((hashId(`b${i}`) & 15) === (hashId(first) & 15)) others.push(`b${i}`);
    }
    const set = new TextSet();
    expect(set.add(first)).toBe(true);
    for (const text of others) expect(set.add(text)).toBe(true);
    for (const text of [first, ...others]) expect(set.add(text)).toBe(false);
    expect(set.size).toBe(4);
  });
});

describe("IdMaker", () => {
  it("makes each id once: the same slug again gets a number", () => {
    const ids = new IdMaker();
    expect(ids.make("Battle", "x")).toBe("battle");
    expect(ids.make("battle!", "x")).toBe("battle-2");
    expect(ids.make("", "Battle")).toBe("battle-3");
    expect(ids.make("battle-2", "x")).toBe("battle-2-2");
    expect(ids.make("", "")).toBe("item");
    expect(ids.make("", "")).toBe("item-2");
  });

  it("makes an id from a text with no Latin letter that stays its own when rows are added (review 17)", () => {
    const titles = ["大阪での会議", "Москва", "東京での会議"];
    const first = new IdMaker();
    const before = titles.map((title) => first.make("", title));
    const second = new IdMaker();
    const after = ["新しい行", ...titles].map((title) => second.make("", title)).slice(1);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(3);
    for (const id of before) expect(id).toMatch(/^item-[0-9a-z]+$/);
    // The same title twice is told apart by a number, as any id is.
    expect(first.make("", "Москва")).toBe(`${before[1]}-2`);
  });
});
