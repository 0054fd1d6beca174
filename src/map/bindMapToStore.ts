/**
 * The store drives the map: each subscription reads exactly the slice the
 * adapter needs (subscribeWithSelector) and calls one adapter method. The
 * adapter's clicks and hovers come back as store actions (`mapCallbacks`).
 */

import type { DatasetIndex } from "../data/indexDataset";
import type { Place } from "../data/schema";
import { localPlace } from "../i18n/datasetText";
import type { Language } from "../i18n/languages";
import type { AppStore } from "../store/appStore";
import type { DatasetSource } from "../store/datasetSlice";
import { selectLanguage } from "../store/languageSlice";
import {
  passes,
  selectFilterMask,
  selectHighlightedPlaceIds,
  selectPlaceEventCounts,
} from "../store/selectors";
import type { AppState } from "../store/types";
import type { Highlight, MapAdapter, MapPlaces } from "./MapAdapter";
import { openingPlaces } from "./placeFeatures";

/** What the binding needs of the adapter; tests pass a fake. */
export type MapDriver = Pick<
  MapAdapter,
  | "setPlaces"
  | "setNames"
  | "setLanguage"
  | "setHighlight"
  | "fitPlaces"
  | "showPlace"
  | "resetView"
>;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function sameHighlight(a: Highlight, b: Highlight): boolean {
  return sameList(a.selected, b.selected) && sameList(a.hovered, b.hovered);
}

/** Places hovered on either side: a place on the map or the list, or an event's places on the timeline. */
export function hoveredPlaceIds(state: AppState): string[] {
  const ids: string[] = [];
  if (state.hoveredPlaceId) ids.push(state.hoveredPlaceId);
  const event = state.hoveredEventId ? state.index?.byId.get(state.hoveredEventId) : undefined;
  if (event) for (const id of event.places) if (!ids.includes(id)) ids.push(id);
  return ids;
}

export function highlightOf(state: AppState): Highlight {
  return { selected: selectHighlightedPlaceIds(state), hovered: hoveredPlaceIds(state) };
}

const placeListCache = new WeakMap<DatasetIndex, Place[]>();

/** The index's places as an array, made once per index. */
export function placesOf(index: DatasetIndex | null): Place[] {
  if (!index) return [];
  let list = placeListCache.get(index);
  if (!list) {
    list = Array.from(index.places.values());
    placeListCache.set(index, list);
  }
  return list;
}

/** The places of the events a filter shows, in the index's place order. */
export function placesOfShownEvents(index: DatasetIndex | null, mask: Uint8Array | null): string[] {
  if (!index) return [];
  const ids: string[] = [];
  for (const [placeId, positions] of index.eventsByPlace) {
    if (positions.some((position) => passes(mask, position))) ids.push(placeId);
  }
  return ids;
}

const localCache = new WeakMap<DatasetIndex, Map<Language, Place[]>>();

/** The places named as `lang` names them (their labels in the reader's script), made once per index and language. */
export function placesIn(index: DatasetIndex | null, lang: Language): Place[] {
  if (!index || lang === "en") return placesOf(index);
  let byLang = localCache.get(index);
  if (!byLang) {
    byLang = new Map();
    localCache.set(index, byLang);
  }
  let list = byLang.get(lang);
  if (!list) {
    list = placesOf(index).map((place) => localPlace(place, lang));
    byLang.set(lang, list);
  }
  return list;
}

/** What the map draws for a state: the places in the reader's script, the shown events' counts, the names. */
export function mapPlaces(state: AppState): MapPlaces {
  return {
    places: placesIn(state.index, selectLanguage(state)),
    counts: selectPlaceEventCounts(state),
    perspective: state.names,
  };
}

/**
 * Runs `run` once the next frame has painted. A click's selection thus paints in the timeline
 * and the details first, and the map's frame for it follows: on this machine's software WebGL,
 * a map frame inside the click's frame is most of the click's time to the next paint.
 */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

