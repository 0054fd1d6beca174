/**
 * Derived data, memoised on the store fields it reads: never stored twice.
 * Each selector takes the whole state so it can be passed to `useAppStore`.
 */
import type { DatasetIndex, IndexedEvent } from "../data/indexDataset";
import { type NamingPerspective, offersNamingChoice } from "../data/names";
import { fillPlaceTokens } from "../data/placeTokens";
import type { Place, UndatedItem } from "../data/schema";
import { eventTexts, placeNameIn } from "../i18n/datasetText";
import type { Language } from "../i18n/languages";
import type { SearchMatches } from "./filterSlice";
import { memoizeLast } from "./memo";
import type { AppState } from "./types";

/**
 * Which time-ordered positions pass the actor and tag filters; null when no
 * filter is set (everything passes). O(n) once per filter change, never per frame.
 */
export const filterMask = memoizeLast(
  (index: DatasetIndex | null, actors: readonly string[], tags: readonly string[]) => {
    if (!index || (actors.length === 0 && tags.length === 0)) return null;
    const actorSet = new Set(actors);
    const tagSet = new Set(tags);
    const mask = new Uint8Array(index.events.length);
    index.events.forEach((event, i) => {
      const actorOk = actorSet.size === 0 || event.actors.some((a) => actorSet.has(a));
      const tagOk = tagSet.size === 0 || event.tags.some((t) => tagSet.has(t));
      mask[i] = actorOk && tagOk ? 1 : 0;
    });
    return mask;
  },
);

/** The actor and tag filters alone: what search counts its matches against ("2 hidden by filters"). */
export const selectFacetMask = (state: AppState) =>
  filterMask(state.index, state.actors, state.tags);

/** The search narrows the events shown: "only matches" is on and there is a query. */
export const selectSearchNarrows = (state: AppState) =>
  state.onlyMatches && state.query.trim() !== "";

/** The same events in the same time order (a dataset indexed again with its translations, a draft's edit). */
export function sameEventOrder(a: DatasetIndex, b: DatasetIndex): boolean {
  if (a === b) return true;
  if (a.events.length !== b.events.length) return false;
  for (let i = 0; i < a.events.length; i++) {
    if (a.events[i]?.id !== b.events[i]?.id) return false;
  }
  return true;
}

/**
 * The search's matches as a mask of `index`. Those found for the dataset before it was indexed
 * again stand while the new search index is built, as long as its events are the same: the
 * view never flashes to every event (or to none) in between. O(n) once per change.
 */
const matchesOf = memoizeLast((matches: SearchMatches | null, index: DatasetIndex | null) =>
  matches && index && sameEventOrder(matches.index, index) ? matches.mask : null,
);

/** Which positions the search leaves ("only matches"); null when it narrows nothing (yet). */
export const selectSearchMask = (state: AppState) =>
  selectSearchNarrows(state) ? matchesOf(state.searchMatches, state.index) : null;

/** "Only matches" narrows but its matches are still to come: every event shows meanwhile. */
export const selectSearchPending = (state: AppState) =>
  selectSearchNarrows(state) && selectSearchMask(state) === null;

/** Positions both masks pass; null passes everything. */
export const bothMasks = memoizeLast((a: Uint8Array | null, b: Uint8Array | null) => {
  if (!a || !b) return a ?? b;
  const mask = new Uint8Array(a.length);
  for (let i = 0; i < mask.length; i++) mask[i] = (a[i] as number) & (b[i] as number);
  return mask;
});

/**
 * Which time-ordered positions are shown: they pass the actor and tag filters and, with "only
 * matches", the search. The one mask the timeline, the map, the counts and the story read.
 */
export const selectFilterMask = (state: AppState) =>
  bothMasks(selectFacetMask(state), selectSearchMask(state));

export function passes(mask: Uint8Array | null, position: number): boolean {
  return mask === null || mask[position] === 1;
}

function countPassing(index: DatasetIndex | null, mask: Uint8Array | null): number {
  if (!index) return 0;
  if (!mask) return index.events.length;
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i] ?? 0;
  return count;
}

const countVisible = memoizeLast(countPassing);
// Its own memo: sharing countVisible's one slot would count again at every store change.
const countFacetVisible = memoizeLast(countPassing);

export const selectShownCount = (state: AppState) =>
  countVisible(state.index, selectFilterMask(state));

/**
 * Whether the naming switch is offered: while no dataset is open yet too, as the first paint
 * (firstView.html) shows it for the shipped story, so the header does not move when it loads.
 */
const namingChoiceOf = memoizeLast((index: DatasetIndex | null) =>
  index === null ? true : offersNamingChoice(index.places.values()),
);
export const selectOffersNamingChoice = (state: AppState) => namingChoiceOf(state.index);

export const selectTotalCount = (state: AppState) => state.index?.events.length ?? 0;

/** What leaves no event: the search ("only matches") or the actor and tag filters. */
export type NoMatchCause = "search" | "filters" | "searchUnderFilters";

/**
 * Why no event is shown though the dataset has some (null while some are): "search" when the
 * actor and tag filters alone would leave events and "only matches" takes the rest, "filters"
 * otherwise. The timeline's empty state names it and offers the way out (NoMatch.tsx).
 */
export const selectNoMatchCause = (state: AppState): NoMatchCause | null => {
  if (selectTotalCount(state) === 0 || selectShownCount(state) > 0) return null;
  const search = selectSearchMask(state);
  if (search === null || countFacetVisible(state.index, selectFacetMask(state)) === 0)
    return "filters";
  // The search matches events the filters leave out: it was said to match none (review 16).
  return search.includes(1) ? "searchUnderFilters" : "search";
};

