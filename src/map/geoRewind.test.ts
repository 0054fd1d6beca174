import { geoArea } from "d3-geo";
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { rewindForD3 } from "./geoRewind";

// Counter-clockwise exterior, as RFC 7946 (and the dataset) writes it.
const rfc: Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [147, 45],
      [148, 45],
      [148, 46],
      [147, 46],
      [147, 45],
    ],
  ],
};

describe("rewindForD3", () => {
  it("reverses an RFC 7946 ring so d3 reads it as the small island", () => {
    expect(geoArea(rfc)).toBeGreaterThan(2 * Math.PI);
    const fixed = rewindForD3(rfc);
    expect(geoArea(fixed)).toBeLessThan(0.001);
    expect(rfc.coordinates[0]?.[1]).toEqual([148, 45]);
  });

  it("leaves a d3-wound polygon alone and handles multipolygons", () => {
    const fixed = rewindForD3(rfc);
    expect(rewindForD3(fixed)).toEqual(fixed);
    const multi = rewindForD3({
      type: "MultiPolygon",
      coordinates: [rfc.coordinates, fixed.coordinates],
    });
    expect(geoArea(multi)).toBeLessThan(0.001);
  });
});
