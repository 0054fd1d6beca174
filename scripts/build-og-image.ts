/**
 * Draws the link-preview image (public/og/islands.png, 1200×630): Hokkaido
 * and the disputed islands from Natural Earth (world-atlas) and the shipped
 * dataset's island outlines. Run with `npm run og-image`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { encodePng } from "./lib/png";
import { Raster, type Ring } from "./lib/rasterize";

const require = createRequire(import.meta.url);
const WIDTH = 1200;
const HEIGHT = 630;
const SUPERSAMPLE = 3;
const CENTER: [number, number] = [145.2, 43.9];
const LAT_SPAN = 6.2;
const SEA: [number, number, number] = [205, 224, 240];
const LAND: [number, number, number] = [240, 235, 222];
const DISPUTED: [number, number, number] = [214, 128, 48];

const kx = Math.cos((CENTER[1] * Math.PI) / 180);
const scale = (HEIGHT * SUPERSAMPLE) / LAT_SPAN;
const project = ([lon, lat]: Position): [number, number] => [
  (WIDTH * SUPERSAMPLE) / 2 + ((lon ?? 0) - CENTER[0]) * kx * scale,
  (HEIGHT * SUPERSAMPLE) / 2 - ((lat ?? 0) - CENTER[1]) * scale,
];

function polygons(geometry: Polygon | MultiPolygon): Ring[][] {
  const list = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return list.map((polygon) => polygon.map((ring) => ring.map(project)));
}

const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/land-10m.json"), "utf8"),
) as Topology;
const landObject = feature(topology, topology.objects.land as never) as unknown as
  | Feature<Polygon | MultiPolygon>
  | { type: "FeatureCollection"; features: Feature<Polygon | MultiPolygon>[] };
const landFeatures = "features" in landObject ? landObject.features : [landObject];
const dataset = JSON.parse(
  readFileSync(new URL("../data/japan-russia-2018.json", import.meta.url), "utf8"),
) as {
  places: { id: string; kind: string; disputed?: boolean; geometry?: Polygon | MultiPolygon }[];
};

const raster = new Raster(WIDTH * SUPERSAMPLE, HEIGHT * SUPERSAMPLE, SEA);
for (const land of landFeatures) {
  for (const rings of polygons(land.geometry)) raster.fill(rings, LAND);
}
for (const place of dataset.places) {
  if (!place.disputed || !place.geometry) continue;
  for (const rings of polygons(place.geometry)) raster.fill(rings, DISPUTED);
}
const image = raster.downsample(SUPERSAMPLE);
const out = new URL("../public/og/islands.png", import.meta.url);
writeFileSync(out, encodePng(image.width, image.height, image.rgb));
console.log(`wrote ${out.pathname}`);
