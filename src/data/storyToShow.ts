/** Whether a list holds anything: undated items alone may make a story (`mapsUndated`). */
export const hasItems = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * Whether undated items alone make a story to show: one of them has a place on the map (a
 * StoryMapJS map without dates, the usual kind). Without, there would be only a list to show.
 */
export const mapsUndated = (undated: readonly { places?: unknown }[]): boolean =>
  undated.some((item) => hasItems(item.places));

/**
 * Whether a dataset has something to show: an event, or an undated item on the map. Without,
 * `parseDataset` refuses it (`noEvents`), an import too, and a one-file copy of it would not open.
 */
export const hasStoryToShow = (dataset: {
  events: readonly unknown[];
  undated?: readonly { places?: unknown }[];
}): boolean => dataset.events.length > 0 || mapsUndated(dataset.undated ?? []);
