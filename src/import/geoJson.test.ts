import { describe, expect, it } from "vitest";
import { importText } from "./importDataset";

/** A FeatureCollection of one point per date, as a GeoJSON of some other tool's writes them. */
function geoJson(dates: unknown[]): string {
  return JSON.stringify({
    type: "FeatureCollection",
    features: dates.map((date, i) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [141.35, 43.06] },
      properties: { title: `Feature ${i}`, date },
    })),
  });
}

describe("GeoJSON's dates", () => {
  // The unit tests run in Los Angeles' zone (package.json), where a local reading moved them.
  it("reads a date that names no zone the same in every zone: a day as that day, a time as UTC", () => {
    const result = importText(
      geoJson(["3/8/2018", "Thu, 15 Mar 2018", "March 20, 2018 10:30", "3/21/2018 10:00"]),
      "dates.geojson",
    );
    if (!result.ok) throw new Error("the file opens");
    expect(result.dataset.events.map(({ start }) => start)).toEqual([
      "2018-03-08",
      "2018-03-15",
      "2018-03-20T10:30",
      "2018-03-21T10:00",
    ]);
  });

  it("reads a date that names its zone as that instant", () => {
    const result = importText(
      geoJson(["Thu, 15 Mar 2018 10:00:00 GMT", "2018-03-15T19:00:00+09:00"]),
      "zoned.geojson",
    );
    if (!result.ok) throw new Error("the file opens");
    expect(result.dataset.events.map(({ start }) => start)).toEqual([
      "2018-03-15T10:00",
      "2018-03-15T10:00",
    ]);
  });
});
