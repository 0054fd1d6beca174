import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { geoArea } from "d3-geo";
import { describe, expect, it } from "vitest";
import { basemapCovers, decodeBasemap } from "../src/map/basemapCodec";
import {
  buildBasemap,
  clipLines,
  clipPolygons,
  clipRing,
  FINE_BOX,
  MEDIUM_BOX,
  ringAround,
  roundLine,
  roundRing,
  simplifyLine,
  TIERS,
  unwrapLine,
  writeBasemap,
} from "./build-basemap";
import { type Box, ringContains } from "./lib/rings";

const box: Box = [0, 0, 10, 10];
const square = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

function within(coords: number[][], [w, s, e, n]: Box, eps = 1e-9) {
  return coords.every(
    ([x = 0, y = 0]) => x >= w - eps && x <= e + eps && y >= s - eps && y <= n + eps,
  );
}

describe("clipRing", () => {
  it("keeps a ring inside the box and drops one outside", () => {
    expect(clipRing(square(1, 1, 2, 2), box)).toEqual(square(1, 1, 2, 2));
    expect(clipRing(square(20, 20, 30, 30), box)).toBeNull();
  });

  it("cuts a ring crossing the box at its edges, closed", () => {
    const clipped = clipRing(square(-5, -5, 5, 5), box) ?? [];
    expect(within(clipped, box)).toBe(true);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    const xs = clipped.map((p) => p[0]);
    expect(Math.min(...(xs as number[]))).toBe(0);
    expect(Math.max(...(xs as number[]))).toBe(5);
  });
});

describe("clipPolygons", () => {
  it("keeps holes that survive", () => {
    const polygon = [square(-5, -5, 8, 8), square(1, 1, 2, 2)];
    const [out] = clipPolygons([polygon], box);
    expect(out?.length).toBe(2);
    expect(out?.[1]).toEqual(square(1, 1, 2, 2));
  });
});

describe("the antimeridian", () => {
  // An island astride the date line, as Natural Earth writes it (179 → -179).
  const fiji = [
    [178, -17],
    [180, -17],
    [-179, -17],
    [-179, -16],
    [180, -16],
    [178, -16],
    [178, -17],
  ];

  it("unwraps a ring so it runs on past 180", () => {
    expect(unwrapLine(fiji).map((p) => p[0])).toEqual([178, 180, 181, 181, 180, 178, 178]);
  });

  it("clips it into a piece on each side, never a band around the world", () => {
    const east = clipPolygons([[fiji]], [100, -90, 180, 90]);
    const west = clipPolygons([[fiji]], [-180, -90, 100, 90]);
    const xs = (pieces: number[][][][]) => pieces.flat(2).map((p) => p[0] as number);
    expect(Math.min(...xs(east))).toBe(178);
    expect(Math.max(...xs(east))).toBe(180);
    expect(Math.min(...xs(west))).toBe(-180);
    expect(Math.max(...xs(west))).toBe(-179);
    const lines = clipLines([fiji], [-180, -90, 100, 90]);
    expect(lines.flat().every(([x = 0]) => x >= -180 && x <= -179)).toBe(true);
  });
});

