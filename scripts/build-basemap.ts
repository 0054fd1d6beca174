/**
 * Builds the offline basemap from Natural Earth (`world-atlas`) into
 * `public/basemap/` (git-ignored): land and country borders, fine (10m)
 * around Japan and the Kurils, medium (50m) around the region, coarse (110m)
 * elsewhere, simplified, rounded and delta-encoded so it stays small. (The label fonts are
 * the page's own Noto Sans files, emitted by Vite: see src/map/fonts.ts.)
 *
 *   npx tsx scripts/build-basemap.ts          # writes public/basemap/basemap.json
 *
 * `basemapPlugin()` runs the same build from Vite (dev and build) when the
 * output is missing or older than this script.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type Basemap, encodeBasemap } from "../src/map/basemapCodec";
import { type Box, boxContains, ringsBox, signedArea } from "./lib/rings";

/** Japan, Korea and the Kurils: drawn from the 10m data. */
export const FINE_BOX: Box = [125, 30, 155, 50];
/** The surrounding region (Sakhalin, Kamchatka, the Chinese coast): 50m data. */
export const MEDIUM_BOX: Box = [100, 15, 180, 66];

/** The world without a box, as four boxes (west, east, south, north of it). */
export function ringAround(inner: Box, outer: Box): Box[] {
  const [w, s, e, n] = inner;
  const [W, S, E, N] = outer;
  const boxes: Box[] = [
    [W, S, w, N],
    [e, S, E, N],
    [w, S, e, s],
    [w, n, e, N],
  ];
  return boxes.filter(([a, b, c, d]) => c > a && d > b);
}

const WORLD: Box = [-180, -90, 180, 90];

// ---------------------------------------------------------------- clipping

type Ring = Position[];

/** Sutherland–Hodgman: a ring clipped to a box (convex), closed, or null if nothing is left. */
export function clipRing(ring: Ring, box: Box): Ring | null {
  const [w, s, e, n] = box;
  const edges: Array<{
    inside: (p: Position) => boolean;
    cut: (a: Position, b: Position) => Position;
  }> = [
    { inside: (p) => (p[0] ?? 0) >= w, cut: (a, b) => atX(a, b, w) },
    { inside: (p) => (p[0] ?? 0) <= e, cut: (a, b) => atX(a, b, e) },
    { inside: (p) => (p[1] ?? 0) >= s, cut: (a, b) => atY(a, b, s) },
    { inside: (p) => (p[1] ?? 0) <= n, cut: (a, b) => atY(a, b, n) },
  ];
  // Work on the open ring (without the closing repeat).
  let points = ring.slice(0, -1);
  for (const edge of edges) {
    if (points.length === 0) break;
    const out: Ring = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i] as Position;
      const previous = points[(i + points.length - 1) % points.length] as Position;
      const inCur = edge.inside(current);
      const inPrev = edge.inside(previous);
      if (inCur) {
        if (!inPrev) out.push(edge.cut(previous, current));
        out.push(current);
      } else if (inPrev) {
        out.push(edge.cut(previous, current));
      }
    }
    points = out;
  }
  if (points.length < 3) return null;
  const first = points[0] as Position;
  return [...points, [first[0] ?? 0, first[1] ?? 0]];
}

function atX(a: Position, b: Position, x: number): Position {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const t = (x - ax) / (bx - ax);
  return [x, ay + t * (by - ay)];
}

