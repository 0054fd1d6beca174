import type { FacetCount } from "../data/indexDataset";
import type { DatasetEvent } from "../data/schema";

type Names = (event: DatasetEvent) => readonly string[];

/**
 * The actors' (or tags') counts after `taken` events were taken out and `put` ones put in, the
 * others kept in their order. The names these events list are counted again and put back in
 * order; the others keep their order, as the events that first name them are kept. Where a name
 * put back ties another (equal count, and names the collator cannot tell apart: é composed and
 * decomposed) the order events first name them decides, so all are counted again (`facetsOf`).
 */
export function facetsAfter(
  last: readonly FacetCount[],
  taken: readonly DatasetEvent[],
  put: readonly DatasetEvent[],
  names: Names,
  all: readonly DatasetEvent[],
): FacetCount[] {
  const change = new Map<string, number>();
  const count = (events: readonly DatasetEvent[], by: number) => {
    for (const event of events) {
      const list = names(event);
      // A list that names a value twice counts its event once.
      list.forEach((name, j) => {
        if (list.indexOf(name) === j) change.set(name, (change.get(name) ?? 0) + by);
      });
    }
  };
  count(taken, -1);
  count(put, 1);
  if (change.size === 0) return last as FacetCount[];
  const facets = last.filter((facet) => !change.has(facet.name));
  const counted = new Map(last.map((facet) => [facet.name, facet.count]));
  for (const [name, by] of change) {
    const total = (counted.get(name) ?? 0) + by;
    if (total <= 0) continue;
    const facet = { name, count: total };
    let low = 0;
    let high = facets.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byCount(facets[middle] as FacetCount, facet) < 0) low = middle + 1;
      else high = middle;
    }
    const next = facets[low];
    const previous = facets[low - 1];
    if ((next && byCount(next, facet) === 0) || (previous && byCount(previous, facet) === 0)) {
      return facetsOf(all, names);
    }
    facets.splice(low, 0, facet);
  }
  return facets;
}

/** Most first, ties by name: `facetCounts`'s order. */
function byCount(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || a.name.localeCompare(b.name);
}

/**
 * How many events name each actor (or tag), as `facetCounts` counts them: per distinct list, then
 * spread over its names in the order events first name them.
 */
export function facetsOf(events: readonly DatasetEvent[], names: Names): FacetCount[] {
  const times = new Map<readonly string[], number>();
  for (const event of events) {
    const list = names(event);
    times.set(list, (times.get(list) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [list, count] of times) {
    list.forEach((name, j) => {
      if (list.indexOf(name) === j) counts.set(name, (counts.get(name) ?? 0) + count);
    });
  }
  return Array.from(counts, ([name, count]) => ({ name, count })).sort(byCount);
}
