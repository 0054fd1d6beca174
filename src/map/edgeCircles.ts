/**
 * Places whose circles a camera would cut at the map's edge. A frame is a box in degrees with
 * padding in pixels, so another place just beyond it lands wherever the padding ends: from
 * `?event=lavrov-arrives-in-tokyo` the disputed islands' circles sat half cut at the map's top
 * (review 39). The adapter takes such places into the frame, whole, rather than half show them.
 */
import { RADIUS_STOPS, RING_OUTER_PX } from "./placeFeatures";

/** A place's circle at its largest: the biggest count's radius and the selection's ring. */
export const MAX_CIRCLE_PX = Math.max(...RADIUS_STOPS.map(([, radius]) => radius)) + RING_OUTER_PX;

/** MapLibre's tiles are 512 px at zoom 0. */
const TILE_PX = 512;

/** A point's place in Web Mercator pixels at `zoom` (latitudes within Mercator's). */
export function mercatorPx([lon, lat]: readonly [number, number], zoom: number): [number, number] {
  const world = TILE_PX * 2 ** zoom;
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * world,
    ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * world,
  ];
}

export interface FlatCamera {
  center: readonly [number, number];
  zoom: number;
}

/**
 * The indices of `points` whose circles of `radius` px a north-up, unpitched camera on a
 * `width` × `height` map would draw partly: neither whole inside the map nor wholly outside it.
 * The nearest world copy counts (the map draws them).
 */
export function cutAtEdge(
  points: readonly (readonly [number, number])[],
  camera: FlatCamera,
  width: number,
  height: number,
  radius = MAX_CIRCLE_PX,
): number[] {
  const cut: number[] = [];
  for (const [index, [x, y]] of circlePixels(points, camera, width, height).entries()) {
    const out = x < -radius || x > width + radius || y < -radius || y > height + radius;
    const whole = x >= radius && x <= width - radius && y >= radius && y <= height - radius;
    if (!out && !whole) cut.push(index);
  }
  return cut;
}

/** Where `points` land on a `width` × `height` map under `camera`, in its pixels (nearest world copy). */
export function circlePixels(
  points: readonly (readonly [number, number])[],
  camera: FlatCamera,
  width: number,
  height: number,
): [number, number][] {
  const world = TILE_PX * 2 ** camera.zoom;
  const [cx, cy] = mercatorPx(camera.center, camera.zoom);
  return points.map((point) => {
    const [px, py] = mercatorPx(point, camera.zoom);
    let dx = (px - cx) % world;
    if (dx > world / 2) dx -= world;
    if (dx < -world / 2) dx += world;
    return [dx + width / 2, py - cy + height / 2];
  });
}
