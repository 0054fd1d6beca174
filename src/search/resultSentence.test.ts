import { describe, expect, it } from "vitest";
import { resultSentence } from "./resultSentence";
import type { SearchResult } from "./searchIndex";

const result = (over: Partial<SearchResult>): SearchResult => ({
  terms: ["x"],
  events: [],
  total: 0,
  hidden: 0,
  positions: new Int32Array(0),
  places: [],
  placesTotal: over.places?.length ?? 0,
  ...over,
});

describe("resultSentence", () => {
  it("says how many places and events match", () => {
    expect(resultSentence(result({}))).toBe("No results.");
    const place = { kind: "place", place: {}, matchedName: "x", score: 1 } as never;
    const event = { kind: "event" } as never;
    expect(resultSentence(result({ places: [place], events: [event, event], total: 2 }))).toBe(
      "3 results: 1 place, 2 events.",
    );
    expect(resultSentence(result({ events: [event], total: 1 }))).toBe("1 result: 1 event.");
  });

  it("says when the list is cut and when filters hide matches", () => {
    const event = { kind: "event" } as never;
    expect(resultSentence(result({ events: [event], total: 1234, hidden: 5 }))).toBe(
      "1,234 results: 1,234 events (the best 1 listed). 5 more hidden by filters.",
    );
    // Places beyond the five listed are counted, and the list said to be cut.
    const place = { kind: "place", place: {}, matchedName: "x", score: 1 } as never;
    expect(
      resultSentence(
        result({ places: [place, place], placesTotal: 25, events: [event], total: 1 }),
      ),
    ).toBe("26 results: 25 places, 1 event (the best 3 listed).");
  });

  it("says what a misspelt query was taken for", () => {
    const place = { kind: "place", place: {}, matchedName: "x", score: 1 } as never;
    expect(resultSentence(result({ places: [place], correction: "Kunashir" }))).toBe(
      "No match; did you mean “Kunashir”? 1 result: 1 place.",
    );
  });
});
