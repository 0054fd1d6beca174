/**
 * Keeps the address bar and the store in step. A new selection (or filter,
 * naming, story, dataset) is a `pushState`, so Back and Forward walk through
 * them; zooming, panning and typing a search are one `replaceState` once they pause.
 * A local file has no address: its entries carry a key in `history.state`,
 * and the file itself is kept for this page's life so Back can show it again.
 * What to write is decided by `decideHistoryWrite`; this file only carries it out.
 */
import { withLaterMessages } from "../i18n/i18n";
import { fileSource, isPastedRows } from "../import/pastedRows";
import type { AppStore } from "../store/appStore";
import type { DatasetSource } from "../store/datasetSlice";
import type { AppState } from "../store/types";
import { addressWith, readQuery } from "./address";
import type { UrlState } from "./codec";
import { decideHistoryWrite, type UrlSnapshot } from "./historyWrite";
import {
  applyUrlState,
  discreteSearchOf,
  readLocation,
  reconcileWithDataset,
  sameSource,
  searchOf,
  sourceOfData,
} from "./urlState";

/** A gesture or typing writes the URL once it pauses this long (each write costs the browser work). */
const REPLACE_DEBOUNCE_MS = 250;

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
  /** Rows the reader pasted, not a file: after a reload they are asked for as such. */
  pasted?: true;
}

/** What `history.state` holds on the entries written while the editor's draft was on show. */
interface DraftEntry {
  draft: true;
}

function isDraftEntry(state: unknown): boolean {
  return (state as Partial<DraftEntry> | null)?.draft === true;
}

function fileKeyOf(state: unknown): number | null {
  const key = (state as Partial<FileEntry> | null)?.fileKey;
  return typeof key === "number" ? key : null;
}

/** The local file an entry showed (after a reload the page no longer has it), or null. */
export function fileEntryOf(state: unknown): { name: string; pasted: boolean } | null {
  if (fileKeyOf(state) === null) return null;
  const { fileName, pasted } = state as Partial<FileEntry>;
  return { name: typeof fileName === "string" ? fileName : "the file", pasted: pasted === true };
}

export interface UrlSync {
  stop: () => void;
  /** Run `change` so that what it does to the URL replaces the current entry instead of adding one. */
  replacing: (change: () => void) => void;
  /** Say which file the next dataset comes from (before opening it), so Back can reopen it. */
  openingFile: (file: File) => void;
}

export function startUrlSync({ store, openSource, win = window }: UrlSyncOptions): UrlSync {
  const snapshotOf = (state: AppState, full = searchOf(state)): UrlSnapshot => ({
    full,
    discrete: discreteSearchOf(state),
    dataset: state.index,
    searching: state.query.trim() !== "",
  });
  let last = snapshotOf(store.getState());
  /** The query string in the address bar. */
  let written = readQuery(win);
  let applying = false;
  let replacingDepth = 0;
  /** A dataset opened by Back or Forward lands on its entry instead of adding one. */
  let restoring = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const files = new Map<number, File>();
  let nextFileKey = 1;
  /** The file being opened, and the one on show (null for a dataset with an address). */
  let openingKey: number | null = null;
  let shownKey: number | null = null;

  const write = (search: string, mode: "push" | "replace") => {
    const url = addressWith(win, search);
    const file = shownKey === null ? undefined : files.get(shownKey);
    const entry: FileEntry | DraftEntry | null =
      shownKey === null
        ? store.getState().source.kind === "draft"
          ? { draft: true }
          : null
        : {
            fileKey: shownKey,
            fileName: file?.name,
            ...(file && isPastedRows(file) && { pasted: true }),
          };
    if (mode === "push") win.history.pushState(entry, "", url);
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
    if (full === last.full && state.index === last.dataset) return;
    const previous = last;
    const next = snapshotOf(state, full);
    last = next;
    const datasetChanged = next.dataset !== previous.dataset && !applying;
    if (datasetChanged) shownKey = state.source.kind === "file" ? openingKey : null;
    const decision = decideHistoryWrite(previous, next, {
      applying,
      restoring,
      replacing: replacingDepth > 0,
      loading: state.status === "loading",
      written,
      entryMatches: !datasetChanged || shownKey === fileKeyOf(win.history.state),
      embed: state.embed,
    });
    if (datasetChanged) restoring = false;
    if (decision.kind === "none") return;
    cancelPending();
    if (decision.kind === "defer") timer = setTimeout(flush, REPLACE_DEBOUNCE_MS);
    else if (decision.kind === "replace") write(next.full, "replace");
    else {
      if (decision.settle) write(previous.full, "replace");
      write(next.full, "push");
    }
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
      // A file's entry: its key, or only its address's `file=1` if the key was lost.
      const fileEntry = entryKey !== null || url.file;
      // An entry written while the draft was on show stays on the draft: Back from a selection
      // made while editing left the editor for the published story (review 22).
      const stays = fileEntry
        ? entryKey === shownKey || !file
        : shownKey === null &&
          (sameSource(sourceOfData(url.data), current) ||
            (isDraftEntry(win.history.state) && current.kind === "draft"));
      applyUrlState(store, url);
      if (!stays) {
        restoring = true;
        openingKey = entryKey;
        if (file) openSource(fileSource(file), url, file);
        else openSource(sourceOfData(url.data), url);
      } else {
        // First: it takes back the entry before's notices, this one's "file gone" among them.
        if (state.index) reconcileWithDataset(store, url, state.index);
        if (fileEntry && !file) {
          // Worded by English's later part, as the link's other notices are (urlState.ts).
          withLaterMessages(() =>
            state.notify({
              id: "file-gone",
              kind: "info",
              text: (t) => t("linkNotice.fileGone"),
            }),
          );
        }
        store.setState((now) => ({ historySteps: now.historySteps + 1 }));
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
