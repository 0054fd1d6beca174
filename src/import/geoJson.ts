/**
 * GeoJSON FeatureCollections of points and polygons into our format: each
 * feature an event at its place (the same coordinates are one place), its
 * time from the first of `time` (epoch milliseconds, as USGS feeds give it,
 * kept to the minute in UTC), `date`, `start` (with `end`) or `year` it has,
 * read as `geoJsonDates.ts` says; its name from `title`, `name` or `place`.
 */

import { isRecord } from "../data/isRecord";
import { DatasetBuilder } from "./builder";
import { type DateKey, isGiven, readWhen, type When } from "./geoJsonDates";
import { quoted, str } from "./text";
import type { Converted } from "./types";

type Position = [number, number];

/** The middle of a polygon's bounding box: where its marker and label go. */
function middleOf(rings: unknown): Position | null {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number" && typeof value[1] === "number") {
      minX = Math.min(minX, value[0]);
      maxX = Math.max(maxX, value[0]);
      minY = Math.min(minY, value[1]);
      maxY = Math.max(maxY, value[1]);
      return;
    }
    for (const item of value) visit(item);
  };
  visit(rings);
  return Number.isFinite(minX) ? [(minX + maxX) / 2, (minY + maxY) / 2] : null;
}

/** Polygon rings with only longitude and latitude (GeoJSON may add an elevation). */
function flat(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (typeof value[0] === "number") return value.slice(0, 2);
  return value.map(flat);
}

/** Positions in metres, not degrees (a layer in EPSG:3857 or UTM): said once, after the features. */
type Projected = { where: string; lon: unknown; lat: unknown }[];

/** Beyond this a coordinate is metres, not degrees: 200 is a slip, 4256000 a projection. */
const PROJECTED_FROM = 1000;

/** A coordinate: a number, or one written as text ("140.5"), as the reader took them before. */
function degrees(value: unknown): number {
  if (typeof value === "number") return value;
  return typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
}

const written = (value: unknown) => ({ kind: "code" as const, text: String(value) });

/**
 * Whether a position is a longitude and latitude; else the problem, its numbers in the file's
 * order (the general message put latitude first: review 28).
 */
function isLonLat(
  builder: DatasetBuilder,
  lon: unknown,
  lat: unknown,
  where: string,
  projected: Projected,
): boolean {
  const x = degrees(lon);
  const y = degrees(lat);
  if (Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90) {
    return true;
  }
  if (Math.max(Math.abs(x), Math.abs(y)) > PROJECTED_FROM) projected.push({ where, lon, lat });
  else builder.issue(where, "notLonLat", { lon: written(lon), lat: written(lat) });
  return false;
}

/** A projected layer is one note, at its first feature, with how to export it in degrees. */
function sayProjected(builder: DatasetBuilder, projected: Projected): void {
  const [first] = projected;
  if (!first) return;
  builder.issue(first.where, "projectedCoordinates", {
    lon: written(first.lon),
    lat: written(first.lat),
    count: projected.length - 1,
  });
}

/**
 * A feature's geometry as a place: a point where it is, a polygon with its
 * outline at its middle (or at `point`, where our export gives it); another
 * geometry is noted and left out.
 */
function featurePlace(
  builder: DatasetBuilder,
  geometry: Record<string, unknown>,
  place: {
    id?: string;
    name: string;
    kind?: string;
    point?: unknown;
    more?: Record<string, unknown>;
  },
  path: string,
  projected: Projected,
): string | null {
  const where = `${path}.geometry`;
  if (geometry.type === "Point" && Array.isArray(geometry.coordinates)) {
    const [lon, lat] = geometry.coordinates as unknown[];
    if (!isLonLat(builder, lon, lat, where, projected)) return null;
    return builder.place({ ...place, lon: degrees(lon), lat: degrees(lat) }, where);
  }
  if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") {
    const given = Array.isArray(place.point) ? (place.point as number[]) : null;
    const middle = given ? [Number(given[0]), Number(given[1])] : middleOf(geometry.coordinates);
    if (!middle || !isLonLat(builder, middle[0], middle[1], where, projected)) return null;
    return builder.place(
      {
        ...place,
        lon: middle[0] as number,
        lat: middle[1] as number,
        kind: place.kind ?? "region",
        geometry: { type: geometry.type, coordinates: flat(geometry.coordinates) },
      },
      where,
    );
  }
  builder.issue(where, "geometryNotDrawn", {
    type: { kind: "code", text: str(geometry.type) || "?" },
  });
  return null;
}

