/**
 * `npm run islands [-- path/to/dataset.json]`: writes the outlines of the four
 * disputed islands, and of the island group, into the dataset's places.
 *
 * The outlines come from Natural Earth's 1:10m land polygons (the world-atlas
 * package), so nobody draws coastlines by hand. Iturup, Kunashir and Shikotan
 * are the polygons that contain a known inland point; the Habomai islets are
 * the small polygons lying wholly inside a box off Cape Nosappu. Coordinates
 * are rounded to 4 decimals (about 10 m) and rings are wound the GeoJSON way
 * (RFC 7946: exteriors counter-clockwise, holes clockwise). The output is
 * deterministic: running the script twice changes nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import { type Box, boxContains, polygonContains, ringsBox, signedArea } from "./lib/rings";

type Ring = Position[];
type PolygonRings = Ring[];

const DEFAULT_DATASET = "data/japan-russia-2018.json";
const DECIMALS = 4;
const LINE_WIDTH = 100;

/** A point well inland on each large island: the polygon containing it is the island. */
const INLAND_POINTS: Record<"iturup" | "kunashir" | "shikotan", Position> = {
  iturup: [147.83, 45.05],
  kunashir: [145.96, 44.18],
  shikotan: [146.75, 43.8],
};
/** The Habomai islets lie between Cape Nosappu (145.82° E) and Shikotan (146.6° E). */
const HABOMAI_BOX: Box = [145.85, 43.35, 146.45, 43.7];
const HABOMAI_MIN_ISLETS = 3;
const GROUP_ID = "disputed-islands";

const round = (value: number): number => {
  const factor = 10 ** DECIMALS;
  return Math.round(value * factor) / factor + 0; // `+ 0` turns -0 into 0
};

