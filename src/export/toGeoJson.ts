/**
 * The places of a dataset as a GeoJSON FeatureCollection, each with the events
 * that happen there; events with no place under one feature with no geometry.
 * Titles are written with their places' names (other tools do not know our
 * `{place-id}`); `src/import/geoJson.ts` reads the file back. Undated items are
 * listed the same way, marked `undated` and without a `start`, and come back undated; the date
 * as the source writes it (`displayDate`) goes with each.
 */
import { fillPlaceTokens } from "../data/placeTokens";
import type { Dataset, DatasetEvent, UndatedItem } from "../data/schema";

type ListedEvent = {
  id: string;
  title: string;
  start?: string;
  end?: string;
  displayDate?: string;
  undated?: true;
};

export function toGeoJson(dataset: Dataset): string {
  const names = new Map(dataset.places.map((place) => [place.id, place.name]));
  const listed = (event: DatasetEvent | UndatedItem): ListedEvent => ({
    id: event.id,
    title: fillPlaceTokens(event.title, (id) => names.get(id)),
    ...("start" in event ? { start: event.start } : { undated: true }),
    ...("end" in event && event.end && { end: event.end }),
    ...(event.displayDate && { displayDate: event.displayDate }),
  });
  const byPlace = new Map<string, ListedEvent[]>();
  const placeless: ListedEvent[] = [];
  for (const event of [...dataset.events, ...(dataset.undated ?? [])]) {
    const item = listed(event);
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
      ...(place.geometry && { point: place.coordinates }),
      events: byPlace.get(place.id) ?? [],
    },
  }));
  if (placeless.length > 0) {
    features.push({ type: "Feature", geometry: null, properties: { events: placeless } });
  }
  return `${JSON.stringify({ type: "FeatureCollection", metadata: { title: dataset.meta.title }, features }, null, 2)}\n`;
}
