/**
 * The basemap's file format: one JSON file (`public/basemap/basemap.json`)
 * with land and borders per tier as delta-encoded integers, about half the
 * gzipped size of plain GeoJSON. `basemap-region.json` is its part around the
 * islands (the 10m and 50m tiers, just over half the bytes), all the opening
 * view needs: the map fetches the whole only when a view reaches past it.
 * `scripts/build-basemap.ts` encodes; the map and the SVG fallback decode.
 * Pure, and checked on the way in.
 */
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Position,
} from "geojson";

export const BASEMAP_FORMAT = "kuril-basemap/1";

export interface EncodedTier {
  tier: string;
  /** Coordinates are integers: degrees × scale. */
  scale: number;
  /** Polygons → rings → [dx, dy, dx, dy, …] from the previous point (the first from 0, 0). */
  land: number[][][];
  /** Lines → [dx, dy, …]. */
  borders: number[][];
}

export interface EncodedLabel {
  name: string;
  kind: string;
  rank: number;
  at: [number, number];
}

/** West, south, east, north, in degrees. */
export type Box = [number, number, number, number];

export interface EncodedBasemap {
  format: typeof BASEMAP_FORMAT;
  tiers: EncodedTier[];
  labels: EncodedLabel[];
  /** A part of the basemap: the region it draws in full (absent from the whole basemap). */
  covers?: Box;
}

export interface Basemap {
  land: FeatureCollection<MultiPolygon, { tier: string }>;
  borders: FeatureCollection<MultiLineString, { tier: string }>;
  labels: FeatureCollection<Point, { name: string; kind: string; rank: number }>;
  /** Only this region is drawn in full: a view reaching past it needs the whole basemap. */
  covers?: Box;
}

/** Whether a view (west, south, east, north) lies inside what the basemap draws. */
export function basemapCovers(basemap: Pick<Basemap, "covers">, view: Box): boolean {
  const covers = basemap.covers;
  if (!covers) return true;
  return (
    view[0] >= covers[0] && view[1] >= covers[1] && view[2] <= covers[2] && view[3] <= covers[3]
  );
}

function encodeLine(line: Position[], scale: number): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x = 0, y = 0] of line) {
    const ix = Math.round(x * scale);
    const iy = Math.round(y * scale);
    out.push(ix - px, iy - py);
    px = ix;
    py = iy;
  }
  return out;
}

function decodeLine(deltas: readonly number[], scale: number): Position[] {
  const out: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < deltas.length; i += 2) {
    x += deltas[i] as number;
    y += deltas[i + 1] as number;
    out.push([x / scale, y / scale]);
  }
  return out;
}

export function encodeBasemap(basemap: Basemap, scales: Record<string, number>): EncodedBasemap {
  const tiers = basemap.land.features.map((land): EncodedTier => {
    const tier = land.properties.tier;
    const scale = scales[tier] ?? 100;
    const borders = basemap.borders.features.find((f) => f.properties.tier === tier);
    return {
      tier,
      scale,
      land: land.geometry.coordinates.map((polygon) =>
        polygon.map((ring) => encodeLine(ring, scale)),
      ),
      borders: (borders?.geometry.coordinates ?? []).map((line) => encodeLine(line, scale)),
    };
  });
  const labels = basemap.labels.features.map((f) => ({
    ...f.properties,
    at: [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0] as [number, number],
  }));
  return {
    format: BASEMAP_FORMAT,
    tiers,
    labels,
    ...(basemap.covers && { covers: basemap.covers }),
  };
}

const isNumberArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => typeof n === "number" && Number.isFinite(n));

/** Reads a basemap file; throws with a plain sentence when it is not one. */
export function decodeBasemap(input: unknown): Basemap {
  const data = input as Partial<EncodedBasemap> | null;
  if (!data || typeof data !== "object" || data.format !== BASEMAP_FORMAT) {
    throw new Error(`basemap: not a ${BASEMAP_FORMAT} file`);
  }
  if (!Array.isArray(data.tiers) || !Array.isArray(data.labels))
    throw new Error("basemap: tiers or labels missing");
  const land: Basemap["land"]["features"] = [];
  const borders: Basemap["borders"]["features"] = [];
  for (const tier of data.tiers) {
    const scale = tier?.scale;
    if (typeof scale !== "number" || !(scale > 0))
      throw new Error(`basemap: tier ${tier?.tier}: bad scale`);
    if (
      !Array.isArray(tier.land) ||
      !tier.land.every((p) => Array.isArray(p) && p.every(isNumberArray))
    ) {
      throw new Error(`basemap: tier ${tier.tier}: bad land`);
    }
    if (!Array.isArray(tier.borders) || !tier.borders.every(isNumberArray)) {
      throw new Error(`basemap: tier ${tier.tier}: bad borders`);
    }
    land.push({
      type: "Feature",
      properties: { tier: String(tier.tier) },
      geometry: {
        type: "MultiPolygon",
        coordinates: tier.land.map((polygon) => polygon.map((ring) => decodeLine(ring, scale))),
      },
    });
    borders.push({
      type: "Feature",
      properties: { tier: String(tier.tier) },
      geometry: {
        type: "MultiLineString",
        coordinates: tier.borders.map((line) => decodeLine(line, scale)),
      },
    });
  }
  const labels: Basemap["labels"]["features"] = data.labels
    .filter((l) => l && typeof l.name === "string" && Array.isArray(l.at))
    .map(
      (label): Feature<Point, { name: string; kind: string; rank: number }> => ({
        type: "Feature",
        properties: { name: label.name, kind: String(label.kind), rank: Number(label.rank) || 1 },
        geometry: { type: "Point", coordinates: [Number(label.at[0]), Number(label.at[1])] },
      }),
    );
  const covers = data.covers;
  if (covers !== undefined && !(isNumberArray(covers) && covers.length === 4)) {
    throw new Error("basemap: covers is not a box");
  }
  return {
    land: { type: "FeatureCollection", features: land },
    borders: { type: "FeatureCollection", features: borders },
    labels: { type: "FeatureCollection", features: labels },
    ...(covers && { covers }),
  };
}

const cached = new Map<string, Promise<Basemap>>();

/** Fetches and decodes a basemap file once per URL; the map and the SVG fallback share it. */
export function loadBasemap(url: string): Promise<Basemap> {
  const known = cached.get(url);
  if (known) return known;
  const promise = fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`basemap: HTTP ${response.status} for ${url}`);
    return decodeBasemap(await response.json());
  });
  cached.set(url, promise);
  promise.catch(() => {
    if (cached.get(url) === promise) cached.delete(url);
  });
  return promise;
}
