import { describe, expect, it } from "vitest";
import { ITURUP, smallDataset } from "../test/fixtures";
import { fallbackMarkers, fallbackProjection, frameOf } from "./fallbackLayout";
import { OPENING_BOUNDS } from "./placeFeatures";

const places = smallDataset().places;

describe("frameOf", () => {
  it("opens on Hokkaido and the islands when nothing is framed", () => {
    expect(frameOf(null)).toEqual(OPENING_BOUNDS);
  });

  it("gives a single place room around it, and leaves a wide box alone", () => {
    expect(frameOf([147.9, 45, 147.9, 45])).toEqual([144.9, 43, 150.9, 47]);
    expect(frameOf([37, 35, 140, 56])).toEqual([37, 35, 140, 56]);
  });

  it("keeps the frame off the poles", () => {
    expect(frameOf([0, 83.5, 0, 83.5])[3]).toBe(84);
    expect(frameOf([0, -79.5, 0, -79.5])[1]).toBe(-80);
  });
});

describe("fallbackProjection", () => {
  it("fits the frame's corners inside the drawing, with padding", () => {
    const projection = fallbackProjection(OPENING_BOUNDS, 600, 400);
    const [w, s, e, n] = OPENING_BOUNDS;
    for (const corner of [
      [w, s],
      [e, n],
    ] as [number, number][]) {
      const [x, y] = projection(corner) ?? [Number.NaN, Number.NaN];
      expect(x).toBeGreaterThanOrEqual(31.9);
      expect(x).toBeLessThanOrEqual(568.1);
      expect(y).toBeGreaterThanOrEqual(31.9);
      expect(y).toBeLessThanOrEqual(368.1);
    }
  });
});

describe("fallbackMarkers", () => {
  const counts = new Map([
    ["tokyo", 3],
    ["iturup", 1],
    ["moscow", 2],
  ]);

  it("keeps the places inside the drawing, fewest events first, named in the perspective", () => {
    const projection = fallbackProjection(frameOf([139.69, 35.69, 147.83, 45.05]), 600, 400);
    const markers = fallbackMarkers(places, counts, "ja", projection, 600, 400);
    expect(markers.map((m) => [m.place.id, m.count, m.label])).toEqual([
      ["iturup", 1, "Etorofu"],
      ["tokyo", 3, "Tokyo"],
    ]);
    for (const { x, y } of markers) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(400);
    }
  });

  it("places a marker where the projection puts its place", () => {
    const projection = fallbackProjection(OPENING_BOUNDS, 600, 400);
    const [iturup] = fallbackMarkers(places, counts, "both", projection, 600, 400);
    expect(iturup?.place.id).toBe("iturup");
    expect([iturup?.x, iturup?.y]).toEqual(projection(ITURUP.coordinates));
  });

  it("leaves out places the projection cannot draw", () => {
    expect(fallbackMarkers(places, counts, "both", () => null, 600, 400)).toEqual([]);
  });
});
