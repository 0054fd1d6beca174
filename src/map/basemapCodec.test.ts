import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BASEMAP_FORMAT,
  type Basemap,
  basemapCovers,
  decodeBasemap,
  encodeBasemap,
  loadBasemap,
} from "./basemapCodec";

const basemap: Basemap = {
  land: {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { tier: "10m" },
        geometry: {
          type: "MultiPolygon",
          coordinates: [
            [
              [
                [147.123, 45.001],
                [148.5, 45.001],
                [148.5, 46.25],
                [147.123, 45.001],
              ],
            ],
          ],
        },
      },
    ],
  },
  borders: {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { tier: "10m" },
        geometry: {
          type: "MultiLineString",
          coordinates: [
            [
              [-10.5, 50.25],
              [-9.75, 51],
            ],
          ],
        },
      },
    ],
  },
  labels: {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { name: "JAPAN", kind: "country", rank: 1 },
        geometry: { type: "Point", coordinates: [138.2, 36.4] },
      },
    ],
  },
};

describe("encodeBasemap / decodeBasemap", () => {
  it("round-trips at the tier's precision", () => {
    const encoded = encodeBasemap(basemap, { "10m": 1000 });
    expect(encoded.format).toBe(BASEMAP_FORMAT);
    // Deltas from the previous point: small numbers after the first.
    expect(encoded.tiers[0]?.land[0]?.[0]?.slice(0, 4)).toEqual([147123, 45001, 1377, 0]);
    const decoded = decodeBasemap(JSON.parse(JSON.stringify(encoded)));
    expect(decoded).toEqual(basemap);
  });

  it("rounds to the scale it is given", () => {
    const decoded = decodeBasemap(encodeBasemap(basemap, { "10m": 10 }));
    expect(decoded.land.features[0]?.geometry.coordinates[0]?.[0]?.[0]).toEqual([147.1, 45]);
  });

  it("rejects what is not a basemap, with a sentence", () => {
    expect(() => decodeBasemap(null)).toThrow(/not a kuril-basemap\/1 file/);
    expect(() => decodeBasemap({ format: BASEMAP_FORMAT })).toThrow(/tiers or labels missing/);
    expect(() =>
      decodeBasemap({
        format: BASEMAP_FORMAT,
        labels: [],
        tiers: [{ tier: "x", scale: 0, land: [], borders: [] }],
      }),
    ).toThrow(/tier x: bad scale/);
    expect(() =>
      decodeBasemap({
        format: BASEMAP_FORMAT,
        labels: [],
        tiers: [{ tier: "x", scale: 10, land: [[["a"]]], borders: [] }],
      }),
    ).toThrow(/tier x: bad land/);
  });
});

describe("loadBasemap", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("fetches once per URL and reports HTTP errors", async () => {
    const body = encodeBasemap(basemap, { "10m": 1000 });
    const fetchMock = vi.fn(async (url: string) =>
      url.endsWith("missing.json")
        ? new Response("nope", { status: 404 })
        : new Response(JSON.stringify(body), { status: 200 }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const a = await loadBasemap("https://app.example/basemap/basemap.json");
    const b = await loadBasemap("https://app.example/basemap/basemap.json");
    expect(a).toBe(b);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await expect(loadBasemap("https://app.example/basemap/missing.json")).rejects.toThrow(
      /HTTP 404/,
    );
  });
});

describe("a basemap part and the region it covers", () => {
  const part = { covers: [100, 15, 180, 66] as [number, number, number, number] };

  it("covers a view inside its box, not one reaching past it", () => {
    expect(basemapCovers(part, [138, 40, 151, 47.5])).toBe(true);
    expect(basemapCovers(part, [95, 40, 151, 47.5])).toBe(false);
    expect(basemapCovers(part, [138, 40, 181, 47.5])).toBe(false);
    // The whole basemap has no box: it covers every view.
    expect(basemapCovers({}, [-180, -85, 180, 85])).toBe(true);
  });

  it("keeps its box through encoding, and refuses a box that is not four numbers", () => {
    const empty = {
      land: { type: "FeatureCollection" as const, features: [] },
      borders: { type: "FeatureCollection" as const, features: [] },
      labels: { type: "FeatureCollection" as const, features: [] },
    };
    expect(decodeBasemap(encodeBasemap({ ...empty, ...part }, {})).covers).toEqual(part.covers);
    expect(() => decodeBasemap({ ...encodeBasemap(empty, {}), covers: [1, 2, "3", 4] })).toThrow(
      "basemap: covers is not a box",
    );
  });
});
