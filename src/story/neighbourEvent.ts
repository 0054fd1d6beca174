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
import { adjacentStep, selectStorySequence, storySequence, storyStep } from "./storyOrder";

const readingSequence = memoizeLast(storySequence);

export function neighbourEvent(state: AppState, direction: 1 | -1): IndexedEvent | null {
  const { index } = state;
  if (!index) return null;
  const sequence =
    state.story !== null
      ? selectStorySequence(state)
      : readingSequence(index, "time", selectFilterMask(state));
  const step = storyStep(index, sequence, state.selectedEventId);
  // Outside story mode, with nothing selected, going back starts from the end.
  const next =
    step < 0 && state.story === null && direction === -1
      ? sequence.length - 1
      : adjacentStep(sequence.length, step, direction);
  return next === null || next < 0 ? null : (index.events[sequence[next] ?? -1] ?? null);
}
