/**
 * The event before or after the selected one, for the details' Previous and
 * Next and the j/k keys: in story mode the story's step (the order the story
 * bar follows), otherwise the next shown event in reading order (time order,
 * with approximate dates where a reader places them: `readingOrder`).
 */
import type { IndexedEvent } from "../data/indexDataset";
import { memoizeLast } from "../store/memo";
import { selectFilterMask } from "../store/selectors";
import type { AppState } from "../store/types";
import {
  adjacentStep,
  nearestShownPosition,
  selectStepFrom,
  selectStorySequence,
  storySequence,
  storyStep,
} from "./storyOrder";

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
  // The whole reading order, unfiltered: the one the index keeps, not a copy.
  const all = storySequence(index, "time", null);
  const position = nearestShownPosition(all, selectFilterMask(state), event.order, direction);
  return position === null ? null : (index.events[position] ?? null);
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
    state.story !== null
      ? selectStepFrom(state, direction)
      : step < 0 && direction === -1
        ? sequence.length - 1
        : adjacentStep(sequence.length, step, direction);
  return next === null || next < 0 ? null : (index.events[sequence[next] ?? -1] ?? null);
}
