/**
 * Places as GeoJSON for the map, and the numbers the map needs about them.
 * Pure functions: the adapter and the SVG fallback share them; tests run
 * them without a browser.
 */

import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { type NamingPerspective, placeName } from "../data/names";
import type { Place, PlaceKind } from "../data/schema";
import { t } from "../i18n/i18n";
import { isWide } from "../timeline/chWidth";

export interface PlaceProperties {
  id: string;
  /** The name in the current naming perspective. */
  label: string;
  /** Shown (filtered) events at the place. */
  count: number;
  disputed: boolean;
  kind: PlaceKind;
  /**
   * An area drawn around two other places or more (the Northern Territories around its islands;
   * not Habomai, around its own islets only): outlined, not filled, and its name, which lies among
   * its members' circles, placed before them (style's group layers).
   */
  group: boolean;
}

export type AreaProperties = PlaceProperties;

export type PlaceCollection = FeatureCollection<Point, PlaceProperties>;
export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;

/**
 * A place's name as the map writes it. Two names in one ("択捉島 / イトゥルップ島"), one of them in
 * CJK script, take a line each, broken after the slash: MapLibre breaks CJK text at any character
 * past `text-max-width`, and cut "イト|ゥルップ島" (a small kana opening a line) and "南|クリル諸島".
 */
export function mapLabel(name: string): string {
  if (!name.includes(" / ") || ![...name].some(isWide)) return name;
  return name.replace(" / ", " /\n");
}

function properties(
  place: Place,
  counts: ReadonlyMap<string, number>,
  perspective: NamingPerspective,
  group: boolean,
): PlaceProperties {
  return {
    id: place.id,
    label: mapLabel(placeName(place, perspective)),
    count: counts.get(place.id) ?? 0,
    disputed: place.disputed === true,
    kind: place.kind,
    group,
  };
}

/** One point per place, at its coordinates. `groups`: the `group` areas' ids (`placeAreas`). */
export function placePoints(
  places: Iterable<Place>,
  counts: ReadonlyMap<string, number>,
  perspective: NamingPerspective,
  groups: ReadonlySet<string> = new Set(),
): PlaceCollection {
  const features: Feature<Point, PlaceProperties>[] = [];
  for (const place of places) {
    features.push({
      type: "Feature",
      properties: properties(place, counts, perspective, groups.has(place.id)),
      geometry: { type: "Point", coordinates: [place.coordinates[0], place.coordinates[1]] },
    });
  }
  return { type: "FeatureCollection", features };
}

/** The places that have a geometry (the disputed islands), as areas. */
export function placeAreas(
  places: Iterable<Place>,
  counts: ReadonlyMap<string, number>,
  perspective: NamingPerspective,
): AreaCollection {
  const withGeometry = Array.from(places).filter((place) => place.geometry);
  const features: Feature<Polygon | MultiPolygon, AreaProperties>[] = withGeometry.map((place) => {
    const geometry = place.geometry as Polygon | MultiPolygon;
    const box = geometryBounds(geometry);
    const inside = withGeometry.filter(
      (other) => other.id !== place.id && box !== null && boxContainsPoint(box, other.coordinates),
    );
    return {
      type: "Feature",
      properties: properties(place, counts, perspective, inside.length >= 2),
      geometry,
    };
  });
  return { type: "FeatureCollection", features };
}

/** [west, south, east, north] */
export type Bounds = [number, number, number, number];

/** The opening view: Hokkaido and the disputed islands. */
export const OPENING_BOUNDS: Bounds = [139, 41, 150, 46.5];

/** The inhabited world: where a story without places opens (the editor's new story). */
export const WORLD_BOUNDS: Bounds = [-170, -56, 180, 72];

/**
 * The places a dataset opens on, when the opening view (the islands) shows none of them: all of
 * them (a story of the American West, an earthquake catalogue of Alaska). Empty when one lies in
 * that view, as the shipped story's do, so it opens on the islands.
 */
export function openingPlaces(places: readonly Place[]): string[] {
  const inView = places.some((place) => boxContainsPoint(OPENING_BOUNDS, place.coordinates));
  return inView ? [] : places.map((place) => place.id);
}

/** A hovered or selected place's ring lies this far (px) outside its circle, stroked 3 px. */
export const RING_GAP_PX = 5;

/** Where a place's mark ends, past its circle: the ring's gap and its stroke's outer half, rounded up. */
export const RING_OUTER_PX = 7;

/** Circle radius (px) by number of shown events, as [count, radius] stops; the style interpolates the same. */
export const RADIUS_STOPS: ReadonlyArray<readonly [number, number]> = [
  [0, 4],
  [1, 6],
  [4, 9],
  [10, 13],
  [40, 20],
];