export function bindMapToStore(
  store: AppStore,
  map: MapDriver,
  schedule: (run: () => void) => void = afterNextPaint,
): () => void {
  // The first values (a deep link's) apply at once; later changes of a kind after the next paint,
  // the latest of each kind only, in the order the kinds first changed.
  let first = true;
  let bound = true;
  const pending = new Map<string, () => void>();
  const flush = () => {
    const runs = [...pending.values()];
    pending.clear();
    if (bound) for (const run of runs) run();
  };
  const soon = (kind: string, run: () => void) => {
    if (first) return run();
    const idle = pending.size === 0;
    pending.set(kind, run);
    if (idle) schedule(flush);
  };

  let framedSource: string | null = null;
  /** The source whose places the map was given last. */
  let placesSource: string | null = null;
  const unsubscribers = [
    store.subscribe(
      (state) => state.names,
      (names) => map.setNames(names),
      { fireImmediately: true },
    ),
    store.subscribe(selectLanguage, (lang) => map.setLanguage(lang), { fireImmediately: true }),
    store.subscribe(
      mapPlaces,
      ({ places, counts }) => {
        const key = sourceKey(store.getState().source);
        map.setPlaces(places, counts, anotherDataset(placesSource, key));
        placesSource = key;
      },
      {
        fireImmediately: true,
        equalityFn: (a, b) => a.places === b.places && a.counts === b.counts,
      },
    ),
    store.subscribe(
      highlightOf,
      (highlight) => soon("highlight", () => map.setHighlight(highlight)),
      { fireImmediately: true, equalityFn: sameHighlight },
    ),
  ];

  // A deep link opens straight on its selection; later selections animate (unless reduced motion).
  unsubscribers.push(
    store.subscribe(
      (state) => state.selectedEventId,
      (eventId) => {
        const event = eventId ? store.getState().index?.byId.get(eventId) : undefined;
        const animate = !first;
        if (event && event.places.length > 0)
          soon("camera", () => map.fitPlaces(event.places, { animate }));
      },
      { fireImmediately: true },
    ),
    store.subscribe(
      (state) => state.selectedPlaceId,
      (placeId) => {
        const animate = !first;
        if (placeId) soon("camera", () => map.showPlace(placeId, { animate }));
      },
      { fireImmediately: true },
    ),
    // A dataset opens on the islands, or on its own places when none is there (a story of
    // another region), unless its link selects something, which has its own frame. Only a
    // dataset newly opened: not the same one indexed again (its translations, a draft's edits).
    store.subscribe(
      (state) => state.index,
      (index) => {
        const state = store.getState();
        const key = sourceKey(state.source);
        const opened = key !== framedSource;
        framedSource = key;
        if (!index || !opened || state.selectedEventId !== null || state.selectedPlaceId !== null)
          return;
        const ids = openingPlaces(index.dataset.places);
        const animate = !first;
        if (ids.length > 0) soon("camera", () => map.fitPlaces(ids, { animate }));
      },
      { fireImmediately: true },
    ),
    // Filters frame what they leave (Salisbury for United Kingdom + security), unless a
    // selection has its own frame; clearing them leaves the camera where it is.
    store.subscribe(
      selectFilterMask,
      (mask) => {
        const state = store.getState();
        if (mask === null || state.selectedEventId !== null || state.selectedPlaceId !== null)
          return;
        const ids = placesOfShownEvents(state.index, mask);
        const animate = !first;
        if (ids.length > 0) soon("camera", () => map.fitPlaces(ids, { animate }));
      },
      { fireImmediately: true },
    ),
    // Back and Forward show an entry as its link would: its selection, the places its filters
    // leave, or the dataset's opening frame. By hand, clearing a selection (Escape) or the
    // filters leaves the camera where the reader has it; after Back to the first entry the map
    // stayed on the last selection.
    store.subscribe(
      (state) => state.historySteps,
      () => {
        const state = store.getState();
        const { index } = state;
        if (!index) return;
        const event = state.selectedEventId ? index.byId.get(state.selectedEventId) : undefined;
        const placeId = state.selectedPlaceId;
        const mask = selectFilterMask(state);
        const ids = event
          ? event.places
          : mask
            ? placesOfShownEvents(index, mask)
            : openingPlaces(index.dataset.places);
        if (placeId && !event) soon("camera", () => map.showPlace(placeId, { animate: true }));
        else if (ids.length > 0) soon("camera", () => map.fitPlaces(ids, { animate: true }));
        else if (!event && !mask) soon("camera", () => map.resetView({ animate: true }));
      },
    ),
  );
  first = false;

  return () => {
    bound = false;
    pending.clear();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

/**
 * Whether places from `key` are another dataset's than those from `last`: not the first, and not
 * the editor's draft of the story on show (starting to edit, Done, Discard keep the same places).
 */
export function anotherDataset(last: string | null, key: string): boolean {
  return last !== null && last !== key && last !== "draft" && key !== "draft";
}

function sourceKey(source: DatasetSource): string {
  if (source.kind === "url") return `url:${source.url}`;
  if (source.kind === "file") return `file:${source.name}`;
  return source.kind;
}

/** The adapter's reports, as store actions. */
export function mapCallbacks(store: AppStore) {
  return {
    // While an event is being edited, a place clicked joins or leaves it instead of being selected.
    onPlaceClick: (placeId: string) => {
      if (!store.getState().editPlaceClicked(placeId)) store.getState().selectPlace(placeId);
    },
    onMapClick: (lngLat: [number, number]) => store.getState().editPutPlace(lngLat),
    onPlaceHover: (placeId: string | null) => {
      if (store.getState().hoveredPlaceId !== placeId) store.getState().hoverPlace(placeId);
    },
  };
}
