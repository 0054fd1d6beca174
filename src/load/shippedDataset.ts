/**
 * The dataset that ships with the app is validated when the app is built
 * (the share-page plugin fails the build on any problem) and in CI (`npm run
 * validate`), so it loads without the validator: the first visit downloads
 * neither zod nor the dataset worker. Other datasets always go through
 * `parseDataset`. It comes in parts (`translationFiles.ts`): the English
 * base and the page's language first, other languages when asked for.
 */
import { fileIssue } from "../data/issues";
import type { ParseResult } from "../data/parseDataset";
import type { Dataset, DatasetEvent } from "../data/schema";
import { shippedFiles } from "./shippedFiles";
import { mergeTranslations, type RawDataset, type TranslationFile } from "./translationFiles";

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

/** What each shipped dataset made here holds: its languages besides English. */
const languagesByMeta = new WeakMap<Dataset["meta"], ReadonlySet<string>>();

/**
 * The languages a dataset made by `shippedDataset` holds, or null for any
 * other dataset (which has all the translations it will ever have).
 */
export function shippedLanguagesOf(dataset: Dataset): ReadonlySet<string> | null {
  return languagesByMeta.get(dataset.meta) ?? null;
}

/** The languages the shipped dataset has files for. */
export function shippedLanguages(): string[] {
  return Object.keys(shippedFiles?.translations ?? {});
}

const requests = new Map<string, Promise<unknown>>();

/** Each part is fetched once; a failed fetch is tried again when next asked for. */
function fetchJson(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/** The English base with the translations of `langs` (those it has files for) merged in; null without meta or events. */
export async function shippedDataset(langs: readonly string[]): Promise<Dataset | null> {
  if (!shippedFiles) throw new Error("this page has no dataset files");
  const { translations } = shippedFiles;
  // The dataset's own order of languages, whatever the order asked in: merged whole, it is the file as written.
  const wanted = Object.keys(translations).filter((lang) => langs.includes(lang));
  const [base, ...files] = await Promise.all([
    fetchJson(shippedFiles.base),
    ...wanted.map((lang) => fetchJson(translations[lang] as string)),
  ]);
  const merged = mergeTranslations(base as RawDataset, files as TranslationFile[]);
  const dataset = withDefaults(merged as Loose);
  if (dataset) languagesByMeta.set(dataset.meta, new Set(wanted));
  return dataset;
}

/** The shipped dataset with the translations of `lang`: what a page in that language shows first. */
export async function loadShippedDataset(lang: string): Promise<ParseResult> {
  try {
    const dataset = await shippedDataset([lang]);
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
