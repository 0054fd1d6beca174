import { describe, expect, it } from "vitest";
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

  it("fills tokens with names, leaving unknown ids as written", () => {
    const names: Record<string, string> = { iturup: "Etorofu" };
    expect(fillPlaceTokens("Flights to {iturup} and {nowhere}", (id) => names[id])).toBe(
      "Flights to Etorofu and {nowhere}",
    );
  });
});
