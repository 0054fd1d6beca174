import { useEffect, useMemo, useState } from "react";
import { shippedLanguages } from "../load/shippedDataset";
import { addShippedLanguages } from "../load/shippedLanguagesInStore";
import { appStore, useAppStore } from "../store/appStore";
import { selectFacetMask } from "../store/selectors";
import { loadSearch, SEARCH_DEBOUNCE_MS, type SearchModule } from "./loadSearch";
import type { SearchIndex, SearchResult } from "./searchIndex";

/** How often a build's progress is read while the box waits for it. */
const PROGRESS_READ_MS = 250;

/** `value`, once it has stopped changing for `delay` ms. */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export interface SearchState {
  /** Results for the debounced query; null while there is none or the index is being built. */
  result: SearchResult | null;
  /** The results as the status says them ("3 results: 1 place, 2 events."), with their code. */
  sentence: string;
  /** The index is being built. */
  preparing: boolean;
  /** How far its build has come (0 to 1), read a few times a second while preparing; else null. */
  progress: number | null;
  /** The query the results are for. */
  settled: string;
  /** Why search cannot run (its code could not be loaded), or null. */
  failed: string | null;
}

/**
 * Search the shown dataset as the query settles. The index is built the
 * first time it is needed (`wanted`: the box has focus, or there is a query),
 * in slices, so a large dataset never blocks typing.
 */
export function useSearch(query: string, wanted: boolean, limit = 50): SearchState {
  const index = useAppStore((state) => state.index);
  // Counted against the actor and tag filters: "only matches" hides no match of its own.
  const mask = useAppStore(selectFacetMask);
  const source = useAppStore((state) => state.source);
  const settled = useDebouncedValue(query, SEARCH_DEBOUNCE_MS);
  const [engine, setEngine] = useState<SearchModule | null>(null);
  const [built, setBuilt] = useState<SearchIndex | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const searchIndex =
    built && built.dataset === index
      ? built
      : index && engine
        ? engine.peekSearchIndex(index)
        : null;
  const needed = index !== null && (wanted || settled.trim() !== "");
  const typing = query.trim() !== "";

  // Search matches in every language: the shipped dataset's others are fetched when typing starts,
  // and the new index (the dataset with them) runs the search again. Asked again for each dataset
  // shown (a no-op once they are in, or for another dataset): a link's `q` asked only while the
  // dataset loaded, which adds nothing, and "Лавров" found none of his events.
  useEffect(() => {
    if (typing && index) addShippedLanguages(appStore, shippedLanguages()).catch(() => {});
  }, [typing, index]);

  useEffect(() => {
    if (!index || !needed || searchIndex) return;
    let live = true;
    loadSearch()
      .then((module) => {
        if (live) setEngine(module);
        return module.buildSearchIndex(index);
      })
      .then(
        (ready) => {
          if (!live) return;
          setFailed(null);
          setBuilt(ready);
        },
        (error: unknown) => {
          if (live) setFailed(error instanceof Error ? error.message : String(error));
        },
      );
    return () => {
      live = false;
    };
  }, [index, needed, searchIndex]);

  // A large dataset's build takes seconds (a million one-line events, ~15 s here): how far it has
  // come, read a few times a second, not on every slice.
  const preparing = needed && searchIndex === null && failed === null;
  const [progress, setProgress] = useState<number | null>(null);
  useEffect(() => {
    if (!preparing || !engine || !index) return;
    const read = () => setProgress(engine.buildProgress(index));
    read();
    const timer = setInterval(read, PROGRESS_READ_MS);
    return () => {
      clearInterval(timer);
      setProgress(null);
    };
  }, [preparing, engine, index]);

  // The matches search() keeps for the last query are for the next caller of that query, its
  // scratch for the next keystroke: cleared, neither comes (at 100,000 events, up to 500 KB and
  // 700 KB). Only a blank settled query lets go, so typing keeps the scratch.
  const cleared = settled.trim() === "";
  useEffect(() => {
    if (engine && searchIndex && cleared) engine.forgetQuery(searchIndex);
  }, [engine, searchIndex, cleared]);

  // The dataset re-indexed in place (its other languages came, fetched as typing starts) keeps the
  // query's results on show while its search index is built again (`of`): the list left the page
  // meanwhile, and a result pressed then was never chosen (Chromium fires no click once the
  // pressed node is gone).
  const result = useMemo(
    () =>
      engine && settled.trim() !== ""
        ? engine.search(searchIndex, settled, { limit, mask, of: source })
        : null,
    [engine, searchIndex, settled, limit, mask, source],
  );
  return {
    result,
    sentence: engine && result ? engine.resultSentence(result) : "",
    preparing,
    progress: preparing ? progress : null,
    failed: needed ? failed : null,
    settled,
  };
}
