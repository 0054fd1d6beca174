/**
 * The box the map frames for a selection. Places alone are a poor frame: one
 * city fills the map as a lone dot on plain land. Every frame is at least
 * MIN_SPAN wide and high, around the places' centre, so a single place shows
 * with its country's name and its neighbours.
 */

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/** Degrees of longitude and latitude: Moscow with Belarus and Ukraine, Kunashir with Hokkaido. */
export const MIN_SPAN: readonly [number, number] = [24, 12];

/**
 * The least zoom at which a `width` px map shows one copy of the world (MapLibre's is 512 px wide
 * at zoom 0): further out it drew the world twice side by side, each place and count twice (the
 * USGS's week of earthquakes, framed whole at 1280×800). The copies stay (a frame may cross the
 * antimeridian) but never show a longitude twice.
 */
export const oneWorldZoom = (width: number) => Math.max(0, Math.log2(width / 512));

/** Web Mercator's latitudes: the map draws nothing nearer the poles. */
const MERCATOR_LAT = 85;

/** `bounds` cut at Web Mercator's latitudes (places near both poles: MapLibre threw "Invalid LngLat"). */
export function inMercator([west, south, east, north]: Bounds): Bounds {
  return [west, Math.max(-MERCATOR_LAT, south), east, Math.min(MERCATOR_LAT, north)];
}

export function frameBounds(bounds: Bounds, minSpan: readonly [number, number] = MIN_SPAN): Bounds {
  const [w, s, e, n] = bounds;
  const grow = (low: number, high: number, span: number): [number, number] => {
    if (high - low >= span) return [low, high];
    const centre = (low + high) / 2;
    return [centre - span / 2, centre + span / 2];
  };
  const [west, east] = grow(w, e, minSpan[0]);
  let [south, north] = grow(s, n, minSpan[1]);
  // Web Mercator stops short of the poles: a frame past one slides back, keeping its height, and
  // is cut at both (places near both poles slid past the other).
  if (north > MERCATOR_LAT) [south, north] = [south - (north - MERCATOR_LAT), MERCATOR_LAT];
  if (south < -MERCATOR_LAT) [south, north] = [-MERCATOR_LAT, north + (-MERCATOR_LAT - south)];
  return inMercator([west, south, east, north]);
}

/** A box in the map's own pixels (from its top-left corner). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept on each side of a framed view, in pixels. */
export interface Insets {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The largest part of a `width` × `height` map that none of `covers` (the buttons, attribution
 * and legend drawn over it) lies on. A phone's map with an event open is a 79 px strip with 44 px
 * buttons at its top and the attribution at its foot: a frame centred in the whole strip put the
 * selected place behind "Show the islands". Candidate edges are the map's and the covers' (a few
 * boxes: a few hundred candidates); ties keep the first found, nearest the top-left.
 */
export function clearRect(width: number, height: number, covers: readonly Rect[]): Rect {
  const inside = covers
    .map((c) => ({
      left: Math.max(0, c.x),
      top: Math.max(0, c.y),
      right: Math.min(width, c.x + c.width),
      bottom: Math.min(height, c.y + c.height),
    }))
    .filter((c) => c.right > c.left && c.bottom > c.top);
  const edges = (size: number, lows: number[], highs: number[]) =>
    [...new Set([0, size, ...lows, ...highs])].sort((a, b) => a - b);
  const xs = edges(
    width,
    inside.map((c) => c.left),
    inside.map((c) => c.right),
  );
  const ys = edges(
    height,
    inside.map((c) => c.top),
    inside.map((c) => c.bottom),
  );
  // A part thinner than a place's circle (the 8 px above a 320 px phone's buttons, wider than the
  // 14 px band under them) is taken only when there is no other.
  const fits = (r: Rect) => r.width >= MIN_CLEAR && r.height >= MIN_CLEAR;
  const better = (r: Rect, than: Rect) =>
    fits(r) !== fits(than) ? fits(r) : r.width * r.height > than.width * than.height;
  let best: Rect = { x: 0, y: 0, width: 0, height: 0 };
  for (const [i, left] of xs.entries())
    for (const right of xs.slice(i + 1))
      for (const [j, top] of ys.entries())
        for (const bottom of ys.slice(j + 1)) {
          const rect = { x: left, y: top, width: right - left, height: bottom - top };
          if (!better(rect, best)) continue;
          const hit = inside.some(
            (c) => c.left < right && c.right > left && c.top < bottom && c.bottom > top,
          );
          if (!hit) best = rect;
        }
  return best;
}

/** Pixels a clear part needs each way to hold a selected place's circle (about 12 px across). */
export const MIN_CLEAR = 12;

/**
 * Padding that frames places inside `clear` (clearRect) with room for their circles and, where
 * the room allows, their labels (which run to the right): what MapLibre's fitBounds takes.
 */
export function clearPadding(width: number, height: number, clear: Rect): Insets {
  const margin = (size: number, share: number, max: number) =>
    Math.round(Math.min(max, Math.max(size * share, Math.min(8, size / 4))));
  const y = margin(clear.height, 0.15, 48);
  const x = margin(clear.width, 0.08, 72);
  // The longest label ("Northern Territories / Southern Kurils") is about 130 px wide. MapLibre
  // moves one that collides to the circle's left: a wide map keeps it room there too ("42.051,
  // -87.674" was cut at the left edge); a narrow one keeps its room for the places.
  const narrow = clear.width < 600;
  const label = narrow ? margin(clear.width, 0.34, 160) : margin(clear.width, 0.12, 110);
  return {
    top: Math.round(clear.y) + y,
    bottom: Math.round(height - clear.y - clear.height) + y,
    left: Math.round(clear.x) + (narrow ? x : label),
    right: Math.round(width - clear.x - clear.width) + label,
  };
}
