import { readFileSync } from "node:fs";
import { geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { ITURUP, smallDataset } from "../test/fixtures";
import { decodeBasemap } from "./basemapCodec";
import {
  fallbackMarkers,
  fallbackProjection,
  frameOf,
  partsIn,
  prepareParts,
  shownBox,
} from "./fallbackLayout";
import { type Bounds, OPENING_BOUNDS } from "./placeFeatures";

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

describe("shownBox", () => {
  it("is the frame and the padding around it, widened by the margin", () => {
    const box = shownBox(fallbackProjection(OPENING_BOUNDS, 800, 500), 800, 500);
    if (!box) throw new Error("no box");
    const [w, s, e, n] = box;
    expect(w).toBeLessThan(OPENING_BOUNDS[0] - 1);
    expect(e).toBeGreaterThan(OPENING_BOUNDS[2] + 1);
    expect(s).toBeLessThanOrEqual(OPENING_BOUNDS[1] - 1);
    expect(n).toBeGreaterThanOrEqual(OPENING_BOUNDS[3] + 1);
    expect(e - w).toBeLessThan(40);
  });

  it("wraps across the antimeridian, and is everything when the drawing shows every longitude", () => {
    const box = shownBox(fallbackProjection([170, 55, 190, 70], 800, 500), 800, 500);
    if (!box) throw new Error("no box");
    expect(box[0]).toBeGreaterThan(box[2]);
    expect(box[0]).toBeLessThan(170);
    expect(box[2]).toBeGreaterThan(-170);
    expect(shownBox(fallbackProjection([-179, -60, 179, 80], 800, 500), 800, 500)).toBeNull();
  });
});

describe("partsIn", () => {
  const basemap = decodeBasemap(
    JSON.parse(readFileSync(new URL("../../public/basemap/basemap.json", import.meta.url), "utf8")),
  );
  prepareParts(basemap.land);
  prepareParts(basemap.borders);
  const parts = (collection: typeof basemap.land | typeof basemap.borders) =>
    collection.features.reduce((sum, feature) => sum + feature.geometry.coordinates.length, 0);
  const FRAMES: Array<[string, Bounds]> = [
    ["the opening view", OPENING_BOUNDS],
    ["Moscow", frameOf([37.6, 55.75, 37.6, 55.75])],
    ["Washington", frameOf([-77, 38.9, -77, 38.9])],
    ["Moscow to Tokyo", frameOf([37.6, 35.7, 139.7, 55.75])],
    ["Tokyo to Washington", frameOf([139.7, 35.7, 283, 38.9])],
    ["the Bering Strait", [165, 55, 195, 70]],
    ["the whole world", [-180, -60, 180, 80]],
  ];

  it("draws the same paths as the whole basemap, at a laptop's and a phone's size", () => {
    for (const [name, frame] of FRAMES)
      for (const [width, height] of [
        [800, 500],
        [390, 160],
      ] as const) {
        const projection = fallbackProjection(frame, width, height);
        const box = shownBox(projection, width, height);
        const path = geoPath(projection);
        expect(path(partsIn(basemap.land, box)), `${name} ${width}×${height}`).toBe(
          path(basemap.land),
        );
        expect(path(partsIn(basemap.borders, box)), `${name} ${width}×${height}`).toBe(
          path(basemap.borders),
        );
      }
  });

  it("keeps a long edge that bulges into the box, and a part across the antimeridian", () => {
    const lines = (...parts: Array<Array<[number, number]>>) => {
      const collection = {
        type: "FeatureCollection" as const,
        features: [
          {
            type: "Feature" as const,
            properties: { tier: "a" },
            geometry: { type: "MultiLineString" as const, coordinates: parts },
          },
        ],
      };
      prepareParts(collection);
      return collection;
    };
    const edge: Array<[number, number]> = [
      [-120, 49],
      [-90, 49],
    ];
    const across: Array<[number, number]> = [
      [175, 62],
      [-175, 62],
    ];
    const away: Array<[number, number]> = [
      [10, 10],
      [11, 11],
    ];
    // The great circle from 120°W to 90°W at 49°N reaches 49.98°N between them.
    const north = partsIn(lines(edge, across, away), [-110, 49.9, -100, 55]);
    expect(north.features[0]?.geometry.coordinates).toContainEqual(edge);
    expect(north.features[0]?.geometry.coordinates).not.toContainEqual(away);
    const bering = partsIn(lines(edge, across, away), [178, 60, -178, 64]);
    expect(bering.features[0]?.geometry.coordinates).toEqual([across]);
    expect(partsIn(lines(away), [100, 0, 120, 20]).features).toEqual([]);
  });

  it("draws every part until their boxes are prepared", () => {
    const fresh = decodeBasemap(
      JSON.parse(
        readFileSync(new URL("../../public/basemap/basemap.json", import.meta.url), "utf8"),
      ),
    );
    const box = shownBox(fallbackProjection(OPENING_BOUNDS, 800, 500), 800, 500);
    expect(partsIn(fresh.land, box)).toBe(fresh.land);
    prepareParts(fresh.land);
    expect(partsIn(fresh.land, box)).not.toBe(fresh.land);
  });

  it("leaves out most of the world around the islands, and nothing when every longitude shows", () => {
    const projection = fallbackProjection(OPENING_BOUNDS, 800, 500);
    const box = shownBox(projection, 800, 500);
    expect(parts(partsIn(basemap.land, box))).toBeLessThan(parts(basemap.land) / 5);
    expect(parts(partsIn(basemap.borders, box))).toBeLessThan(parts(basemap.borders) / 5);
    expect(partsIn(basemap.land, null)).toBe(basemap.land);
  });
});
