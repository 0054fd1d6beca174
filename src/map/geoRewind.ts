import { geoArea } from "d3-geo";
import type { MultiPolygon, Polygon, Position } from "geojson";

/**
 * d3-geo reads polygons on the sphere, where a ring's winding decides which
 * side is inside: clockwise exterior rings, the reverse of GeoJSON's
 * RFC 7946 rule. A polygon whose area comes out larger than a hemisphere is
 * wound the other way; its rings are reversed so it means the small island.
 */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const fix = (rings: Position[][]): Position[][] => {
    const area = geoArea({ type: "Polygon", coordinates: rings });
    return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  if (geometry.type === "Polygon") return { ...geometry, coordinates: fix(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(fix) };
}
