/**
 * The dataset that ships with the app is validated when the app is built
 * (the share-page plugin fails the build on any problem) and in CI (`npm run
 * validate`), so it loads without the validator: the first visit downloads
 * neither zod nor the dataset worker. Other datasets always go through
 * `parseDataset`.
 */
import { fileIssue } from "../data/issues";
import type { ParseResult } from "../data/parseDataset";
import type { Dataset, DatasetEvent } from "../data/schema";

type Loose = {
  meta?: Dataset["meta"];
  places?: Dataset["places"];
  periods?: Dataset["periods"];
  events?: Partial<DatasetEvent>[];
};

/** The schema's defaults, filled in the way `parseDataset` would. */
export function withDefaults(raw: Loose): Dataset | null {
  if (!raw || typeof raw !== "object" || !Array.isArray(raw.events) || !raw.meta) return null;
  return {
    meta: raw.meta,
    places: raw.places ?? [],
    periods: raw.periods ?? [],
    events: raw.events.map(
      (event) => ({ places: [], actors: [], tags: [], ...event }) as DatasetEvent,
    ),
  };
}

export async function loadShippedDataset(url: string): Promise<ParseResult> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const dataset = withDefaults((await response.json()) as Loose);
    if (dataset) return { ok: true, dataset, warnings: [] };
    return { ok: false, errors: [fileIssue("shippedIncomplete")] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        fileIssue("shippedNotLoaded", { reason: { kind: "code", text: reason, lang: "en" } }),
      ],
    };
  }
}
