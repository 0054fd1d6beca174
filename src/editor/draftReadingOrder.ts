import type { DatasetIndex } from "../data/indexDataset";
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import { prepareReadingOrder } from "../story/storyOrder";

/**
 * Events a step of a draft's reading order goes through: the loaded dataset's steps are of 250,000
 * events, one step for any draft (the editor takes 100,000), whose order took 73 ms in one task
 * there. A tenth of that a step stays well under a long task's 50 ms.
 */
export const DRAFT_ORDER_STEP_EVENTS = 10_000;

/**
 * The draft's reading order, made in steps once the timeline has drawn its index, as a loaded
 * dataset's is (`datasetActions.ts`): the list of all events shows it (`allEventsOrder.ts`), and a
 * draft's was in start order until Previous, Next or story mode made it (the remark before the
 * event it is about). Never for an index a newer draft's replaced first: typing re-indexes often.
 */
export function readingOrderOnceDrawn(store: AppStore, index: DatasetIndex): void {
  /** Whether the wait is over: the index drawn, or replaced. */
  const settled = (state: AppState) => {
    if (state.index !== index) return true;
    if (state.drawnIndex !== index) return false;
    // After the task that drew it, as the loaded dataset's waits for its frames.
    setTimeout(() => {
      if (store.getState().index === index) prepareReadingOrder(index, DRAFT_ORDER_STEP_EVENTS);
    }, 0);
    return true;
  };
  if (settled(store.getState())) return;
  const unsubscribe = store.subscribe((state) => {
    if (settled(state)) unsubscribe();
  });
}