/** Rounded, without repeated positions, closed, wound as asked; null when too little is left. */
function cleanRing(ring: Ring, counterClockwise: boolean): Ring | null {
  const out: Ring = [];
  for (const [x = 0, y = 0] of ring) {
    const position = [round(x), round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  if (out.length < 4) return null;
  if (signedArea(out) > 0 !== counterClockwise) out.reverse();
  return out;
}

function cleanPolygon(polygon: PolygonRings): PolygonRings | null {
  const [outer, ...holes] = polygon;
  const cleanOuter = outer && cleanRing(outer, true);
  if (!cleanOuter) return null;
  const cleanHoles = holes.map((hole) => cleanRing(hole, false)).filter((hole) => hole !== null);
  return [cleanOuter, ...cleanHoles];
}

function toGeometry(polygons: PolygonRings[]): Polygon | MultiPolygon {
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: "Polygon", coordinates: only };
  return { type: "MultiPolygon", coordinates: polygons };
}

function landPolygons(): PolygonRings[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve("world-atlas/land-10m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology;
  const land = topology.objects.land as GeometryObject | undefined;
  if (!land) throw new Error(`${file} has no "land" object`);
  const geojson = feature(topology, land) as GeoJSON.Feature | GeoJSON.FeatureCollection;
  const features = geojson.type === "FeatureCollection" ? geojson.features : [geojson];
  const polygons: PolygonRings[] = [];
  for (const { geometry } of features) {
    if (geometry.type === "Polygon") polygons.push(geometry.coordinates);
    else if (geometry.type === "MultiPolygon") polygons.push(...geometry.coordinates);
  }
  return polygons;
}

function pickIslands(polygons: PolygonRings[]): Record<string, PolygonRings[]> {
  const picked = new Set<number>();
  const islands: Record<string, PolygonRings[]> = {};
  for (const [id, point] of Object.entries(INLAND_POINTS)) {
    const hits = polygons.flatMap((polygon, i) => (polygonContains(polygon, point) ? [i] : []));
    const [hit] = hits;
    if (hits.length !== 1 || hit === undefined) {
      throw new Error(
        `${id}: expected one land polygon around ${point.join(", ")}, found ${hits.length}`,
      );
    }
    picked.add(hit);
    islands[id] = [polygons[hit] ?? []];
  }
  const habomai = polygons.filter(
    (polygon, i) => !picked.has(i) && boxContains(HABOMAI_BOX, ringsBox(polygon)),
  );
  if (habomai.length < HABOMAI_MIN_ISLETS) {
    throw new Error(
      `habomai: expected at least ${HABOMAI_MIN_ISLETS} islets, found ${habomai.length}`,
    );
  }
  islands.habomai = habomai;
  return islands;
}

// ---------------------------------------------------------------------------
// JSON output: 2-space indent, but short arrays and objects of plain values on
// one line, and coordinate pairs packed several to a line.

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== "object";
const isPosition = (value: unknown): boolean =>
  Array.isArray(value) && value.length >= 2 && value.every((v) => typeof v === "number");

function formatJson(value: unknown, indent = "", used = 0): string {
  if (isPrimitive(value)) return JSON.stringify(value) ?? "null";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const flat = value.every(isPrimitive)
      ? `[${value.map((v) => JSON.stringify(v)).join(", ")}]`
      : "";
    if (flat && used + flat.length <= LINE_WIDTH) return flat;
    if (value.every(isPosition)) {
      const lines: string[] = [];
      let line = "";
      for (const position of value as number[][]) {
        const item = `[${position.join(", ")}]`;
        if (line && inner.length + line.length + item.length + 2 > LINE_WIDTH) {
          lines.push(`${inner}${line},`);
          line = "";
        }
        line = line ? `${line}, ${item}` : item;
      }
      lines.push(`${inner}${line}`);
      return `[\n${lines.join("\n")}\n${indent}]`;
    }
    const items = value.map((item) => inner + formatJson(item, inner, inner.length));
    return `[\n${items.join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  if (entries.length === 0) return "{}";
  if (entries.every(([, v]) => isPrimitive(v))) {
    const flat = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")} }`;
    if (used + flat.length <= LINE_WIDTH) return flat;
  }
  const items = entries.map(([key, v]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + formatJson(v, inner, head.length);
  });
  return `{\n${items.join(",\n")}\n${indent}}`;
}

// ---------------------------------------------------------------------------

function main(): void {
  const path = resolve(process.argv[2] ?? DEFAULT_DATASET);
  const data = JSON.parse(readFileSync(path, "utf8")) as {
    places?: { id: string; coordinates?: Position; geometry?: unknown }[];
  };
  const places = data.places ?? [];

  const islands = pickIslands(landPolygons());
  const cleaned: Record<string, PolygonRings[]> = {};
  for (const [id, polygons] of Object.entries(islands)) {
    cleaned[id] = polygons.map(cleanPolygon).filter((polygon) => polygon !== null);
  }
  const group = Object.values(cleaned).flat();
  const geometries: Record<string, Polygon | MultiPolygon> = { [GROUP_ID]: toGeometry(group) };
  for (const [id, polygons] of Object.entries(cleaned)) geometries[id] = toGeometry(polygons);

  let problems = 0;
  for (const [id, geometry] of Object.entries(geometries)) {
    const place = places.find((candidate) => candidate.id === id);
    if (!place) {
      console.error(`${path}: there is no place with id "${id}"`);
      problems++;
      continue;
    }
    place.geometry = geometry;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const box = ringsBox(polygons.flat());
    const positions = polygons.flat(2).length;
    const where = place.coordinates;
    const onLand = where !== undefined && polygons.some((p) => polygonContains(p, where));
    const inBox = where !== undefined && boxContains(box, ringsBox([[where]]));
    console.log(
      `${id}: ${polygons.length} polygon(s), ${positions} positions, bbox ${box.join(", ")}` +
        (onLand ? "" : inBox ? " (its point lies off the outline, inside the bbox)" : ""),
    );
    if (!inBox) {
      console.error(`  ${id}: coordinates ${where?.join(", ")} lie outside the outline's bbox`);
      problems++;
    }
  }
  if (problems > 0) process.exit(1);
  writeFileSync(path, `${formatJson(data)}\n`);
  console.log(`Wrote ${Object.keys(geometries).length} outlines into ${path}`);
}

main();
