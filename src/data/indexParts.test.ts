import { describe, expect, it } from "vitest";
import { encodeEvents } from "./eventColumns";
import { eventsByPlaceOf, placeEventsOf } from "./indexParts";
import type { DatasetEvent } from "./schema";

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
