/**
 * What the URL means for the store: the URL of a state, a decoded URL put into
 * the store, and checked against a dataset once it loads.
 */
import { defaultWindow, openingWindow } from "../data/defaultWindow";
import type { DatasetIndex } from "../data/indexDataset";
import { withLaterMessages } from "../i18n/i18n";
import { LOCALE_TAGS } from "../i18n/languages";
import { BUILD } from "../provenance/build";
import type { AppStore } from "../store/appStore";
import type { DatasetSource } from "../store/datasetSlice";
import { memoizeLast } from "../store/memo";
import { selectFilterMask, selectSearchNarrows, selectSearchPending } from "../store/selectors";
import type { AppState } from "../store/types";
import type { Notice } from "../store/viewSlice";
import { whenState } from "../store/whenState";
import { windowForFilters } from "../timeline/placeWindow";
import { readQuery } from "./address";
import { decodeUrl, encodeUrl, shorten, type UrlState } from "./codec";
import { linkWindow, linkWindowBeside } from "./linkWindow";
import { loadProblemWords, problemWordsIn, type UrlProblem, urlProblemsText } from "./urlProblem";

const defaultWindowOf = memoizeLast((index: DatasetIndex | null) =>
  index ? defaultWindow(index) : null,
);

/** The dataset on show; before one is, the one being opened (a failed `?data=` link keeps it). */
function sourceInAddress(state: AppState): DatasetSource {
  return state.index ? state.source : (state.pendingSource ?? state.source);
}

export function urlStateOf(state: AppState): UrlState {
  const source = sourceInAddress(state);
  return {
    event: state.selectedEventId,
    place: state.selectedPlaceId,
    window: state.timeWindow,
    edge: null,
    names: state.names,
    data: source.kind === "url" ? source.url : null,
    story: state.story,
    actors: state.actors,
    tags: state.tags,
    q: state.query,
    only: selectSearchNarrows(state),
    embed: state.embed,
    file: source.kind === "file",
    lang: state.lang,
  };
}

export function searchOf(state: AppState): string {
  return encodeUrl(urlStateOf(state), { window: defaultWindowOf(state.index) });
}

/** The part of the URL whose change is a new history entry. */
export function discreteSearchOf(state: AppState): string {
  return encodeUrl({ ...urlStateOf(state), window: null, q: "" });
}

export function sourceOfData(data: string | null): DatasetSource {
  return data === null ? { kind: "default" } : { kind: "url", url: data };
}

export function sameSource(a: DatasetSource, b: DatasetSource): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "url" && b.kind === "url") return a.url === b.url;
  return a.kind === "default";
}

/** Put a decoded URL into the store. Ids are checked against a dataset later (`reconcileWithDataset`). */
export function applyUrlState(store: AppStore, url: UrlState): void {
  const state = store.getState();
  const fallback = defaultWindowOf(state.index);
  const window =
    fallback && state.index ? (linkWindow(url, fallback, state.index) ?? fallback) : url.window;
  store.setState({
    selectedEventId: url.event,
    selectedPlaceId: url.event ? null : url.place,
    names: url.names,
    story: url.story,
    // Back or Forward shows that entry's step and stays there: playing on, the next step came
    // seconds later and its entry wiped the Forward ones the reader had stepped back from.
    playing: false,
    actors: url.actors,
    tags: url.tags,
    query: url.q,
    // `only=1` means nothing without a query; off, the last matches go with it (`filterSlice.ts`).
    ...(url.only && url.q.trim() !== ""
      ? { onlyMatches: true }
      : { onlyMatches: false, searchMatches: null }),
    embed: url.embed,
    lang: url.lang,
    ...(window ? { timeWindow: window } : {}),
  });
}

/**
 * After a dataset loads: ids, actors and tags from the URL that it does not
 * have are dropped with a notice; the window falls back to the default.
 */
