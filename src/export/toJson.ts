/** A dataset as our JSON format: what `parseDataset` reads back as the same dataset. */
import type { Dataset } from "../data/schema";

export function toJson(dataset: Dataset): string {
  const { meta, places, periods, events, undated } = dataset;
  const out = {
    meta,
    places,
    ...(periods.length > 0 && { periods }),
    events,
    ...(undated && undated.length > 0 && { undated }),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
