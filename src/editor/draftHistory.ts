/**
 * Undo and redo over whole drafts. Drafts are immutable and share what a
 * change did not touch, so a step costs the changed objects only.
 *
 * Typing is one step per field, not per keystroke: a change to the same field
 * of the same item within `COALESCE_MS` of the last one extends that step.
 */
import type { Draft, DraftEvent } from "./draft";

export const HISTORY_DEPTH = 200;
export const COALESCE_MS = 1000;

export interface DraftHistory {
  past: Draft[];
  present: Draft;
  future: Draft[];
  /** What the last step changed ("event:3:title"), and when, for coalescing keystrokes. */
  lastKey: string | null;
  lastAt: number;
}

export function startHistory(draft: Draft): DraftHistory {
  return { past: [], present: draft, future: [], lastKey: null, lastAt: 0 };
}

/**
 * Record `next` as the new present. `key` names what changed; a null key
 * (add, delete, duplicate) is always a step of its own.
 */
export function commit(
  history: DraftHistory,
  next: Draft,
  key: string | null,
  now: number,
): DraftHistory {
  if (next === history.present) return history;
  const coalesce = key !== null && key === history.lastKey && now - history.lastAt < COALESCE_MS;
  const past = coalesce ? history.past : [...history.past, history.present].slice(-HISTORY_DEPTH);
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

/**
 * One step back; `now` is its time, the draft's last change (autosave's "saved since the last
 * change" compares with it), and no keystroke coalesces with it.
 */
export function undo(history: DraftHistory, now = 0): DraftHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastKey: null,
    lastAt: now,
  };
}

/** One step forward again; `now` as for `undo`. */
export function redo(history: DraftHistory, now = 0): DraftHistory {
  const next = history.future[0];
  if (!next) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(1),
    lastKey: null,
    lastAt: now,
  };
}

export const canUndo = (history: DraftHistory) => history.past.length > 0;
export const canRedo = (history: DraftHistory) => history.future.length > 0;

/**
 * Whether replacing the draft (New story) would put work out of reach, so the author is asked
 * first: a change made on this page, or a draft restored from an earlier visit (its changes were
 * made then; one draft is stored at a time). A draft opened and left as it was is not asked about.
 */
export function hasWorkToLose(history: DraftHistory, restored: boolean): boolean {
  return restored || canUndo(history);
}

/**
 * Which item of a draft's list (its events, places or periods) the form shows after an undo or
 * a redo took the list from `before` to `after`, `shown` being the one it showed: the item the
 * step brought back (a delete undone, an add redone), else the shown item where it now is, else
 * none (the step took it away: an add undone). Items are told apart as objects, since a step
 * shares every item it did not touch; an item the step changed (a field undone) stays where it
 * was. Places and periods were kept by position: an undone delete before the open one moved the
 * form to its neighbour, and the next keys renamed it (review 22).
 */
export function itemAfterStep<T>(
  before: readonly T[],
  after: readonly T[],
  shown: number | null,
): { index: number | null; broughtBack: boolean } {
  if (after.length > before.length) {
    const had = new Set(before);
    const back = after.findIndex((item) => !had.has(item));
    if (back !== -1) return { index: back, broughtBack: true };
  }
  if (shown === null) return { index: null, broughtBack: false };
  const item = before[shown];
  const at = item ? after.indexOf(item) : -1;
  if (at !== -1) return { index: at, broughtBack: false };
  const changedInPlace = after.length === before.length && shown < after.length;
  return { index: changedInPlace ? shown : null, broughtBack: false };
}

/**
 * The event a step took away (a delete redone, an add undone): the one of
 * `before` that `after` no longer has, when the step left one event fewer.
 */
export function eventTakenAway(before: Draft, after: Draft): DraftEvent | null {
  if (after.events.length !== before.events.length - 1) return null;
  const has = new Set(after.events);
  return before.events.find((event) => !has.has(event)) ?? null;
}
