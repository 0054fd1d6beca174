/**
 * The SVG fallback map's layout as pure functions: the box it frames, its
 * projection, and where each place's marker goes.
 */
import { type GeoProjection, geoMercator } from "d3-geo";
import type { FeatureCollection, MultiLineString, MultiPolygon, Position } from "geojson";
import { type NamingPerspective, placeName } from "../data/names";
import type { Place } from "../data/schema";
import { type Bounds, OPENING_BOUNDS } from "./placeFeatures";

/** A box around the framed places; a single place gets some room around it. */
export function frameOf(bounds: Bounds | null): Bounds {
  if (!bounds) return OPENING_BOUNDS;
  const [w, s, e, n] = bounds;
  const padLon = Math.max(0, 3 - (e - w) / 2);
  const padLat = Math.max(0, 2 - (n - s) / 2);
  return [w - padLon, Math.max(-80, s - padLat), e + padLon, Math.min(84, n + padLat)];
}

/** A Mercator projection centred on the frame's middle meridian that fits the frame into width × height. */
export function fallbackProjection(frame: Bounds, width: number, height: number): GeoProjection {
  const [w, s, e, n] = frame;
  const midLon = (w + e) / 2;
  const pad = Math.max(8, Math.min(40, width * 0.08, height * 0.08));
  return geoMercator()
    .rotate([-midLon, 0])
    .fitExtent(
      [
        [pad, pad],
        [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [w, s],
          [e, s],
          [w, n],
          [e, n],
          [midLon, s],
          [midLon, n],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

export interface FallbackMarker {
  place: Place;
  x: number;
  y: number;
  /** Shown (filtered) events at the place. */
  count: number;
  label: string;
}

/** The places inside the drawing, fewest events first so the busiest are drawn on top. */
export function fallbackMarkers(
  places: readonly Place[],
  counts: ReadonlyMap<string, number>,
  names: NamingPerspective,
  projection: (point: [number, number]) => [number, number] | null,
  width: number,
  height: number,
): FallbackMarker[] {
  const markers: FallbackMarker[] = [];
  for (const place of places) {
    const point = projection(place.coordinates);
    if (!point) continue;
    const [x, y] = point;
    if (x < 0 || y < 0 || x > width || y > height) continue;
    const count = counts.get(place.id) ?? 0;
    markers.push({ place, x, y, count, label: placeName(place, names) });
  }
  return markers.sort((a, b) => a.count - b.count);
}

/**
 * The longitudes and latitudes the drawing shows, widened by `margin` degrees: [west, south,
 * east, north], west > east across the antimeridian; null when it shows every longitude.
 */
export function shownBox(
  projection: GeoProjection,
  width: number,
  height: number,
  margin = 1,
): Bounds | null {
  const degreesWide = (width / projection.scale()) * (180 / Math.PI);
  if (!projection.invert || degreesWide + 2 * margin >= 360) return null;
  const west = projection.invert([0, height / 2]);
  const east = projection.invert([width, height / 2]);
  const north = projection.invert([width / 2, 0]);
  const south = projection.invert([width / 2, height]);
  if (!west || !east || !north || !south) return null;
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  return [
    wrap(west[0] - margin),
    Math.max(-90, south[1] - margin),
    wrap(east[0] + margin),
    Math.min(90, north[1] + margin),
  ];
}

type Part = Position[][] | Position[];
/** Each part's [west, south, east, north], once per basemap collection. */
const partBounds = new WeakMap<object, Bounds[][]>();

function boundsOf(part: Part): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = ([lon = 0, lat = 0]: Position) => {
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  };
  for (const item of part) {
    if (typeof item[0] === "number") visit(item as Position);
    else for (const point of item as Position[]) visit(point);
  }
  return [w, s, e, n];
}

function overlaps([w, s, e, n]: Bounds, [west, south, east, north]: Bounds): boolean {
  if (n < south || s > north) return false;
  // A part wider than half the world may wrap around it: kept.
  if (e - w > 180) return true;
  return west <= east ? e >= west && w <= east : e >= west || w <= east;
}

/**
 * The basemap's polygons or lines that can show in `box` (shownBox), the rest left out: d3-geo
 * would project every vertex of the world and clip it away. The drawing is the same (unit test).
 */
export function partsIn<G extends MultiPolygon | MultiLineString, P>(
  collection: FeatureCollection<G, P>,
  box: Bounds | null,
): FeatureCollection<G, P> {
  if (!box) return collection;
  let bounds = partBounds.get(collection);
  if (!bounds) {
    bounds = collection.features.map((feature) =>
      (feature.geometry.coordinates as Part[]).map(boundsOf),
    );
    partBounds.set(collection, bounds);
  }
  const features = [];
  for (const [i, feature] of collection.features.entries()) {
    const own = bounds[i] ?? [];
    const parts = (feature.geometry.coordinates as Part[]).filter((_, j) => {
      const part = own[j];
      return !part || overlaps(part, box);
    });
    if (parts.length > 0)
      features.push({ ...feature, geometry: { ...feature.geometry, coordinates: parts } as G });
  }
  return { ...collection, features };
}
