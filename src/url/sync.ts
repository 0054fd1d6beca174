/**
 * Keeps the address bar and the store in step. A new selection (or filter,
 * naming, story, dataset) is a `pushState`, so Back and Forward walk through
 * them; zooming, panning and typing a search are one `replaceState` once they pause.
 * A local file has no address: its entries carry a key in `history.state`,
 * and the file itself is kept for this page's life so Back can show it again.
 */

import type { DatasetIndex } from "../data/indexDataset";
import { t } from "../i18n/i18n";
import { BUILD } from "../provenance/build";
import type { AppStore } from "../store/appStore";
import type { DatasetSource } from "../store/datasetSlice";
import { memoizeLast } from "../store/memo";
import type { AppState } from "../store/types";
import { defaultWindow } from "../timeline/defaultWindow";
import { windowShowing } from "../timeline/timeScale";
import { addressWith, readQuery } from "./address";
import { decodeUrl, encodeUrl, shorten, type UrlState } from "./codec";

/** A gesture or typing writes the URL once it pauses this long (each write costs the browser work). */
const REPLACE_DEBOUNCE_MS = 250;

const defaultWindowOf = memoizeLast((index: DatasetIndex | null) =>
  index ? defaultWindow(index) : null,
);

/** The address of the dataset on show; before one is, of the one being opened (a failed `?data=` link keeps it). */
function dataOf(state: AppState): string | null {
  const source = state.index ? state.source : (state.pendingSource ?? state.source);
  return source.kind === "url" ? source.url : null;
}

export function urlStateOf(state: AppState): UrlState {
  return {
    event: state.selectedEventId,
    place: state.selectedPlaceId,
    window: state.timeWindow,
    names: state.names,
    data: dataOf(state),
    story: state.story,
    actors: state.actors,
    tags: state.tags,
    q: state.query,
    embed: state.embed,
    lang: state.lang,
  };
}

export function searchOf(state: AppState): string {
  return encodeUrl(urlStateOf(state), { window: defaultWindowOf(state.index) });
}

/** The part of the URL whose change is a new history entry. */
function discreteSearchOf(state: AppState): string {
  return encodeUrl({ ...urlStateOf(state), window: null, q: "" });
}

export function sourceOfData(data: string | null): DatasetSource {
  return data === null ? { kind: "default" } : { kind: "url", url: data };
}

function sameSource(a: DatasetSource, b: DatasetSource): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "url" && b.kind === "url") return a.url === b.url;
  return a.kind === "default";
}

