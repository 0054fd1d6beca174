import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import type { Place } from "../data/schema";
import { event } from "../test/fixtures";
import { showsNoPlaces } from "./NoPlacesOnMap";

const tokyo: Place = { id: "tokyo", name: "Tokyo", kind: "city", coordinates: [139.7, 35.7] };

const indexWith = (places: Place[]) =>
  indexDataset({ meta: { title: "t" }, places, periods: [], events: [event("e", "2018")] });

describe("showsNoPlaces", () => {
  it("says so for a dataset without places", () => {
    expect(showsNoPlaces(indexWith([]), false)).toBe(true);
  });

  it("shows the map for a dataset with a place, and while no dataset is open yet", () => {
    expect(showsNoPlaces(indexWith([tokyo]), false)).toBe(false);
    expect(showsNoPlaces(null, false)).toBe(false);
  });

  it("shows the map while editing, where places are put on it", () => {
    expect(showsNoPlaces(indexWith([]), true)).toBe(false);
  });
});
