/**
 * Planar geometry of GeoJSON rings for the build scripts (and the dataset's
 * tests): area, bounding box, containment. Planar lon/lat is fine at the
 * scale these are used at (an island, a clip box).
 */

type Point = readonly number[];
type Ring = readonly Point[];

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

/** Twice the signed planar area of a closed ring: positive when it runs counter-clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** The box around every position of `rings` ([∞, ∞, −∞, −∞] when there is none). */
export function ringsBox(rings: readonly Ring[]): Box {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return [w, s, e, n];
}

/** Whether `inner` lies within `outer`, edges included. */
export function boxContains(outer: Box, inner: Box): boolean {
  return (
    inner[0] >= outer[0] && inner[2] <= outer[2] && inner[1] >= outer[1] && inner[3] <= outer[3]
  );
}

/** Whether a point lies inside a ring, by even–odd ray casting. */
export function ringContains(ring: Ring, [px = 0, py = 0]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a polygon (its outer ring, none of its holes). */
export function polygonContains(polygon: readonly Ring[], point: Point): boolean {
  const [outer, ...holes] = polygon;
  return (
    outer !== undefined &&
    ringContains(outer, point) &&
    !holes.some((hole) => ringContains(hole, point))
  );
}
