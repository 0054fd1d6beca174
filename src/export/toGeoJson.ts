/** The places of a dataset as a GeoJSON FeatureCollection, each with the events that happen there. */
import type { Dataset } from "../data/schema";

export function toGeoJson(dataset: Dataset): string {
  const byPlace = new Map<string, { id: string; title: string; start: string; end?: string }[]>();
  for (const event of dataset.events) {
    for (const placeId of event.places) {
      const list = byPlace.get(placeId) ?? [];
      list.push({
        id: event.id,
        title: event.title,
        start: event.start,
        ...(event.end && { end: event.end }),
      });
      byPlace.set(placeId, list);
    }
  }
  const features = dataset.places.map((place) => ({
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
  return `${JSON.stringify({ type: "FeatureCollection", metadata: { title: dataset.meta.title }, features }, null, 2)}\n`;
}
