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

export function frameBounds(bounds: Bounds, minSpan: readonly [number, number] = MIN_SPAN): Bounds {
  const [w, s, e, n] = bounds;
  const grow = (low: number, high: number, span: number): [number, number] => {
    if (high - low >= span) return [low, high];
    const centre = (low + high) / 2;
    return [centre - span / 2, centre + span / 2];
  };
  const [west, east] = grow(w, e, minSpan[0]);
  let [south, north] = grow(s, n, minSpan[1]);
  // Web Mercator stops short of the poles.
  if (north > 85) [south, north] = [south - (north - 85), 85];
  if (south < -85) [south, north] = [-85, north + (-85 - south)];
  return [west, south, east, north];
}
