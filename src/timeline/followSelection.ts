/**
 * Whether the timeline's window moves to show the selected event (useFollowSelection), as a pure
 * decision: the hook remembers what it saw of the selection in the last model, and asks again when
 * the selection changes or a re-index brings a new model.
 */
import type { Interval } from "../data/dates";
import { windowShowing } from "../data/timeWindow";

/** The selected event as the last model had it: its interval, or null where that model lacked it. */
export interface SeenSelection {
  id: string;
  interval: Interval | null;
}

/** Why the decision is asked: the selection changed, or a new model (a re-index) came. */
export type FollowCause = "selected" | "reindexed";

/**
 * The window to show (null: leave it) and what to remember. A new selection is followed at once
 * when its event is in the model. On a re-index, the same selection is followed when the event
 * moved, or when it is there for the first time: selected before it was indexed (the editor's New
 * story selects its first event as it becomes valid, before the draft is re-indexed). A model's
 * first look at a selection it did not see made (a link's ?event=) leaves the window as it is.
 */
export function followSelection(
  before: SeenSelection | null,
  id: string | null,
  interval: Interval | undefined,
  cause: FollowCause,
  view: Interval,
): { seen: SeenSelection | null; view: Interval | null } {
  if (id === null) return { seen: null, view: null };
  const seen = { id, interval: interval ?? null };
  if (!interval) return { seen, view: null };
  const follows =
    cause === "selected" ||
    (before?.id === id &&
      (before.interval === null ||
        before.interval.start !== interval.start ||
        before.interval.end !== interval.end));
  if (!follows || (interval.end > view.start && interval.start < view.end)) {
    return { seen, view: null };
  }
  return { seen, view: windowShowing(view, interval) };
}
