/**
 * Facet counts for the filter panel. Each actor's count is the number of
 * events it would show given the tag filter (and each tag's given the actor
 * filter), so a count says what ticking the box adds. Values keep the
 * dataset's order (most events first), so boxes never jump as counts change.
 */
import type { DatasetIndex, FacetCount } from "../data/indexDataset";
import { memoizeLast } from "../store/memo";
import type { AppState } from "../store/types";

function countFacet(
  index: DatasetIndex,
  key: "actors" | "tags",
  other: "actors" | "tags",
  otherSelected: readonly string[],
): FacetCount[] {
  const base = index[key];
  if (otherSelected.length === 0) return base;
  const wanted = new Set(otherSelected);
  const counts = new Map<string, number>();
  for (const event of index.events) {
    if (!event[other].some((value) => wanted.has(value))) continue;
    for (const value of event[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return base.map(({ name }) => ({ name, count: counts.get(name) ?? 0 }));
}

const actorCounts = memoizeLast((index: DatasetIndex | null, tags: readonly string[]) =>
  index ? countFacet(index, "actors", "tags", tags) : [],
);

const tagCounts = memoizeLast((index: DatasetIndex | null, actors: readonly string[]) =>
  index ? countFacet(index, "tags", "actors", actors) : [],
);

export const selectActorCounts = (state: AppState): FacetCount[] =>
  actorCounts(state.index, state.tags);

export const selectTagCounts = (state: AppState): FacetCount[] =>
  tagCounts(state.index, state.actors);

export const selectActiveFilterCount = (state: AppState): number =>
  state.actors.length + state.tags.length;

/** "Showing 9 of 17 events". */
export function showingSentence(shown: number, total: number): string {
  const noun = total === 1 ? "event" : "events";
  return `Showing ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} ${noun}`;
}
