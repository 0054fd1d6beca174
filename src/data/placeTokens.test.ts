import { describe, expect, it } from "vitest";
import { mulberry32 } from "../test/random";
import { fillPlaceTokens, placeTokens } from "./placeTokens";

describe("placeTokens", () => {
  it("lists the place ids a title names in braces, in order", () => {
    expect(placeTokens("From {tokyo} to {yuzhno-kurilsk} and {tokyo}")).toEqual([
      "tokyo",
      "yuzhno-kurilsk",
      "tokyo",
    ]);
  });

  it("finds none in plain titles, or where braces hold no id", () => {
    expect(placeTokens("Talks in Tokyo")).toEqual([]);
    expect(placeTokens("A {Capitalised} name, {} and {trailing-}")).toEqual([]);
  });

  it("finds what the regular expression finds, on random texts of braces, dashes and ids", () => {
    const random = mulberry32(17);
    const alphabet = "{{}}--ab09Z .";
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      const length = Math.floor(random() * 16);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = Array.from(
        text.matchAll(/\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g),
        (match) => match[1],
      );
      expect(placeTokens(text), text).toEqual(expected);
    }
  });

  it("fills tokens with names, leaving unknown ids as written", () => {
    const names: Record<string, string> = { iturup: "Etorofu" };
    expect(fillPlaceTokens("Flights to {iturup} and {nowhere}", (id) => names[id])).toBe(
      "Flights to Etorofu and {nowhere}",
    );
  });
});
