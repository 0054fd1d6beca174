/** A dataset as our JSON format: what `parseDataset` reads back as the same dataset. */
import type { Dataset } from "../data/schema";

export function toJson(dataset: Dataset): string {
  return `${JSON.stringify(inOurFormat(dataset), null, 2)}\n`;
}

/** The dataset as the format has it, without what the app's index adds to its events. */
export function inOurFormat(dataset: Dataset): Record<string, unknown> {
  const { meta, places, periods, undated } = dataset;
  // The app's index adds each event's order and interval: they are not part of the format.
  const events = dataset.events.map((event) => {
    const { order, interval, ...plain } = event as typeof event & {
      order?: number;
      interval?: unknown;
    };
    return plain;
  });
  return {
    meta,
    places,
    ...(periods.length > 0 && { periods }),
    events,
    ...(undated && undated.length > 0 && { undated }),
  };
}
