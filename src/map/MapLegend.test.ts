import { describe, expect, it } from "vitest";
import { indexDataset } from "../data/indexDataset";
import type { Place } from "../data/schema";
import { event } from "../test/fixtures";
import { showsDisputedLegend } from "./MapLegend";

const place = (id: string, disputed?: boolean): Place => ({
  id,
  name: id,
  kind: "city",
  coordinates: [140, 43],
  ...(disputed !== undefined && { disputed }),
});

const indexWith = (places: Place[]) =>
  indexDataset({ meta: { title: "t" }, places, periods: [], events: [event("e", "2018")] });

describe("showsDisputedLegend", () => {
  it("shows the legend while no dataset is open, and for one with a disputed place", () => {
    expect(showsDisputedLegend(null)).toBe(true);
    expect(showsDisputedLegend(indexWith([place("tokyo"), place("etorofu", true)]))).toBe(true);
  });

  it("leaves it out for a dataset without one", () => {
    expect(showsDisputedLegend(indexWith([]))).toBe(false);
    expect(showsDisputedLegend(indexWith([place("tokyo"), place("moscow", false)]))).toBe(false);
  });
});
