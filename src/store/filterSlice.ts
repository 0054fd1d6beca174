import type { DatasetIndex } from "../data/indexDataset";
import type { SliceCreator } from "./types";

/** Which events a search matched (`src/search/bindSearchMatches.ts`), for the "only matches" filter. */
export interface SearchMatches {
  /** The dataset the positions are for. */
  index: DatasetIndex;
  /** The query they answer. */
  query: string;
  /** 1 at each matching time-ordered position. */
  mask: Uint8Array;
}

export interface FilterSlice {
  /** Events shown must have one of these actors (empty: all). */
  actors: string[];
  /** Events shown must have one of these tags (empty: all). */
  tags: string[];
  /** Search text. */
  query: string;
  /** Events shown must match the search (while there is a query): the URL's `only=1`. */
  onlyMatches: boolean;
  /** The search's matches, once the search index has found them; null before. */
  searchMatches: SearchMatches | null;
  setActors: (actors: string[]) => void;
  setTags: (tags: string[]) => void;
  toggleActor: (actor: string) => void;
  toggleTag: (tag: string) => void;
  /** An empty query turns "only matches" off: there is nothing left to match. */
  setQuery: (query: string) => void;
  setOnlyMatches: (on: boolean) => void;
  setSearchMatches: (matches: SearchMatches | null) => void;
  /** Clears the actors, the tags and "only matches" (the query stays in the box). */
  clearFilters: () => void;
}

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/**
 * "Only matches" as asked, off without a query; its matches are dropped when it goes off, so
 * turning it on again (for another query) never shows the last query's events meanwhile.
 */
function only(on: boolean, query: string): Partial<FilterSlice> {
  const onlyMatches = on && query.trim() !== "";
  return onlyMatches ? { onlyMatches } : { onlyMatches, searchMatches: null };
}

export const createFilterSlice: SliceCreator<FilterSlice> = (set) => ({
  actors: [],
  tags: [],
  query: "",
  onlyMatches: false,
  searchMatches: null,
  setActors: (actors) => set({ actors }),
  setTags: (tags) => set({ tags }),
  toggleActor: (actor) => set((state) => ({ actors: toggle(state.actors, actor) })),
  toggleTag: (tag) => set((state) => ({ tags: toggle(state.tags, tag) })),
  setQuery: (query) => set((state) => ({ query, ...only(state.onlyMatches, query) })),
  setOnlyMatches: (on) => set((state) => only(on, state.query)),
  setSearchMatches: (searchMatches) => set({ searchMatches }),
  clearFilters: () => set({ actors: [], tags: [], ...only(false, "") }),
});