function atY(a: Position, b: Position, y: number): Position {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const t = (y - ay) / (by - ay);
  return [ax + t * (bx - ax), y];
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/**
 * A line or ring made continuous across the antimeridian: where a step jumps
 * by more than 180° of longitude, the rest is shifted by 360°, so planar
 * clipping sees Chukotka or Fiji as one piece instead of a band around the world.
 */
export function unwrapLine(line: Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | null = null;
  for (const [x = 0, y = 0] of line) {
    let ux = x + offset;
    if (previous !== null) {
      if (ux - previous > 180) {
        offset -= 360;
        ux -= 360;
      } else if (ux - previous < -180) {
        offset += 360;
        ux += 360;
      }
    }
    out.push([ux, y]);
    previous = ux;
  }
  return out;
}

const SHIFTS = [0, 360, -360] as const;

function shiftBox([w, s, e, n]: Box, dx: number): Box {
  return [w + dx, s, e + dx, n];
}

function shiftRing(ring: Ring, dx: number): Ring {
  return dx === 0 ? ring : ring.map(([x = 0, y = 0]) => [x + dx, y]);
}

/**
 * Polygons (as lists of rings) clipped to a box; holes kept when they survive.
 * Rings crossing the antimeridian are unwrapped first and clipped against
 * the box and its copies 360° east and west, each piece shifted back.
 */
export function clipPolygons(polygons: Ring[][], box: Box): Ring[][] {
  const out: Ring[][] = [];
  for (const polygon of polygons) {
    const [rawOuter, ...rawHoles] = polygon;
    if (!rawOuter) continue;
    const outer = unwrapLine(rawOuter);
    const holes = rawHoles.map(unwrapLine);
    const bounds = ringsBox([outer]);
    for (const shift of SHIFTS) {
      const target = shiftBox(box, shift);
      if (!boxesOverlap(bounds, target)) continue;
      if (boxContains(target, bounds)) {
        out.push([outer, ...holes].map((ring) => shiftRing(ring, -shift)));
        continue;
      }
      const clipped = clipRing(outer, target);
      if (!clipped) continue;
      const keptHoles = holes
        .map((hole) => clipRing(hole, target))
        .filter((h): h is Ring => h !== null);
      out.push([clipped, ...keptHoles].map((ring) => shiftRing(ring, -shift)));
    }
  }
  return out;
}

/** Liang–Barsky: each line clipped to a box, split where it leaves and re-enters. */
export function clipLines(lines: Position[][], box: Box): Position[][] {
  const out: Position[][] = [];
  for (const raw of lines) {
    const line = unwrapLine(raw);
    for (const shift of SHIFTS) {
      for (const part of clipLine(line, shiftBox(box, shift))) out.push(shiftRing(part, -shift));
    }
  }
  return out;
}

function clipLine(line: Position[], [w, s, e, n]: Box): Position[][] {
  const out: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const segment = clipSegment(a, b, w, s, e, n);
    if (!segment) {
      if (current.length > 1) out.push(current);
      current = [];
      continue;
    }
    const [p, q] = segment;
    const last = current[current.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) {
      if (current.length > 1) out.push(current);
      current = [p];
    }
    current.push(q);
    // The segment was cut at its end: the line leaves the box here.
    if (q[0] !== b[0] || q[1] !== b[1]) {
      if (current.length > 1) out.push(current);
      current = [];
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

function clipSegment(
  a: Position,
  b: Position,
  w: number,
  s: number,
  e: number,
  n: number,
): [Position, Position] | null {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const checks: Array<[number, number]> = [
    [-dx, ax - w],
    [dx, e - ax],
    [-dy, ay - s],
    [dy, n - ay],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  const p0: Position = t0 === 0 ? a : [ax + t0 * dx, ay + t0 * dy];
  const p1: Position = t1 === 1 ? b : [ax + t1 * dx, ay + t1 * dy];
  return [p0, p1];
}

// ---------------------------------------------------------------- simplifying

/** Douglas–Peucker: drops points closer than `tolerance` (degrees) to the line kept. Ends are kept. */
export function simplifyLine(line: Position[], tolerance: number): Position[] {
  if (tolerance <= 0 || line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [number, number];
    const [ax = 0, ay = 0] = line[from] as Position;
    const [bx = 0, by = 0] = line[to] as Position;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD2 = t2;
    for (let i = from + 1; i < to; i++) {
      const [px = 0, py = 0] = line[i] as Position;
      let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      const ex = ax + t * dx - px;
      const ey = ay + t * dy - py;
      const d2 = ex * ex + ey * ey;
      if (d2 > worstD2) {
        worstD2 = d2;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([from, worst], [worst, to]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** A closed ring simplified, split at its farthest point so both halves keep their ends. */
function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (tolerance <= 0 || ring.length < 8) return ring;
  const [x0 = 0, y0 = 0] = ring[0] as Position;
  let far = 0;
  let farD = -1;
  ring.forEach(([x = 0, y = 0], i) => {
    const d = (x - x0) ** 2 + (y - y0) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  });
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine(ring.slice(far), tolerance);
  return [...a, ...b.slice(1)];
}

// ---------------------------------------------------------------- rounding

/** Coordinates rounded to `digits` decimals, with the repeats that rounding makes dropped. */
export function roundLine(line: Position[], digits: number): Position[] {
  const factor = 10 ** digits;
  const out: Position[] = [];
  for (const [x = 0, y = 0] of line) {
    const p: Position = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
  return out;
}

/** A rounded ring, or null when rounding collapses it (tiny islets at coarse precision). */
export function roundRing(ring: Ring, digits: number): Ring | null {
  const out = roundLine(ring, digits);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    out.push([first[0] ?? 0, first[1] ?? 0]);
  if (out.length < 4) return null;
  return signedArea(out) !== 0 ? out : null;
}

function roundPolygons(polygons: Ring[][], digits: number, tolerance: number): Ring[][] {
  const out: Ring[][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const roundedOuter = outer ? roundRing(simplifyRing(outer, tolerance), digits) : null;
    if (!roundedOuter) continue;
    const roundedHoles = holes
      .map((h) => roundRing(simplifyRing(h, tolerance), digits))
      .filter((h): h is Ring => h !== null);
    out.push([roundedOuter, ...roundedHoles]);
  }
  return out;
}

// ---------------------------------------------------------------- world-atlas

const require = createRequire(import.meta.url);

type Resolution = "10m" | "50m" | "110m";

interface Atlas {
  land: Ring[][];
  borders: Position[][];
}

function loadAtlas(resolution: Resolution): Atlas {
  const path = require.resolve(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(path, "utf8")) as Topology;
  const landObject = topology.objects.land as GeometryCollection;
  const countries = topology.objects.countries as GeometryCollection;
  const land = feature(topology, landObject);
  const polygons: Ring[][] = [];
  for (const f of land.features) {
    const g = f.geometry as Polygon | MultiPolygon;
    if (g.type === "Polygon") polygons.push(g.coordinates);
    else polygons.push(...g.coordinates);
  }
  const borders = mesh(topology, countries, (a, b) => a !== b).coordinates;
  return { land: polygons, borders };
}

interface Tier {
  resolution: Resolution;
  boxes: Box[];
  digits: number;
  /** Douglas–Peucker tolerance in degrees (0: none). */
  tolerance: number;
}

/** Which data goes where: 10m in the fine box, 50m around it, 110m for the rest of the world. */
export const TIERS: readonly Tier[] = [
  { resolution: "10m", boxes: [FINE_BOX], digits: 3, tolerance: 0.005 },
  { resolution: "50m", boxes: ringAround(FINE_BOX, MEDIUM_BOX), digits: 2, tolerance: 0.02 },
  { resolution: "110m", boxes: ringAround(MEDIUM_BOX, WORLD), digits: 2, tolerance: 0.05 },
];

/** Reference labels: a few countries and seas, for orientation. Places come from the dataset. */
export const REFERENCE_LABELS: ReadonlyArray<{
  name: string;
  kind: "country" | "sea";
  at: [number, number];
  rank: number;
}> = [
  { name: "JAPAN", kind: "country", at: [138.2, 36.4], rank: 1 },
  { name: "RUSSIA", kind: "country", at: [100, 61], rank: 1 },
  { name: "RUSSIA", kind: "country", at: [136.5, 49.5], rank: 2 },
  // Around Moscow, so an event there is framed with its country and neighbours.
  { name: "RUSSIA", kind: "country", at: [44, 57.5], rank: 2 },
  { name: "BELARUS", kind: "country", at: [28, 53.6], rank: 2 },
  { name: "UKRAINE", kind: "country", at: [32, 49.2], rank: 2 },
  { name: "CHINA", kind: "country", at: [104, 34], rank: 1 },
  { name: "MONGOLIA", kind: "country", at: [103, 46.8], rank: 2 },
  { name: "N. KOREA", kind: "country", at: [127, 40.2], rank: 2 },
  { name: "S. KOREA", kind: "country", at: [127.9, 36.3], rank: 2 },
  { name: "UNITED STATES", kind: "country", at: [-99, 39.5], rank: 1 },
  { name: "UNITED KINGDOM", kind: "country", at: [-2.5, 53.8], rank: 2 },
  { name: "VIETNAM", kind: "country", at: [105.8, 21], rank: 2 },
  { name: "Sea of Okhotsk", kind: "sea", at: [149, 52.5], rank: 1 },
  { name: "Sea of Japan", kind: "sea", at: [134.5, 40.5], rank: 1 },
  { name: "Pacific Ocean", kind: "sea", at: [158, 38], rank: 1 },
];

export function buildBasemap(load: (resolution: Resolution) => Atlas = loadAtlas): Basemap {
  const land: Basemap["land"]["features"] = [];
  const borders: Basemap["borders"]["features"] = [];
  for (const tier of TIERS) {
    const atlas = load(tier.resolution);
    const polygons: Ring[][] = [];
    const lines: Position[][] = [];
    for (const box of tier.boxes) {
      polygons.push(...roundPolygons(clipPolygons(atlas.land, box), tier.digits, tier.tolerance));
      lines.push(
        ...clipLines(atlas.borders, box)
          .map((line) => roundLine(simplifyLine(line, tier.tolerance), tier.digits))
          .filter((line) => line.length > 1),
      );
    }
    land.push({
      type: "Feature",
      properties: { tier: tier.resolution },
      geometry: { type: "MultiPolygon", coordinates: polygons },
    });
    borders.push({
      type: "Feature",
      properties: { tier: tier.resolution },
      geometry: { type: "MultiLineString", coordinates: lines },
    });
  }
  const labels: Basemap["labels"]["features"] = REFERENCE_LABELS.map((label) => ({
    type: "Feature",
    properties: { name: label.name, kind: label.kind, rank: label.rank },
    geometry: { type: "Point", coordinates: label.at },
  }));
  return {
    land: { type: "FeatureCollection", features: land },
    borders: { type: "FeatureCollection", features: borders },
    labels: { type: "FeatureCollection", features: labels },
  };
}

// ---------------------------------------------------------------- output

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = resolve(here, "..", "public", "basemap");

/**
 * The part of the basemap around the islands: every tier but the world's
 * coarsest, which lies outside MEDIUM_BOX. The opening view needs no more.
 */
export function regionOf(basemap: Basemap): Basemap {
  const inRegion = (feature: { properties: { tier: string } }) =>
    feature.properties.tier !== "110m";
  return {
    land: { ...basemap.land, features: basemap.land.features.filter(inRegion) },
    borders: { ...basemap.borders, features: basemap.borders.features.filter(inRegion) },
    labels: basemap.labels,
    covers: [MEDIUM_BOX[0], MEDIUM_BOX[1], MEDIUM_BOX[2], MEDIUM_BOX[3]],
  };
}

/** Writes basemap.json and basemap-region.json (see src/map/basemapCodec.ts) into `outDir`; returns their sizes in bytes. */
export function writeBasemap(outDir: string = DEFAULT_OUT_DIR): Record<string, number> {
  const scales = Object.fromEntries(TIERS.map((tier) => [tier.resolution, 10 ** tier.digits]));
  const whole = buildBasemap();
  const text = JSON.stringify(encodeBasemap(whole, scales));
  const region = JSON.stringify(encodeBasemap(regionOf(whole), scales));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "basemap.json"), text);
  writeFileSync(join(outDir, "basemap-region.json"), region);
  writeFileSync(
    join(outDir, "README.txt"),
    "Generated by scripts/build-basemap.ts from world-atlas (Natural Earth, public domain). Do not edit.\n",
  );
  return {
    "basemap.json": Buffer.byteLength(text),
    "basemap-region.json": Buffer.byteLength(region),
  };
}

const CODEC = resolve(here, "..", "src", "map", "basemapCodec.ts");

/** Whether the output is missing or older than this script or the codec. */
export function basemapIsStale(outDir: string = DEFAULT_OUT_DIR): boolean {
  const built = join(outDir, "basemap-region.json");
  if (!existsSync(built) || !existsSync(join(outDir, "basemap.json"))) return true;
  const sources = [fileURLToPath(import.meta.url), CODEC].filter((path) => existsSync(path));
  const newest = Math.max(...sources.map((path) => statSync(path).mtimeMs));
  return statSync(built).mtimeMs < newest;
}

/**
 * Vite plugin: builds the basemap into `public/basemap/` before dev or build
 * when it is missing or stale. In vite.config.ts: `plugins: [react(), basemapPlugin()]`.
 */
export function basemapPlugin(): { name: string; buildStart: () => void } {
  return {
    name: "offline-basemap",
    buildStart() {
      if (basemapIsStale()) writeBasemap();
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = writeBasemap();
  for (const [name, bytes] of Object.entries(sizes))
    console.log(`${name.padEnd(44)} ${bytes} bytes`);
}
