/**
 * The event before or after the selected one, for the details' Previous and
 * Next and the j/k keys: in story mode the story's step (the order the story
 * bar follows), otherwise the next shown event in reading order (time order,
 * with approximate dates where a reader places them: `readingOrder`).
 */
import type { IndexedEvent } from "../data/indexDataset";
import { memoizeLast } from "../store/memo";
import { passes, selectFilterMask } from "../store/selectors";
import type { AppState } from "../store/types";
import { adjacentStep, selectStorySequence, storySequence, storyStep } from "./storyOrder";

const readingSequence = memoizeLast(storySequence);

/**
 * From a selected event the filters hide (a link's, or one kept while a search narrows the view):
 * the nearest shown event in reading order that way. Stepping from its place in the whole order,
 * not from an end: Next from a hidden event in March went back to the first shown event.
 */
function nearestShown(
  state: AppState,
  event: IndexedEvent,
  direction: 1 | -1,
): IndexedEvent | null {
  const { index } = state;
  if (!index) return null;
  const mask = selectFilterMask(state);
  // The whole reading order, unfiltered: the one the index keeps, not a copy.
  const all = storySequence(index, "time", null);
  for (let i = all.indexOf(event.order) + direction; i >= 0 && i < all.length; i += direction) {
    const position = all[i] as number;
    if (passes(mask, position)) return index.events[position] ?? null;
  }
  return null;
}

export function neighbourEvent(state: AppState, direction: 1 | -1): IndexedEvent | null {
  const { index } = state;
  if (!index) return null;
  const sequence =
    state.story !== null
      ? selectStorySequence(state)
      : readingSequence(index, "time", selectFilterMask(state));
  const step = storyStep(index, sequence, state.selectedEventId);
  const selected = state.selectedEventId === null ? null : index.byId.get(state.selectedEventId);
  if (step < 0 && state.story === null && selected) return nearestShown(state, selected, direction);
  // Outside story mode, with nothing selected, going back starts from the end.
  const next =
    step < 0 && state.story === null && direction === -1
      ? sequence.length - 1
      : adjacentStep(sequence.length, step, direction);
  return next === null || next < 0 ? null : (index.events[sequence[next] ?? -1] ?? null);
}
