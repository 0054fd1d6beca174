/**
 * Facet counts for the filter panel. Each actor's count is the number of
 * events it would show given the tag filter (and each tag's given the actor
 * filter) and the search's "only matches", so a count says what ticking the
 * box adds. Values keep the dataset's order (most events first), so boxes
 * never jump as counts change.
 */

import type { DatasetIndex, FacetCount, IndexedEvent } from "../data/indexDataset";
import { t } from "../i18n/i18n";
import { memoizeLast } from "../store/memo";
import { passes, selectSearchMask, selectSearchNarrows } from "../store/selectors";
import type { AppState } from "../store/types";

function countFacet(
  index: DatasetIndex,
  key: "actors" | "tags",
  other: "actors" | "tags",
  otherSelected: readonly string[],
  searchMask: Uint8Array | null,
): FacetCount[] {
  const base = index[key];
  if (otherSelected.length === 0 && searchMask === null) return base;
  const wanted = new Set(otherSelected);
  const counts = new Map<string, number>();
  for (let i = 0; i < index.events.length; i++) {
    if (!passes(searchMask, i)) continue;
    const event = index.events[i] as IndexedEvent;
    if (wanted.size > 0 && !event[other].some((value) => wanted.has(value))) continue;
    const values = event[key];
    for (let j = 0; j < values.length; j++) {
      const value = values[j] as string;
      // An event that names a value twice (our JSON may: "actors": ["A", "A"]) is one event.
      if (values.indexOf(value) < j) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return base.map(({ name }) => ({ name, count: counts.get(name) ?? 0 }));
}

const actorCounts = memoizeLast(
  (index: DatasetIndex | null, tags: readonly string[], searchMask: Uint8Array | null) =>
    index ? countFacet(index, "actors", "tags", tags, searchMask) : [],
);

const tagCounts = memoizeLast(
  (index: DatasetIndex | null, actors: readonly string[], searchMask: Uint8Array | null) =>
    index ? countFacet(index, "tags", "actors", actors, searchMask) : [],
);

export const selectActorCounts = (state: AppState): FacetCount[] =>
  actorCounts(state.index, state.tags, selectSearchMask(state));

export const selectTagCounts = (state: AppState): FacetCount[] =>
  tagCounts(state.index, state.actors, selectSearchMask(state));

/** Boxes ticked in the filter panel: the count on its button. */
export const selectActiveFilterCount = (state: AppState): number =>
  state.actors.length + state.tags.length;

/** Filters narrowing the events: the ticked boxes and the search's "only matches". */
export const selectNarrowingCount = (state: AppState): number =>
  selectActiveFilterCount(state) + (selectSearchNarrows(state) ? 1 : 0);

/** "Showing 9 of 17 events", in the interface's language. */
export function showingSentence(shown: number, total: number): string {
  return t("filters.showing", { shown, total });
}