describe("clipLines", () => {
  it("splits a line that leaves and re-enters the box", () => {
    const line = [
      [1, 1],
      [5, 20],
      [9, 1],
    ];
    const parts = clipLines([line], box);
    expect(parts.length).toBe(2);
    for (const part of parts) expect(within(part, box)).toBe(true);
    expect(parts[0]?.[0]).toEqual([1, 1]);
    expect(parts[1]?.at(-1)).toEqual([9, 1]);
  });

  it("keeps a line inside whole and drops one outside", () => {
    expect(
      clipLines(
        [
          [
            [1, 1],
            [2, 2],
            [3, 1],
          ],
        ],
        box,
      ),
    ).toEqual([
      [
        [1, 1],
        [2, 2],
        [3, 1],
      ],
    ]);
    expect(
      clipLines(
        [
          [
            [20, 20],
            [30, 30],
          ],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe("ringAround", () => {
  it("covers the outer box without the inner one, in four boxes", () => {
    const boxes = ringAround(FINE_BOX, MEDIUM_BOX);
    expect(boxes.length).toBe(4);
    const area = (b: Box) => (b[2] - b[0]) * (b[3] - b[1]);
    const total = boxes.reduce((sum, b) => sum + area(b), 0);
    expect(total).toBeCloseTo(area(MEDIUM_BOX) - area(FINE_BOX));
  });
});

describe("simplifyLine and rounding", () => {
  it("drops points closer than the tolerance and keeps the ends", () => {
    const line = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
    ]);
    expect(simplifyLine(line, 0)).toBe(line);
  });

  it("rounds and drops the repeats rounding makes", () => {
    expect(
      roundLine(
        [
          [0.001, 0.002],
          [0.004, 0.001],
          [0.5, 0.5],
        ],
        2,
      ),
    ).toEqual([
      [0, 0],
      [0.5, 0.5],
    ]);
  });

  it("drops a ring that rounding collapses", () => {
    expect(roundRing(square(0.001, 0.001, 0.002, 0.002), 2)).toBeNull();
    expect(roundRing(square(0, 0, 1, 1), 2)).toEqual(square(0, 0, 1, 1));
  });
});

describe("buildBasemap", () => {
  const basemap = buildBasemap();

  it("has land and borders for each tier, each inside its boxes", () => {
    expect(basemap.land.features.map((f) => f.properties.tier)).toEqual(
      TIERS.map((t) => t.resolution),
    );
    const fine = basemap.land.features.find((f) => f.properties.tier === "10m");
    const points = fine?.geometry.coordinates.flat(2) ?? [];
    expect(points.length).toBeGreaterThan(1000);
    expect(within(points, FINE_BOX)).toBe(true);
    const fineBorders = basemap.borders.features.find((f) => f.properties.tier === "10m");
    expect(within(fineBorders?.geometry.coordinates.flat() ?? [], FINE_BOX)).toBe(true);
  });

  it("has land under the disputed islands (Iturup, Kunashir, Shikotan) in the fine tier", () => {
    const fine = basemap.land.features.find((f) => f.properties.tier === "10m");
    const contains = ([x, y]: [number, number]) =>
      (fine?.geometry.coordinates ?? []).some((polygon) => {
        return ringContains(polygon[0] ?? [], [x, y]);
      });
    expect(contains([147.9, 45.1])).toBe(true);
    expect(contains([145.9, 44.1])).toBe(true);
    expect(contains([146.75, 43.8])).toBe(true);
    expect(contains([150, 42])).toBe(false);
  });

  it("has no polygon that d3-geo would read as the whole globe (same winding everywhere)", () => {
    for (const feature of basemap.land.features) {
      for (const polygon of feature.geometry.coordinates) {
        expect(geoArea({ type: "Polygon", coordinates: polygon })).toBeLessThan(2 * Math.PI);
      }
    }
  });

  it("writes one small file that decodes back to the same tiers", () => {
    const dir = mkdtempSync(join(tmpdir(), "basemap-"));
    writeBasemap(dir);
    const text = readFileSync(join(dir, "basemap.json"), "utf8");
    expect(gzipSync(text).length).toBeLessThan(60_000);
    const decoded = decodeBasemap(JSON.parse(text));
    expect(decoded.land.features.map((f) => f.properties.tier)).toEqual(
      TIERS.map((t) => t.resolution),
    );
    expect(decoded.labels.features.length).toBe(basemap.labels.features.length);
    expect(decoded.covers).toBeUndefined();
  });

  it("writes the region around the islands apart: its tiers, its labels, the box it covers", () => {
    const dir = mkdtempSync(join(tmpdir(), "basemap-"));
    writeBasemap(dir);
    const whole = readFileSync(join(dir, "basemap.json"), "utf8");
    const text = readFileSync(join(dir, "basemap-region.json"), "utf8");
    expect(gzipSync(text).length).toBeLessThan(gzipSync(whole).length * 0.6);
    const region = decodeBasemap(JSON.parse(text));
    expect(region.land.features.map((f) => f.properties.tier)).toEqual(["10m", "50m"]);
    expect(region.covers).toEqual([...MEDIUM_BOX]);
    expect(region.labels.features.length).toBe(basemap.labels.features.length);
    // The opening view (Hokkaido and the islands) is inside it; Moscow is not.
    expect(basemapCovers(region, [138, 40, 151, 47.5])).toBe(true);
    expect(basemapCovers(region, [30, 50, 45, 60])).toBe(false);
  });

  it("has reference labels as points", () => {
    expect(basemap.labels.features.length).toBeGreaterThan(5);
    expect(basemap.labels.features.every((f) => f.geometry.type === "Point")).toBe(true);
  });
});
