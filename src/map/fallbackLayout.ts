/**
 * The SVG fallback map's layout as pure functions: the box it frames, its
 * projection, and where each place's marker goes.
 */
import { type GeoProjection, geoMercator } from "d3-geo";
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
