import type { Dataset } from "../data/schema";

/**
 * Which of `dataset`'s periods and source CSV and GeoJSON have no place for, said with the rest
 * they leave out before an author downloads a draft's new periods in a format that drops them.
 */
export function leftOutOfCsv(
  dataset: Pick<Dataset, "periods" | "meta">,
): "both" | "periods" | "source" | null {
  const periods = dataset.periods.length > 0;
  const source = dataset.meta.source !== undefined;
  return periods && source ? "both" : periods ? "periods" : source ? "source" : null;
}