export function reconcileWithDataset(store: AppStore, url: UrlState, index: DatasetIndex): void {
  const say = sayOfLink(store);
  tellUnknownIds(store, url, index);
  const actorNames = namesIn(index.actors);
  const tagNames = namesIn(index.tags);
  const actors = url.actors.flatMap((a) => actorNames(a) ?? []);
  const tags = url.tags.flatMap((t) => tagNames(t) ?? []);
  const dropped = [
    ...url.actors.filter((a) => actorNames(a) === null),
    ...url.tags.filter((t) => tagNames(t) === null),
  ];
  if (dropped.length > 0) {
    const list = dropped.map((d) => shorten(d, 30)).join(", ");
    say({
      id: "unknown-filters",
      kind: "info",
      text: (t) => t("linkNotice.unknownFilters", { list }),
    });
  }
  const state = store.getState();
  const known = {
    event:
      state.selectedEventId && index.byId.has(state.selectedEventId) ? state.selectedEventId : null,
    place:
      state.selectedPlaceId && index.places.has(state.selectedPlaceId)
        ? state.selectedPlaceId
        : null,
  };
  // The link's place stands in for its event that the dataset lacks (loading cleared the event),
  // unless the reader has selected something meanwhile.
  const standIn = url.event !== null && !index.byId.has(url.event) && !known.event && !known.place;
  const selection = standIn ? linkedSelection(url, index) : known;
  const fallback = defaultWindowOf(index);
  const asked = fallback && linkWindow(url, fallback, index);
  const side = fallback && linkWindowBeside(url, fallback, index);
  if (side)
    say({
      id: "link-window-beside",
      kind: "info",
      text: (t) => t("linkNotice.linkWindowBeside", { side }),
    });
  store.setState({
    selectedEventId: selection.event,
    selectedPlaceId: selection.place,
    actors,
    tags,
    timeWindow: asked ?? openingWindow(index, url.event),
  });
  // Where the link's filters leave nothing in its window the timeline moves to the nearest event
  // they leave (useFollowSelection): the reader is told why the view is not the one linked. A
  // search's "only matches" is one of them once its matches have come (review 30 F1: the window
  // moved when they came, and nothing said why).
  if (asked)
    whenFiltersKnown(store, index, (mask) => {
      if (windowForFilters(index, mask, asked))
        say({
          id: "link-window-empty",
          kind: "info",
          text: (t) => t("linkNotice.linkWindowEmpty"),
        });
    });
}

/** Runs `then` with the filters' mask once the search's matches are in, if it narrows; never if `index` goes. */
function whenFiltersKnown(
  store: AppStore,
  index: DatasetIndex,
  then: (mask: Uint8Array | null) => void,
): void {
  whenState(
    store,
    (state) => state.index !== index || !selectSearchPending(state),
    (state) => {
      if (state.index === index) then(selectFilterMask(state));
    },
  );
}

/**
 * A link's filter value as the dataset writes it: the same, or the one name it matches but for
 * case (a hand-typed `?actors=japan` was refused: review 16); null when none or several do.
 */
function namesIn(facets: readonly { name: string }[]): (value: string) => string | null {
  const names = new Set(facets.map(({ name }) => name));
  const byCase = new Map<string, string | null>();
  for (const { name } of facets) {
    const key = name.toLowerCase();
    byCase.set(key, byCase.has(key) ? null : name);
  }
  return (value) => (names.has(value) ? value : (byCase.get(value.toLowerCase()) ?? null));
}

/**
 * The notices a link gives of itself against a dataset, by id: those of `unknownIdNotices`, then
 * those `reconcileWithDataset` and a Back to a lost file (sync.ts) give after it. Only the ids'
 * were taken back: "Ignored actors…" stayed on the next link's view (review 40 V3).
 */
const LINK_NOTICES = [
  "unknown-event",
  "unknown-place",
  "place-beside-event",
  "unknown-filters",
  "link-window-beside",
  "link-window-empty",
  "file-gone",
];

/**
 * What a link's ids lack, said once more for a later link (Back, Forward, a host page's
 * fragment): what an earlier link's notices said of itself is taken back, so a view that
 * opened whole no longer says "No event 'x'" of the one before.
 */
