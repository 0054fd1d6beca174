/**
 * "Only matches": while it is on, the store's `searchMatches` follow the query and the dataset,
 * so the one filter mask (`selectFilterMask`) narrows the timeline, the map, the counts and the
 * story to the search's matches. Outside React, so a link's `only=1` narrows the view whether or
 * not the search box is on screen.
 *
 * The matches are the search's own (`search()`'s `positions`: every match, not only the results
 * listed), typo correction included, in every language as the search box's: the shipped
 * dataset's other languages are awaited first (`complete`), or a link's `q=Лавров&only=1` said
 * no event matches until they came. The search code and index load only when the filter is on;
 * the index is built in slices (`buildSearchIndex`), and until it is ready the view stays as it
 * was: every event, or the last matches of the same events (`selectSearchMask`).
 */
import type { DatasetIndex } from "../data/indexDataset";
import { completeShippedDataset } from "../load/shippedLanguagesInStore";
import type { AppStore } from "../store/appStore";
import { selectSearchNarrows } from "../store/selectors";
import type { AppState } from "../store/types";
import { loadSearch, SEARCH_DEBOUNCE_MS, type SearchModule } from "./loadSearch";

/** 1 at each of `positions` among `count` events. O(count + matches). */
export function matchMask(count: number, positions: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(count);
  for (let i = 0; i < positions.length; i++) mask[positions[i] as number] = 1;
  return mask;
}

export interface SearchMatchesOptions {
  load?: () => Promise<SearchModule>;
  /** How long typing pauses before the matches follow it. */
  delay?: number;
  /** Brings in every language the search matches in (the shipped dataset's others; a new index follows). */
  complete?: (store: AppStore) => Promise<void>;
}

type Watched = readonly [narrows: boolean, index: DatasetIndex | null, query: string];

const watched = (state: AppState): Watched => [
  selectSearchNarrows(state),
  state.index,
  state.query,
];

export function bindSearchMatches(
  store: AppStore,
  {
    load = loadSearch,
    delay = SEARCH_DEBOUNCE_MS,
    complete = completeShippedDataset,
  }: SearchMatchesOptions = {},
): () => void {
  let engine: SearchModule | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let bound = true;

  /** The matches for what is on show, if it still is when they are found. */
  const settle = (module: SearchModule, index: DatasetIndex, query: string) => {
    const state = store.getState();
    if (!bound || !selectSearchNarrows(state) || state.index !== index || state.query !== query)
      return;
    const searchIndex = module.peekSearchIndex(index);
    if (!searchIndex) return;
    const { positions } = module.search(searchIndex, query, { limit: 0 });
    state.setSearchMatches({ index, query, mask: matchMask(index.events.length, positions) });
  };

  const update = () => {
    timer = null;
    const state = store.getState();
    const { index, query, searchMatches } = state;
    if (!index || !selectSearchNarrows(state)) return;
    if (searchMatches?.index === index && searchMatches.query === query) return;
    // Ready (the search box built it): at once, in the same task as the change.
    if (engine?.peekSearchIndex(index)) return settle(engine, index, query);
    load()
      .then(async (module) => {
        engine = module;
        // A failed fetch leaves the languages there are: the matches are found in those.
        await complete(store).catch(() => {});
        // The dataset with its other languages is a new index: its own update finds the matches.
        if (store.getState().index !== index) return;
        await module.buildSearchIndex(index);
        settle(module, index, query);
      })
      // The search box says why search cannot run (`useSearch`'s `failed`); the view stays whole.
      .catch(() => {});
  };

  const unsubscribe = store.subscribe(
    watched,
    ([narrows, index], [wasOn, wasIndex]) => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (!narrows) return;
      // Turned on, or another dataset: at once. Typing: once it pauses, as the results do.
      if (!wasOn || index !== wasIndex) update();
      else timer = setTimeout(update, delay);
    },
    {
      equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
    },
  );
  // A link's `only=1`.
  update();
  return () => {
    bound = false;
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
