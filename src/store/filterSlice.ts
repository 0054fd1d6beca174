import type { SliceCreator } from "./types";

export interface FilterSlice {
  /** Events shown must have one of these actors (empty: all). */
  actors: string[];
  /** Events shown must have one of these tags (empty: all). */
  tags: string[];
  /** Search text. */
  query: string;
  setActors: (actors: string[]) => void;
  setTags: (tags: string[]) => void;
  toggleActor: (actor: string) => void;
  toggleTag: (tag: string) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
}

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

export const createFilterSlice: SliceCreator<FilterSlice> = (set) => ({
  actors: [],
  tags: [],
  query: "",
  setActors: (actors) => set({ actors }),
  setTags: (tags) => set({ tags }),
  toggleActor: (actor) => set((state) => ({ actors: toggle(state.actors, actor) })),
  toggleTag: (tag) => set((state) => ({ tags: toggle(state.tags, tag) })),
  setQuery: (query) => set({ query }),
  clearFilters: () => set({ actors: [], tags: [] }),
});
