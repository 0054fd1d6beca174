/** A dataset as our JSON format: what `parseDataset` reads back as the same dataset. */
import type { Dataset } from "../data/schema";

export function toJson(dataset: Dataset): string {
  const { meta, places, periods, undated } = dataset;
  // The app's index adds each event's order and interval: they are not part of the format.
  const events = dataset.events.map((event) => {
    const { order, interval, ...plain } = event as typeof event & {
      order?: number;
      interval?: unknown;
    };
    return plain;
  });
  const out = {
    meta,
    places,
    ...(periods.length > 0 && { periods }),
    events,
    ...(undated && undated.length > 0 && { undated }),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
