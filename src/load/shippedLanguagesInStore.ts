/**
 * The shipped dataset on show holds English and the page's language first
 * (`shippedDataset.ts`); these add the others to it, re-indexed in place
 * (selection, window and filters stay, as when a draft changes): a language
 * switched to, every language for search, and every language for whatever
 * hands the dataset on (the editor's draft, Download, the one-file copy).
 */
import { indexDataset } from "../data/indexDataset";
import type { AppStore } from "../store/appStore";
import { selectLanguage } from "../store/languageSlice";
import { shippedDataset, shippedLanguages, shippedLanguagesOf } from "./shippedDataset";

let queue: Promise<void> = Promise.resolve();

/** How a re-index is shown: the URL sync's `replacing`, so it is no history step (set by the binding). */
let inPlace: (run: () => void) => void = (run) => run();

async function add(store: AppStore, wanted: readonly string[]): Promise<void> {
  const { index, source, status } = store.getState();
  const have = index && shippedLanguagesOf(index.dataset);
  if (!have || source.kind !== "default" || status === "loading") return;
  const missing = wanted.filter((lang) => !have.has(lang) && shippedLanguages().includes(lang));
  if (missing.length === 0) return;
  const dataset = await shippedDataset([...have, ...missing]);
  // Another dataset may have opened meanwhile: it is not ours to change.
  if (!dataset || store.getState().index !== index) return;
  const next = indexDataset(dataset);
  inPlace(() => store.getState().datasetIndexed(next, source, store.getState().problems));
}

/** Adds `langs` to the shipped dataset on show (if it is on show); one addition at a time. */
export function addShippedLanguages(store: AppStore, langs: readonly string[]): Promise<void> {
  const next = queue.then(() => add(store, langs));
  // A failed fetch leaves the dataset as it was (texts a language lacks show in English); the next ask tries again.
  queue = next.catch(() => {});
  return next;
}

/** Every language: what search, the editor, Download and the one-file copy need. */
export function completeShippedDataset(store: AppStore): Promise<void> {
  return addShippedLanguages(store, shippedLanguages());
}

/** The page's language follows the reader's switch (one made while the dataset loaded too). */
export function bindShippedLanguages(
  store: AppStore,
  replacing: (run: () => void) => void,
): () => void {
  inPlace = replacing;
  return store.subscribe(
    (state) => [selectLanguage(state), state.index] as const,
    ([lang]) => {
      addShippedLanguages(store, [lang]).catch(() => {});
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
