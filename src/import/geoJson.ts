/**
 * GeoJSON FeatureCollections of points and polygons into our format: each
 * feature an event at its place (the same coordinates are one place), its
 * time from `time` (epoch milliseconds, as USGS feeds give it, kept to the
 * minute in UTC), `date`,
 * `start`/`end` or `year`, its name from `title`, `name` or `place`.
 */

import { isPartialDate } from "../data/dates";
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
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : readEpoch(ms);
}

export function fromGeoJson(json: Record<string, unknown>): Converted {
  const metadata = isRecord(json.metadata) ? json.metadata : {};
  const builder = new DatasetBuilder(str(metadata.title) || str(json.name) || "GeoJSON features");
  const features: unknown[] =
    json.type === "Feature" ? [json] : Array.isArray(json.features) ? json.features : [];
  features.forEach((value, i) => {
    const path = `features[${i}]`;
    const feature = isRecord(value) ? value : {};
    const props = isRecord(feature.properties) ? feature.properties : {};
    const geometry = isRecord(feature.geometry) ? feature.geometry : null;
    const name = str(props.title) || str(props.name) || str(props.place);
    const placeName = str(props.place) || str(props.name) || str(props.title);

    const places: string[] = [];
    if (geometry?.type === "Point" && Array.isArray(geometry.coordinates)) {
      const [lon, lat] = geometry.coordinates as number[];
      const id = builder.place(
        { name: placeName, lon: Number(lon), lat: Number(lat) },
        `${path}.geometry`,
      );
      if (id) places.push(id);
    } else if (geometry?.type === "Polygon" || geometry?.type === "MultiPolygon") {
      const middle = middleOf(geometry.coordinates);
      const id =
        middle &&
        builder.place(
          {
            name: placeName,
            lon: middle[0],
            lat: middle[1],
            kind: "region",
            geometry: { type: geometry.type, coordinates: flat(geometry.coordinates) },
          },
          `${path}.geometry`,
        );
      if (id) places.push(id);
    } else if (geometry) {
      builder.issue(`${path}.geometry`, "geometryNotDrawn", {
        type: { kind: "code", text: str(geometry.type) || "?" },
      });
    }

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
