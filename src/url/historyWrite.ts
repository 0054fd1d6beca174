/**
 * When the store changes, what the address bar should do: the whole policy of
 * the URL sync as one pure function, so each case is a row in a table test.
 * `sync.ts` computes the inputs and carries out the answer.
 */

/** The URL of one store state. */
export interface UrlSnapshot {
  /** The whole query string (`?event=…&from=…`). */
  full: string;
  /** The part whose change is a new history entry: all but the window and the search text. */
  discrete: string;
  /** The dataset on show, compared by identity (null before the first one). */
  dataset: object | null;
  /** A search text is typed: its first letter begins a search, a step of its own. */
  searching: boolean;
}

export interface SyncFlags {
  /** Back or Forward is putting its entry into the store: the address is already right. */
  applying: boolean;
  /** The dataset arriving was reopened by Back or Forward: it lands on its entry. */
  restoring: boolean;
  /** Inside `UrlSync.replacing`: changes replace the current entry. */
  replacing: boolean;
  /** A dataset is loading: the address keeps describing what is on show. */
  loading: boolean;
  /** The query string the address bar shows. */
  written: string;
  /** The current entry's `history.state` names the file on show (or no file when none is). */
  entryMatches: boolean;
  /** Embed mode: the host page owns the history (its script keeps the steps), so nothing is pushed. */
  embed: boolean;
}

export type HistoryWrite =
  /** Leave the address (and any deferred write) alone. */
  | { kind: "none" }
  /** Replace the current entry with the new URL now. */
  | { kind: "replace" }
  /** Add an entry; `settle` first replaces the current one with the previous URL, so it keeps its latest window. */
  | { kind: "push"; settle: boolean }
  /** A continuous change (zoom, pan, typing): replace the entry once changes pause. */
  | { kind: "defer" };

const NONE: HistoryWrite = { kind: "none" };
const REPLACE: HistoryWrite = { kind: "replace" };
const DEFER: HistoryWrite = { kind: "defer" };

export function decideHistoryWrite(
  previous: UrlSnapshot,
  next: UrlSnapshot,
  flags: SyncFlags,
): HistoryWrite {
  const write = decideWrite(previous, next, flags);
  return flags.embed && write.kind === "push" ? REPLACE : write;
}

function decideWrite(previous: UrlSnapshot, next: UrlSnapshot, flags: SyncFlags): HistoryWrite {
  if (next.full === previous.full && next.dataset === previous.dataset) return NONE;
  if (flags.applying) return NONE;
  if (next.dataset !== previous.dataset) {
    // Another dataset on show is a step to go Back from; the first one, or one
    // reopened by Back or Forward, is not.
    if (previous.dataset !== null && !flags.restoring && !flags.replacing) {
      return { kind: "push", settle: false };
    }
    return flags.written !== next.full || !flags.entryMatches ? REPLACE : NONE;
  }
  if (flags.loading || flags.replacing) return flags.written !== next.full ? REPLACE : NONE;
  // A new search is a step too: replacing the entry it started from, Back skipped the selection
  // or filter before it. The rest of its typing replaces its own entry once it pauses.
  if (next.discrete !== previous.discrete || (next.searching && !previous.searching)) {
    return { kind: "push", settle: flags.written !== previous.full };
  }
  return DEFER;
}