export function tellUnknownIds(
  store: AppStore,
  ids: { event: string | null; place: string | null },
  index: Pick<DatasetIndex, "byId" | "places">,
): void {
  const notices = unknownIdNotices(ids, index);
  const { dismissNotice } = store.getState();
  for (const id of LINK_NOTICES) if (!notices.some((notice) => notice.id === id)) dismissNotice(id);
  notices.forEach(sayOfLink(store));
}

/** Says a notice of what a link lacks once its words (English's later part) are in. */
function sayOfLink(store: AppStore): (notice: Notice) => void {
  return (notice) => withLaterMessages(() => store.getState().notify(notice));
}

/**
 * What a link's event and place select in a dataset: one of them, as the store holds one. The
 * event when the dataset has it; else the place, so a link whose event is gone still shows where.
 */
export function linkedSelection(
  ids: { event: string | null; place: string | null },
  index: Pick<DatasetIndex, "byId" | "places">,
): { event: string | null; place: string | null } {
  if (ids.event && index.byId.has(ids.event)) return { event: ids.event, place: null };
  return { event: null, place: ids.place && index.places.has(ids.place) ? ids.place : null };
}

/**
 * The notices for a link's event and place that the dataset lacks ("No event 'x' in this
 * dataset."), or that are not both shown: an event wins over a place, a place stands in for an
 * event the dataset lacks. The embed says the same of a host page's fragment
 * (src/embed/bindEmbedToStore.ts).
 */
export function unknownIdNotices(
  ids: { event: string | null; place: string | null },
  index: Pick<DatasetIndex, "byId" | "places">,
): Notice[] {
  const selection = linkedSelection(ids, index);
  const notices: Notice[] = [];
  if (ids.event && !selection.event) {
    const id = shorten(ids.event);
    const key = selection.place ? "linkNotice.placeForUnknownEvent" : "linkNotice.unknownEvent";
    notices.push({ id: "unknown-event", kind: "warning", text: (t) => t(key, { id }) });
  }
  if (ids.place) {
    const id = shorten(ids.place);
    if (!index.places.has(ids.place)) {
      notices.push({
        id: "unknown-place",
        kind: "warning",
        text: (t) => t("linkNotice.unknownPlace", { id }),
      });
    } else if (selection.event) {
      notices.push({
        id: "place-beside-event",
        kind: "info",
        text: (t) => t("linkNotice.placeBesideEvent", { id }),
      });
    }
  }
  return notices;
}

/** The one notice for the values of a link that could not be read, in the page's language. */
/** The notice of what a link's keys could not say (one at a time: a new link's replaces it). */
export const URL_PROBLEMS_NOTICE = "url-problems";

export function urlProblemsNotice(problems: readonly UrlProblem[]): Notice | null {
  return problems.length > 0
    ? {
        id: URL_PROBLEMS_NOTICE,
        kind: "info",
        text: (t, language) => urlProblemsText(problems, t, LOCALE_TAGS[language]),
      }
    : null;
}

/**
 * Runs `show` once a link's problems can be worded: English's messages for them and the code that
 * words them are in (at once if they are; anyway if they cannot come, the fallback sentence then).
 */
export function withProblemWords(show: () => void): void {
  if (problemWordsIn()) withLaterMessages(show);
  else loadProblemWords().then(() => withLaterMessages(show), show);
}

/** Decode the current address, reporting dropped values as one notice. */
export function readLocation(store: AppStore, win: Window = window): UrlState {
  const { state, problems } = decodeUrl(readQuery(win), {
    origin: win.location.origin,
    dataOrigins: BUILD.dataOrigins,
  });
  const notice = urlProblemsNotice(problems);
  if (notice) withProblemWords(() => store.getState().notify(notice));
  // A later link (Back, Forward) that reads whole takes back the one before's "Ignored the
  // link's…": it stayed on a view whose link named no such key (review 40 V3).
  else store.getState().dismissNotice(URL_PROBLEMS_NOTICE);
  return state;
}