/**
 * Our own GeoJSON download (`src/export/toGeoJson.ts`): a feature per place,
 * its events listed in `properties.events`; an event at several places is
 * listed under each, and those without a place under a feature with no
 * geometry.
 */
function fromOurGeoJson(builder: DatasetBuilder, features: unknown[], projected: Projected): void {
  const events = new Map<
    string,
    {
      title: string;
      start: string;
      end?: string;
      approximate?: true;
      displayDate?: string;
      /** Marked undated by our download (no start on purpose). */
      undated: boolean;
      summary: string;
      /** The imported HTML, as the JSON keeps it: checked as the JSON's is, cleaned whenever shown. */
      body?: string;
      actors: string[];
      tags: string[];
      links: { label?: string; url: string }[];
      places: string[];
      /** The event's own order of its places, by the features' ids (older downloads: none). */
      placeOrder: string[];
      order: number;
      path: string;
    }
  >();
  /** Each feature's id, as the place `featurePlace` made of it. */
  const placeOf = new Map<string, string>();
  features.forEach((value, i) => {
    const path = `features[${i}]`;
    const feature = isRecord(value) ? value : {};
    const props = isRecord(feature.properties) ? feature.properties : {};
    const geometry = isRecord(feature.geometry) ? feature.geometry : null;
    const place = {
      id: str(feature.id) || undefined,
      name: str(props.name),
      kind: str(props.kind) || undefined,
      point: props.point,
      more: ownPlaceFields(props),
    };
    const placeId = geometry && featurePlace(builder, geometry, place, path, projected);
    if (placeId && place.id) placeOf.set(place.id, placeId);
    const listed = Array.isArray(props.events) ? props.events : [];
    listed.forEach((item, j) => {
      const event = isRecord(item) ? item : {};
      const id = str(event.id) || `${path}.events[${j}]`;
      const known = events.get(id);
      if (known) {
        if (placeId && !known.places.includes(placeId)) known.places.push(placeId);
        return;
      }
      events.set(id, {
        title: str(event.title),
        start: str(event.start),
        ...(str(event.end) && { end: str(event.end) }),
        ...(event.approximate === true && { approximate: true }),
        ...(str(event.displayDate) && { displayDate: str(event.displayDate) }),
        undated: event.undated === true,
        summary: str(event.summary),
        ...(typeof event.body === "string" && event.body.trim() && { body: event.body }),
        actors: texts(event.actors),
        tags: texts(event.tags),
        links: (Array.isArray(event.links) ? event.links : []).flatMap((link) =>
          isRecord(link) && str(link.url) ? [{ label: str(link.label), url: str(link.url) }] : [],
        ),
        places: placeId ? [placeId] : [],
        placeOrder: texts(event.places),
        order: typeof event.order === "number" ? event.order : Number.POSITIVE_INFINITY,
        path: `${path}.properties.events[${j}]`,
      });
    });
  });
  // Events of the same dates in the story's order, not the features': a summit after the
  // agreements made at it (review 24). Older downloads have no order: the features' is kept.
  const ordered = [...events].sort(([, a], [, b]) => (a.order === b.order ? 0 : a.order - b.order));
  for (const [id, event] of ordered) {
    const ownOrder = event.placeOrder.flatMap((featureId) => placeOf.get(featureId) ?? []);
    const places = [...ownOrder, ...event.places.filter((place) => !ownOrder.includes(place))];
    const start = event.start === "" ? null : readWhen(event.start, "start");
    // Our own download marks an undated item (`undated`, no start): nothing to say. An empty start
    // otherwise is said as the CSV reader says it.
    if (!start) {
      if (!event.undated) builder.issue(`${event.path}.start`, "emptyStart");
    } else if (!start.ok) {
      builder.issue(`${event.path}.start`, start.problem.code, start.problem.params);
    }
    const end = start?.ok && event.end !== undefined ? readWhen(event.end, "end") : null;
    builder.item(
      {
        idHint: id,
        headline: event.title || id,
        start: start?.ok ? start.date : undefined,
        end: end?.ok ? end.date : undefined,
        ...(event.approximate && { approximate: true }),
        displayDate:
          event.displayDate ?? (start && !start.ok ? undatedText(start, end) : undefined),
        text: event.summary,
        body: event.body,
        actors: event.actors,
        tags: event.tags,
        links: event.links,
        // Our download writes each link as the story has it: one without words comes back without.
        linkLabelsAsGiven: true,
        places,
      },
      event.path,
    );
  }
}