/**
 * Number of shown (filtered) events at each place; in a story of undated items only (a map
 * without dates), its items at each place, so that their places are drawn as the story's and
 * not as context (a place with no event is drawn faint).
 */
const placeCounts = memoizeLast((index: DatasetIndex | null, mask: Uint8Array | null) => {
  const counts = new Map<string, number>();
  if (!index) return counts;
  if (countsUndated(index)) return undatedCounts(index.dataset.undated ?? []);
  for (const [placeId, positions] of index.eventsByPlace) {
    // Unfiltered, a place's count is its events': no pass over a million positions.
    let count = mask === null ? positions.length : 0;
    if (mask !== null) for (const i of positions) if (mask[i] === 1) count++;
    counts.set(placeId, count);
  }
  return counts;
});

/**
 * Whether `selectPlaceEventCounts` counts undated items (a story of those only), so that what
 * words the counts says "items", not "events" (the Places list, search, the map's description).
 */
export const countsUndated = (index: DatasetIndex | null): boolean => index?.events.length === 0;

export const selectCountsUndated = (state: AppState): boolean => countsUndated(state.index);

function undatedCounts(items: readonly UndatedItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const place of new Set(item.places)) counts.set(place, (counts.get(place) ?? 0) + 1);
  return counts;
}

export const selectPlaceEventCounts = (state: AppState) =>
  placeCounts(state.index, selectFilterMask(state));

export const selectSelectedEvent = (state: AppState): IndexedEvent | null =>
  (state.selectedEventId && state.index?.byId.get(state.selectedEventId)) || null;

/**
 * What hides the selected event, as selectNoMatchCause names it: "filters" when the actor and
 * tag filters leave it out, else "search" when "only matches" does; null when it is shown (or
 * none is selected). The timeline does not draw it, and the details say why.
 */
export const selectSelectedHiddenBy = (state: AppState): NoMatchCause | null => {
  const event = selectSelectedEvent(state);
  if (!event) return null;
  if (!passes(selectFacetMask(state), event.order)) return "filters";
  return passes(selectSearchMask(state), event.order) ? null : "search";
};

export const selectSelectedPlace = (state: AppState): Place | null =>
  (state.selectedPlaceId && state.index?.places.get(state.selectedPlaceId)) || null;

/** Shown events at a place, in time order. */
const placeEvents = memoizeLast(
  (index: DatasetIndex | null, mask: Uint8Array | null, placeId: string | null): IndexedEvent[] => {
    const shown: IndexedEvent[] = [];
    const positions = (placeId && index?.eventsByPlace.get(placeId)) || [];
    for (const i of positions) if (passes(mask, i)) shown.push(index?.events[i] as IndexedEvent);
    return shown;
  },
);

export const selectEventsOfSelectedPlace = (state: AppState) =>
  placeEvents(state.index, selectFilterMask(state), state.selectedPlaceId);

const eventPlaces = memoizeLast((index: DatasetIndex | null, event: IndexedEvent | null) => {
  if (!index || !event) return [];
  return event.places.map((id) => index.places.get(id)).filter((p): p is Place => Boolean(p));
});

export const selectPlacesOfSelectedEvent = (state: AppState) =>
  eventPlaces(state.index, selectSelectedEvent(state));

/** The places the map highlights: the selected place, or the selected event's places. */
const highlighted = memoizeLast(
  (index: DatasetIndex | null, eventId: string | null, placeId: string | null): string[] => {
    if (placeId) return [placeId];
    const event = eventId ? index?.byId.get(eventId) : undefined;
    return event ? [...event.places] : [];
  },
);

export const selectHighlightedPlaceIds = (state: AppState) =>
  highlighted(state.index, state.selectedEventId, state.selectedPlaceId);

/**
 * The place whose events the timeline emphasises (the others dim): the
 * hovered place while hovering the map, else the selected place.
 */
export const selectFocusPlaceId = (state: AppState) =>
  state.hoveredPlaceId ?? state.selectedPlaceId;

/** Time-ordered positions of the focus place's events, as a set; null when no place is in focus. */
const focusSet = memoizeLast((index: DatasetIndex | null, placeId: string | null) => {
  if (!index || !placeId) return null;
  return new Set(index.eventsByPlace.get(placeId) ?? []);
});

export const selectFocusEventSet = (state: AppState) =>
  focusSet(state.index, selectFocusPlaceId(state));

/** Names a place in the reader's perspective and language; `undefined` for unknown ids. */
export function nameOfPlace(
  index: DatasetIndex | null,
  perspective: NamingPerspective,
  placeId: string,
  lang: Language = "en",
): string | undefined {
  const place = index?.places.get(placeId);
  return place ? placeNameIn(place, perspective, lang) : undefined;
}

/** An event title in the reader's language, `{place-id}` tokens written in their perspective. */
export function eventTitle(
  index: DatasetIndex | null,
  perspective: NamingPerspective,
  event: Parameters<typeof eventTexts>[0],
  lang: Language = "en",
): string {
  return fillPlaceTokens(eventTexts(event, lang).title.text, (id) =>
    nameOfPlace(index, perspective, id, lang),
  );
}

/**
 * The shown position before or after `from` among `count` time-ordered
 * positions, skipping filtered-out ones; -1 when there is none. The one
 * stepping rule of the details' Previous/Next, j/k and the timeline's arrows.
 */
export function stepShown(
  count: number,
  mask: Uint8Array | null,
  from: number,
  direction: 1 | -1,
): number {
  for (let i = from + direction; i >= 0 && i < count; i += direction) {
    if (passes(mask, i)) return i;
  }
  return -1;
}