/** Put a decoded URL into the store. Ids are checked against a dataset later (`reconcileWithDataset`). */
export function applyUrlState(store: AppStore, url: UrlState): void {
  const state = store.getState();
  const window = url.window ?? defaultWindowOf(state.index);
  store.setState({
    selectedEventId: url.event,
    selectedPlaceId: url.event ? null : url.place,
    names: url.names,
    story: url.story,
    playing: url.story === state.story ? state.playing : false,
    actors: url.actors,
    tags: url.tags,
    query: url.q,
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
  const { notify } = store.getState();
  if (url.event && !index.byId.has(url.event)) {
    notify({
      id: "unknown-event",
      kind: "warning",
      text: t("notices.unknownEvent", { id: shorten(url.event) }),
    });
  }
  if (url.place && !url.event && !index.places.has(url.place)) {
    notify({
      id: "unknown-place",
      kind: "warning",
      text: t("notices.unknownPlace", { id: shorten(url.place) }),
    });
  }
  const knownActors = new Set(index.actors.map((a) => a.name));
  const knownTags = new Set(index.tags.map((t) => t.name));
  const actors = url.actors.filter((a) => knownActors.has(a));
  const tags = url.tags.filter((t) => knownTags.has(t));
  const dropped = [
    ...url.actors.filter((a) => !knownActors.has(a)),
    ...url.tags.filter((t) => !knownTags.has(t)),
  ];
  if (dropped.length > 0) {
    notify({
      id: "unknown-filters",
      kind: "info",
      text: t("notices.unknownFilters", { list: dropped.map((d) => shorten(d, 30)).join(", ") }),
    });
  }
  const state = store.getState();
  store.setState({
    selectedEventId:
      state.selectedEventId && index.byId.has(state.selectedEventId) ? state.selectedEventId : null,
    selectedPlaceId:
      state.selectedPlaceId && index.places.has(state.selectedPlaceId)
        ? state.selectedPlaceId
        : null,
    actors,
    tags,
    timeWindow: url.window ?? openingWindow(index, url.event),
  });
}

/** The default window, moved to show the linked event if the default does not. */
function openingWindow(index: DatasetIndex, eventId: string | null) {
  const fallback = defaultWindow(index);
  const event = eventId ? index.byId.get(eventId) : undefined;
  if (!event || (event.interval.end > fallback.start && event.interval.start < fallback.end)) {
    return fallback;
  }
  return windowShowing(fallback, event.interval);
}

export interface UrlSyncOptions {
  store: AppStore;
  /** Called when Back/Forward lands on another dataset (a local file comes with its File). */
  openSource: (source: DatasetSource, url: UrlState, file?: File) => void;
  win?: Window;
}

/** What `history.state` holds on the entries of a local file. */
interface FileEntry {
  fileKey: number;
  /** The file's name, to ask for it by name after a reload. */
  fileName?: string;
}

function fileKeyOf(state: unknown): number | null {
  const key = (state as Partial<FileEntry> | null)?.fileKey;
  return typeof key === "number" ? key : null;
}

/** The local file an entry showed (after a reload the page no longer has it), or null. */
export function fileEntryOf(state: unknown): { name: string } | null {
  if (fileKeyOf(state) === null) return null;
  const name = (state as Partial<FileEntry>).fileName;
  return { name: typeof name === "string" ? name : "the file" };
}

/** Decode the current address, reporting dropped values as one notice. */
export function readLocation(store: AppStore, win: Window = window): UrlState {
  const { state, problems } = decodeUrl(readQuery(win), {
    origin: win.location.origin,
    dataOrigins: BUILD.dataOrigins,
  });
  if (problems.length > 0) {
    store.getState().notify({ id: "url-problems", kind: "info", text: problems.join(" ") });
  }
  return state;
}

export interface UrlSync {
  stop: () => void;
  /** Run `change` so that what it does to the URL replaces the current entry instead of adding one. */
  replacing: (change: () => void) => void;
  /** Say which file the next dataset comes from (before opening it), so Back can reopen it. */
  openingFile: (file: File) => void;
}

export function startUrlSync({ store, openSource, win = window }: UrlSyncOptions): UrlSync {
  let applying = false;
  let replacingDepth = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let written = readQuery(win);
  let last = {
    full: searchOf(store.getState()),
    discrete: discreteSearchOf(store.getState()),
    index: store.getState().index,
  };
  const files = new Map<number, File>();
  let nextFileKey = 1;
  /** The file being opened, and the one on show (null for a dataset with an address). */
  let openingKey: number | null = null;
  let shownKey: number | null = null;
  /** A dataset opened by Back or Forward lands on its entry instead of adding one. */
  let restoring = false;

  const write = (search: string, mode: "push" | "replace") => {
    const url = addressWith(win, search);
    const entry: FileEntry | null =
      shownKey === null ? null : { fileKey: shownKey, fileName: files.get(shownKey)?.name };
    // An embed shares the host page's history: the host script keeps its steps, in the host's address.
    if (mode === "push" && !store.getState().embed) win.history.pushState(entry, "", url);
    else win.history.replaceState(entry, "", url);
    written = search;
  };

  /** Drop a pending window write (what replaces it is written at once). */
  const cancelPending = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const flush = () => {
    cancelPending();
    if (written !== last.full) write(last.full, "replace");
  };

  const unsubscribe = store.subscribe((state) => {
    if (state.status === "error") restoring = false;
    const full = searchOf(state);
    if (full === last.full && state.index === last.index) return;
    const discrete = discreteSearchOf(state);
    const previous = last;
    last = { full, discrete, index: state.index };
    if (applying) {
      written = full;
      return;
    }
    if (state.index !== previous.index) {
      // Another dataset on show is a step to go Back from; the first one, or one
      // reopened by Back or Forward, is not.
      cancelPending();
      const step = previous.index !== null && !restoring && replacingDepth === 0;
      restoring = false;
      shownKey = state.source.kind === "file" ? openingKey : null;
      if (step) write(full, "push");
      else if (written !== full || shownKey !== fileKeyOf(win.history.state))
        write(full, "replace");
      return;
    }
    if (state.status === "loading" || replacingDepth > 0) {
      cancelPending();
      if (written !== full) write(full, "replace");
      return;
    }
    if (discrete !== previous.discrete) {
      // Settle the current entry with its latest window before stepping on.
      cancelPending();
      if (written !== previous.full) write(previous.full, "replace");
      write(full, "push");
      return;
    }
    cancelPending();
    timer = setTimeout(flush, REPLACE_DEBOUNCE_MS);
  });

  const onPopState = () => {
    cancelPending();
    const url = readLocation(store, win);
    const entryKey = fileKeyOf(win.history.state);
    applying = true;
    try {
      const state = store.getState();
      const current = state.pendingSource ?? state.source;
      const file = entryKey === null ? undefined : files.get(entryKey);
      const stays =
        entryKey === null
          ? shownKey === null && sameSource(sourceOfData(url.data), current)
          : entryKey === shownKey || !file;
      applyUrlState(store, url);
      if (!stays) {
        restoring = true;
        openingKey = entryKey;
        if (file) openSource({ kind: "file", name: file.name }, url, file);
        else openSource(sourceOfData(url.data), url);
      } else {
        if (entryKey !== null && !file) {
          state.notify({
            id: "file-gone",
            kind: "info",
            text: t("notices.fileGone"),
          });
        }
        if (state.index) reconcileWithDataset(store, url, state.index);
      }
    } finally {
      applying = false;
      written = readQuery(win);
    }
  };

  win.addEventListener("popstate", onPopState);
  // A reload or a closed tab mid-gesture keeps the window it had reached.
  win.addEventListener("pagehide", flush);
  return {
    stop: () => {
      unsubscribe();
      cancelPending();
      win.removeEventListener("popstate", onPopState);
      win.removeEventListener("pagehide", flush);
    },
    replacing: (change) => {
      replacingDepth++;
      try {
        change();
      } finally {
        replacingDepth--;
      }
    },
    openingFile: (file) => {
      openingKey = nextFileKey++;
      files.set(openingKey, file);
    },
  };
}
