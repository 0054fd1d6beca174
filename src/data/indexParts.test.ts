import { describe, expect, it } from "vitest";
import { mulberry32 } from "../test/random";
import { encodeEvents } from "./eventColumns";
import { eventsByPlaceOf, idOrderKey, placeEventsOf } from "./indexParts";
import type { DatasetEvent } from "./schema";

describe("idOrderKey", () => {
  const random = mulberry32(5);
  const ALPHABET = "-0123456789abcdefghijklmnopqrstuvwxyz";
  const randomId = () =>
    Array.from(
      { length: 1 + Math.floor(random() * 14) },
      () => ALPHABET[Math.floor(random() * ALPHABET.length)],
    ).join("");

  it("orders ids as `<` does, equal only where their first ten characters are", () => {
    const ids = Array.from({ length: 2000 }, randomId);
    ids.push("a", "a-", "a0", "aa", "abcdefghij", "abcdefghijk", "abcdefghij-2", "z".repeat(10));
    for (let i = 1; i < ids.length; i++) {
      const a = ids[i - 1] as string;
      const b = ids[i] as string;
      const [keyA, keyB] = [idOrderKey(a), idOrderKey(b)];
      if (a.slice(0, 10) === b.slice(0, 10)) expect(keyA).toBe(keyB);
      else expect(Math.sign(keyA - keyB)).toBe(a < b ? -1 : 1);
    }
    expect(idOrderKey("abcdefghijk")).toBe(idOrderKey("abcdefghij-2"));
    expect(idOrderKey("z".repeat(10))).toBeLessThan(2 ** 53);
  });

  it("reads an id inside a longer text, and says -1 for a character ids do not have", () => {
    expect(idOrderKey("xxbattle-2yy", 2, 10)).toBe(idOrderKey("battle-2"));
    expect(idOrderKey("Battle")).toBe(-1);
    expect(idOrderKey("battle 2")).toBe(-1);
    expect(idOrderKey("battle-2-北")).toBe(-1);
    expect(idOrderKey("battle-2-x北")).toBe(idOrderKey("battle-2-x"));
    expect(idOrderKey("")).toBe(0);
  });
});

describe("placeEventsOf", () => {
  const event = (id: string, places: string[]): DatasetEvent => ({
    id,
    title: id,
    start: "2018",
    places,
    actors: [],
    tags: [],
    summary: "",
  });

  it("lists each place's time-ordered positions, places in the order events first name them", () => {
    const shared = ["tokyo", "kuril"];
    const events = [
      event("a", ["moscow"]),
      event("b", shared),
      event("c", []),
      event("d", shared),
      event("e", ["kuril", "kuril"]),
      event("f", ["tokyo"]),
    ];
    // Time order (dataset positions): f, e, d, c, b, a.
    const timeOrder = Int32Array.from([5, 4, 3, 2, 1, 0]);
    const places = placeEventsOf(encodeEvents(events), timeOrder);
    expect(places.placeIds).toEqual(["tokyo", "kuril", "moscow"]);
    const byPlace = Object.fromEntries(
      Array.from(eventsByPlaceOf(places), ([id, positions]) => [id, Array.from(positions)]),
    );
    // An event naming a place twice is listed twice, as the page's loop over its places did.
    expect(byPlace).toEqual({ tokyo: [0, 2, 4], kuril: [1, 1, 2, 4], moscow: [5] });
  });

  it("has no places for events without any", () => {
    const places = placeEventsOf(encodeEvents([event("a", [])]), Int32Array.from([0]));
    expect(places.placeIds).toEqual([]);
    expect(Array.from(places.offsets)).toEqual([0]);
    expect(eventsByPlaceOf(places).size).toBe(0);
  });
});
