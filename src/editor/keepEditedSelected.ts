import type { DatasetIndex } from "../data/indexDataset";
import type { AppStore } from "../store/appStore";
import type { Draft } from "./draft";

export interface EditedSelection {
  /** Shows a preview (`run`) and selects the open form's event again where a preview dropped it. */
  across: (draft: Draft, index: DatasetIndex, run: () => void) => void;
  stop: () => void;
}

/**
 * The event whose form is open stays selected under the id typed into it: the old id's selection
 * was dropped with the preview, the address lost it and Done showed About (review 35 F2). An id
 * typed through another event's (`e-1945` on the way to `e-1945-b`) drops it, and the valid id
 * after it brings it back; not when an earlier event has that id too (the one on the timeline is
 * that one). Anything selected meanwhile (the event itself again, or another) ends the wait.
 */
export function keepEditedSelected(store: AppStore): EditedSelection {
  /** The open form's event (its index) whose selection a preview dropped. */
  let dropped: number | null = null;
  const stop = store.subscribe(
    (state) => state.selectedEventId,
    (id) => {
      if (id !== null) dropped = null;
    },
  );
  const across = (draft: Draft, index: DatasetIndex, run: () => void) => {
    const { selectedEventId, editor } = store.getState();
    run();
    const open = editor?.eventIndex ?? null;
    if (selectedEventId !== null && store.getState().selectedEventId === null) dropped = open;
    const edited = open === null ? null : draft.events[open]?.valid;
    if (
      dropped !== null &&
      dropped === open &&
      store.getState().selectedEventId === null &&
      edited &&
      index.byId.has(edited.id) &&
      draft.events.every((event) => event.valid === edited || event.valid?.id !== edited.id)
    )
      store.getState().selectEvent(edited.id);
  };
  return { across, stop };
}
