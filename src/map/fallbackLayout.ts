/**
 * The SVG fallback map's layout as pure functions: the box it frames, its
 * projection, and where each place's marker goes.
 */
import { type GeoProjection, geoBounds, geoMercator } from "d3-geo";
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
/** Each part's [west, south, east, north], once per basemap collection (prepareParts). */
const partBounds = new WeakMap<object, Bounds[][]>();

/**
 * Finds each part's box on the sphere (d3's geoBounds: edges are great-circle arcs, which bulge
 * poleward past their vertices, 1.2° in the world basemap; west > east across the antimeridian),
 * for partsIn. 38 ms the first time for the world basemap's 15,941 points (Node, this machine),
 * so it waits for an idle moment after the first drawing, which draws every part.
 */
export function prepareParts(collection: FeatureCollection<MultiPolygon | MultiLineString>): void {
  if (partBounds.has(collection)) return;
  partBounds.set(
    collection,
    collection.features.map((feature) =>
      (feature.geometry.coordinates as Part[]).map((part) => {
        const [[w, s], [e, n]] = geoBounds(
          feature.geometry.type === "MultiPolygon"
            ? { type: "Polygon", coordinates: part as Position[][] }
            : { type: "LineString", coordinates: part as Position[] },
        );
        return [w, s, e, n];
      }),
    ),
  );
}

/** [west, east] as one or two intervals that do not wrap. */
const spans = (west: number, east: number): Array<[number, number]> =>
  west <= east
    ? [[west, east]]
    : [
        [west, 180],
        [-180, east],
      ];

function overlaps([w, s, e, n]: Bounds, [west, south, east, north]: Bounds): boolean {
  if (n < south || s > north) return false;
  return spans(w, e).some(([a, b]) => spans(west, east).some(([c, d]) => b >= c && a <= d));
}

/**
 * The basemap's polygons or lines that can show in `box` (shownBox), the rest left out: d3-geo
 * would project every vertex of the world and clip it away. The drawing is the same (unit test).
 * All of them until prepareParts has run for the collection.
 */
export function partsIn<G extends MultiPolygon | MultiLineString, P>(
  collection: FeatureCollection<G, P>,
  box: Bounds | null,
): FeatureCollection<G, P> {
  const bounds = partBounds.get(collection);
  if (!box || !bounds) return collection;
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