/** Linear interpolation over `RADIUS_STOPS`, for the SVG fallback. */
export function radiusForCount(count: number): number {
  const first = RADIUS_STOPS[0] as readonly [number, number];
  if (count <= first[0]) return first[1];
  for (let i = 1; i < RADIUS_STOPS.length; i++) {
    const [c1, r1] = RADIUS_STOPS[i] as readonly [number, number];
    const [c0, r0] = RADIUS_STOPS[i - 1] as readonly [number, number];
    if (count <= c1) return r0 + ((count - c0) / (c1 - c0)) * (r1 - r0);
  }
  return (RADIUS_STOPS[RADIUS_STOPS.length - 1] as readonly [number, number])[1];
}

function boxContainsPoint(box: Bounds, [lon, lat]: readonly [number, number]): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

export function geometryBounds(geometry: Polygon | MultiPolygon): Bounds | null {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [x = 0, y = 0] of ring) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

/**
 * The smallest box holding all the given places (their areas too). Longitudes
 * may run past 180 when the shortest box crosses the antimeridian (Tokyo and
 * Seattle): MapLibre frames such a box across the date line.
 */
export function placesBounds(places: readonly Place[]): Bounds | null {
  const lons: number[] = [];
  let s = Infinity;
  let n = -Infinity;
  for (const place of places) {
    const box = place.geometry ? geometryBounds(place.geometry) : null;
    const points: Array<[number, number]> = box
      ? [place.coordinates, [box[0], box[1]], [box[2], box[3]]]
      : [place.coordinates];
    for (const [lon, lat] of points) {
      lons.push(lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  }
  if (lons.length === 0) return null;
  lons.sort((a, b) => a - b);
  const first = lons[0] as number;
  const last = lons[lons.length - 1] as number;
  // The widest gap between neighbouring longitudes, the wrap-around gap included, is left out.
  let gap = 360 - (last - first);
  let west = first;
  let east = last;
  for (let i = 1; i < lons.length; i++) {
    const a = lons[i - 1] as number;
    const b = lons[i] as number;
    if (b - a > gap) {
      gap = b - a;
      west = b;
      east = a + 360;
    }
  }
  return [west, s, east, n];
}

/**
 * What the map shows, in a sentence or two: the canvas's text alternative.
 * Lists the places that have events (most events first), then what is highlighted.
 */
export function describeMap(
  places: readonly Place[],
  counts: ReadonlyMap<string, number>,
  highlighted: readonly string[],
  perspective: NamingPerspective,
  maxListed = 12,
): string {
  const shown = describeShown(places, counts, perspective, maxListed);
  const byId = new Map(places.map((place) => [place.id, place]));
  const highlight = describeHighlighted(byId, highlighted, perspective);
  return highlight ? `${shown} ${highlight}` : shown;
}

/**
 * `describeMap` without its highlight: the places that have events, most events first, and the
 * dispute. The part that changes with the data and the filters, not with each selection.
 * `undated`: the counts are undated items' (a story of those only: `selectPlaceEventCounts`).
 */
export function describeShown(
  places: readonly Place[],
  counts: ReadonlyMap<string, number>,
  perspective: NamingPerspective,
  maxListed = 12,
  undated = false,
): string {
  const shown = places
    .map((place) => ({ place, count: counts.get(place.id) ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.place.name.localeCompare(b.place.name));
  const named = shown.slice(0, maxListed).map(({ place, count }) =>
    t(undated ? "map.describeItemUndated" : "map.describeItem", {
      name: placeName(place, perspective),
      count,
    }),
  );
  const more =
    shown.length > maxListed ? t("map.describeMore", { count: shown.length - maxListed }) : "";
  const disputed = places.some((place) => place.disputed);
  const intro = t(undated ? "map.describeUndated" : "map.describe", { count: shown.length });
  let text =
    named.length > 0
      ? t("map.describeList", { intro, list: named.join(t("search.separator")), more })
      : `${intro}${t("map.stop")}`;
  if (disputed) text += ` ${t("map.describeDisputed")}`;
  return text;
}

/** `describeMap`'s sentence naming the highlighted places (`byId`: the places by id); "" for none. */
export function describeHighlighted(
  byId: ReadonlyMap<string, Place>,
  highlighted: readonly string[],
  perspective: NamingPerspective,
): string {
  const names = highlighted
    .map((id) => byId.get(id))
    .filter((place): place is Place => Boolean(place))
    .map((place) => placeName(place, perspective));
  if (names.length === 0) return "";
  return t("map.describeHighlighted", { list: names.join(t("search.separator")) });
}
