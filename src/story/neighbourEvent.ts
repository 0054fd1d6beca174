/**
 * The event before or after the selected one, for the details' Previous and
 * Next and the j/k keys: in story mode the story's step (the order the story
 * bar follows), otherwise the next shown event in time.
 */
import type { IndexedEvent } from "../data/indexDataset";
import { selectFilterMask, stepEvent } from "../store/selectors";
import type { AppState } from "../store/types";
import { adjacentStep, selectStorySequence, selectStoryStep } from "./storyOrder";

export function neighbourEvent(state: AppState, direction: 1 | -1): IndexedEvent | null {
  const { index } = state;
  if (!index) return null;
  if (state.story !== null) {
    const sequence = selectStorySequence(state);
    const step = adjacentStep(sequence.length, selectStoryStep(state), direction);
    return step === null ? null : (index.events[sequence[step] ?? -1] ?? null);
  }
  const current = state.selectedEventId ? index.byId.get(state.selectedEventId) : undefined;
  const from = current ? current.order : direction === 1 ? -1 : index.events.length;
  return stepEvent(index, selectFilterMask(state), from, direction);
}