/** Our download's place fields beyond name and kind, as written: parseDataset checks them. */
const OWN_PLACE_FIELDS = ["disputed", "names", "status", "note", "i18n"] as const;

function ownPlaceFields(props: Record<string, unknown>): Record<string, unknown> {
  const more: Record<string, unknown> = {};
  for (const key of OWN_PLACE_FIELDS) if (props[key] !== undefined) more[key] = props[key];
  // A place marked disputed without its names would be refused whole: it comes back plain.
  if (more.names === undefined) delete more.disputed;
  return more;
}

/** A list of texts (an event's actors, tags or places); anything else is none. */
function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((item) => (str(item) ? [str(item)] : [])) : [];
}

/** Where a feature's start is read from: the first of these it has. */
const DATE_KEYS: DateKey[] = ["time", "date", "start", "year"];

/**
 * An unread start as the undated item shows it: as the file writes it, with its end, as our CSV
 * keeps one (review 28: the text was gone); a year before 1 alone, as the other readers write it.
 */
function undatedText(start: When & { ok: false }, end: When | null): string {
  if (start.early || !end) return start.display;
  const endText = end.ok ? end.date : end.display;
  return endText === start.display ? start.display : `${start.display} – ${endText}`;
}

export function fromGeoJson(json: Record<string, unknown>): Converted {
  const metadata = isRecord(json.metadata) ? json.metadata : {};
  const builder = new DatasetBuilder(str(metadata.title) || str(json.name) || "GeoJSON features");
  const features: unknown[] =
    json.type === "Feature" ? [json] : Array.isArray(json.features) ? json.features : [];
  const ours = features.some(
    (feature) =>
      isRecord(feature) && isRecord(feature.properties) && Array.isArray(feature.properties.events),
  );
  const projected: Projected = [];
  if (ours) {
    fromOurGeoJson(builder, features, projected);
    sayProjected(builder, projected);
    return builder.result();
  }
  // Features without a geometry (null, or none) are events without a place: said once, counted,
  // where the first is (review 41 R10: they opened without a word; a line or a multi-point gets one).
  let placeless = 0;
  let firstPlaceless = "";
  features.forEach((value, i) => {
    const path = `features[${i}]`;
    const feature = isRecord(value) ? value : {};
    const props = isRecord(feature.properties) ? feature.properties : {};
    const geometry = isRecord(feature.geometry) ? feature.geometry : null;
    if (!geometry && placeless++ === 0) firstPlaceless = `${path}.geometry`;
    const name = str(props.title) || str(props.name) || str(props.place);
    const placeName = str(props.place) || str(props.name) || str(props.title);

    const placeId =
      geometry && featurePlace(builder, geometry, { name: placeName }, path, projected);
    const places = placeId ? [placeId] : [];

    // The first of these the feature has: a null or empty one (QGIS and geojson.io write a
    // layer's empty attributes as null) hid the `start` or `year` beside it (review 28).
    const timeKey = DATE_KEYS.find((key) => isGiven(props[key]));
    const start = timeKey ? readWhen(props[timeKey], timeKey) : null;
    if (!timeKey) builder.issue(`${path}.properties`, "noTimeProperty");
    else if (start && !start.ok) {
      builder.issue(`${path}.properties.${timeKey}`, start.problem.code, start.problem.params);
    }
    let end: When | null = null;
    if (isGiven(props.end)) {
      end = readWhen(props.end, "end");
      if (start?.ok && !end.ok) {
        builder.issue(`${path}.properties.end`, "unreadDate", { value: quoted(end.display) });
      }
    }
    const url = str(props.url);
    builder.item(
      {
        idHint: str(feature.id) || name,
        headline: name || `Feature ${i + 1}`,
        text: str(props.description) || str(props.summary),
        start: start?.ok ? start.date : undefined,
        end: start?.ok && end?.ok ? end.date : undefined,
        ...(start?.ok && start.approximate && { approximate: true }),
        displayDate: start && !start.ok ? undatedText(start, end) : undefined,
        places,
        tags: str(props.type) ? [str(props.type)] : [],
        links: url ? [{ url }] : [],
      },
      path,
    );
  });
  if (placeless > 0) builder.issue(firstPlaceless, "noGeometry", { count: placeless });
  sayProjected(builder, projected);
  return builder.result();
}
