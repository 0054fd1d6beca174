/**
 * GeoJSON FeatureCollections of points and polygons into our format: each
 * feature an event at its place (the same coordinates are one place), its
 * time from `time` (epoch milliseconds, as USGS feeds give it, kept to the
 * minute in UTC), `date`,
 * `start`/`end` or `year`, its name from `title`, `name` or `place`.
 */

import { isPartialDate, toIsoDay } from "../data/dates";
import { isRecord } from "../data/isRecord";
import { DatasetBuilder } from "./builder";
import { readEpoch, readFreeDate } from "./dateParts";
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

/** An ISO timestamp that names its zone ("2018-02-07T01:26:13Z", "…+09:00"): an instant, read to the minute. */
const ZONED_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::[\d.]+)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** A `date`, `start` or `end` property: a partial date, an ISO timestamp, or epoch milliseconds. */
function readWhen(value: unknown): { date: string } | null {
  if (typeof value === "number") {
    // A bare number: a year if it looks like one, else epoch milliseconds.
    if (Number.isInteger(value) && value >= 1 && value <= 9999) {
      return { date: String(value).padStart(4, "0") };
    }
    return readEpoch(value);
  }
  const text = str(value);
  if (text === "") return null;
  // Ours as written (a GeoJSON download keeps `start` as the dataset has it, "2018-02-07T01:26").
  if (isPartialDate(text)) return { date: text };
  if (ZONED_TIMESTAMP.test(text)) return readEpoch(Date.parse(text));
  const read = readFreeDate(text);
  if (read) return read;
  // Text that names no zone ("3/8/2018", "Thu, 15 Mar 2018") is read as UTC, a day with no time
  // as that day: read in the reader's zone, one file opened on 7 March 15:00 in Tokyo and on 8
  // March in London (review 16).
  if (NAMES_ZONE.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : readEpoch(ms);
  }
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}T/.test(text) ? `${text}Z` : `${text} UTC`);
  if (Number.isNaN(ms)) return null;
  return text.includes(":") ? readEpoch(ms) : { date: toIsoDay(ms) };
}

/** A date's text that says which zone it is in: "Z", "UTC", "GMT", "+09:00", "-0500" at its end. */
const NAMES_ZONE = /(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})(?:\s*\([^)]*\))?$/i;

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
): string | null {
  const where = `${path}.geometry`;
  if (geometry.type === "Point" && Array.isArray(geometry.coordinates)) {
    const [lon, lat] = geometry.coordinates as number[];
    return builder.place({ ...place, lon: Number(lon), lat: Number(lat) }, where);
  }
  if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") {
    const given = Array.isArray(place.point) ? (place.point as number[]) : null;
    const middle = given ? [Number(given[0]), Number(given[1])] : middleOf(geometry.coordinates);
    if (!middle) return null;
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
function fromOurGeoJson(builder: DatasetBuilder, features: unknown[]): void {
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
    const placeId = geometry && featurePlace(builder, geometry, place, path);
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
    const start = readWhen(event.start);
    // Our own download marks an undated item (`undated`, no start): nothing to say. An empty start
    // otherwise is said as the CSV reader says it.
    if (!start && event.start.trim() === "") {
      if (!event.undated) builder.issue(`${event.path}.start`, "emptyStart");
    } else if (!start)
      builder.issue(`${event.path}.start`, "unreadDateUndated", { value: quoted(event.start) });
    const end = event.end === undefined ? null : readWhen(event.end);
    builder.item(
      {
        idHint: id,
        headline: event.title || id,
        start: start?.date,
        end: end?.date,
        ...(event.approximate && { approximate: true }),
        displayDate: event.displayDate,
        text: event.summary,
        actors: event.actors,
        tags: event.tags,
        links: event.links,
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

export function fromGeoJson(json: Record<string, unknown>): Converted {
  const metadata = isRecord(json.metadata) ? json.metadata : {};
  const builder = new DatasetBuilder(str(metadata.title) || str(json.name) || "GeoJSON features");
  const features: unknown[] =
    json.type === "Feature" ? [json] : Array.isArray(json.features) ? json.features : [];
  const ours = features.some(
    (feature) =>
      isRecord(feature) && isRecord(feature.properties) && Array.isArray(feature.properties.events),
  );
  if (ours) {
    fromOurGeoJson(builder, features);
    return builder.result();
  }
  features.forEach((value, i) => {
    const path = `features[${i}]`;
    const feature = isRecord(value) ? value : {};
    const props = isRecord(feature.properties) ? feature.properties : {};
    const geometry = isRecord(feature.geometry) ? feature.geometry : null;
    const name = str(props.title) || str(props.name) || str(props.place);
    const placeName = str(props.place) || str(props.name) || str(props.title);

    const placeId = geometry && featurePlace(builder, geometry, { name: placeName }, path);
    const places = placeId ? [placeId] : [];

    let start: { date: string } | null = null;
    let end: { date: string } | null = null;
    const [timeKey, timeValue] =
      props.time !== undefined && props.time !== null
        ? ["time", props.time]
        : props.date !== undefined
          ? ["date", props.date]
          : props.start !== undefined
            ? ["start", props.start]
            : ["year", props.year];
    if (timeValue !== undefined && timeValue !== null && timeValue !== "") {
      start =
        timeKey === "time" && typeof timeValue === "number"
          ? readEpoch(timeValue)
          : readWhen(timeValue);
      if (!start) {
        builder.issue(`${path}.properties.${timeKey}`, "unreadDateUndated", {
          value: quoted(String(timeValue)),
        });
      }
    } else {
      builder.issue(`${path}.properties`, "noTimeProperty");
    }
    if (start && props.end !== undefined && props.end !== null && props.end !== "") {
      end = readWhen(props.end);
      if (!end) {
        builder.issue(`${path}.properties.end`, "unreadDate", { value: quoted(str(props.end)) });
      }
    }
    const url = str(props.url);
    builder.item(
      {
        idHint: str(feature.id) || name,
        headline: name || `Feature ${i + 1}`,
        text: str(props.description) || str(props.summary),
        start: start?.date,
        end: end?.date,
        places,
        tags: str(props.type) ? [str(props.type)] : [],
        links: url ? [{ url }] : [],
      },
      path,
    );
  });
  return builder.result();
}
