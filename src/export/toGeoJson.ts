/**
 * The places of a dataset as a GeoJSON FeatureCollection, each with the events
 * that happen there; events with no place under one feature with no geometry.
 * Titles are written with their places' names (other tools do not know our
 * `{place-id}`); `src/import/geoJson.ts` reads the file back. Undated items are
 * listed the same way, marked `undated` and without a `start`, and come back undated; the date
 * as the source writes it (`displayDate`), whether it is approximate, the summary, the body (the
 * imported HTML, as the JSON keeps it), actors, tags and links go with each; each place keeps its names by perspective, status, note and their
 * translations. Events' quotes (checked against a source the file has no place for), notes,
 * media and translations, and the periods, stay in the JSON: the Download menu says so.
 */
import { fillPlaceTokens } from "../data/placeTokens";
import type { Dataset, DatasetEvent, UndatedItem } from "../data/schema";

type ListedEvent = {
  id: string;
  title: string;
  start?: string;
  end?: string;
  approximate?: true;
  displayDate?: string;
  undated?: true;
  summary?: string;
  /** The imported HTML (a quote, a list, a tweet's text) that the plain summary does not hold. */
  body?: string;
  actors?: string[];
  tags?: string[];
  links?: { label?: string; url: string }[];
  /** The event's places in its own order (the first frames it), where it has more than one. */
  places?: string[];
  /** Its position in the story, which orders events of the same dates: a feature per place does not. */
  order: number;
};

export function toGeoJson(dataset: Dataset): string {
  const names = new Map(dataset.places.map((place) => [place.id, place.name]));
  const listed = (event: DatasetEvent | UndatedItem, order: number): ListedEvent => ({
    id: event.id,
    title: fillPlaceTokens(event.title, (id) => names.get(id)),
    ...("start" in event ? { start: event.start } : { undated: true }),
    ...("end" in event && event.end && { end: event.end }),
    // Left out, a reopened "c. mid-April 2018" read as 15 April exactly (review 24).
    ...("approximate" in event && event.approximate && { approximate: true }),
    ...(event.displayDate && { displayDate: event.displayDate }),
    ...(event.summary && { summary: event.summary }),
    // Left out, every TimelineJS or StoryMapJS story lost its block quotes and lists (review 28).
    ...(event.body && { body: event.body }),
    ...(event.actors.length > 0 && { actors: event.actors }),
    ...(event.tags.length > 0 && { tags: event.tags }),
    ...(event.links?.length && { links: event.links }),
    ...(event.places.length > 1 && { places: event.places }),
    order,
  });
  const byPlace = new Map<string, ListedEvent[]>();
  const placeless: ListedEvent[] = [];
  for (const [order, event] of [...dataset.events, ...(dataset.undated ?? [])].entries()) {
    const item = listed(event, order);
    if (event.places.length === 0) placeless.push(item);
    for (const placeId of event.places) {
      const list = byPlace.get(placeId) ?? [];
      list.push(item);
      byPlace.set(placeId, list);
    }
  }
  const features: object[] = dataset.places.map((place) => ({
    type: "Feature",
    id: place.id,
    geometry: place.geometry ?? { type: "Point", coordinates: place.coordinates },
    properties: {
      name: place.name,
      kind: place.kind,
      ...(place.disputed && { disputed: true }),
      // The naming switch's names and the neutral status: without them a disputed place came
      // back plain, and the switch was gone (review 24).
      ...(place.names && { names: place.names }),
      ...(place.status && { status: place.status }),
      ...(place.note && { note: place.note }),
      ...(place.i18n && { i18n: place.i18n }),
      ...(place.geometry && { point: place.coordinates }),
      events: byPlace.get(place.id) ?? [],
    },
  }));
  if (placeless.length > 0) {
    features.push({ type: "Feature", geometry: null, properties: { events: placeless } });
  }
  return `${JSON.stringify({ type: "FeatureCollection", metadata: { title: dataset.meta.title }, features }, null, 2)}\n`;
}
