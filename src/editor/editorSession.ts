/**
 * The editor's start: loaded on demand (`loadEditor.ts`) when the reader
 * presses Edit or a saved draft is waiting, never with the first page. It
 * binds the draft's preview, autosave and undo keys once, then starts or
 * resumes a draft.
 */
import { completeShippedDataset } from "../load/shippedLanguagesInStore";
import type { AppStore } from "../store/appStore";
import { bindAutosave, bindDraftPreview, restoreSavedDraft } from "./bindEditor";
import { draftFromDataset } from "./draft";
import { installEditorKeys } from "./editorKeys";
import type { DraftStorage } from "./savedDraft";

export interface EditorSession {
  /** Reopen the saved draft, if there is one: true when it did. */
  restore: () => Promise<boolean>;
  /** Resume the saved draft, or start one from the dataset on show. */
  startEditing: () => Promise<void>;
}

export function startEditorSession(
  store: AppStore,
  show: (run: () => void) => void,
  storage: DraftStorage,
): EditorSession {
  bindDraftPreview(store, show);
  bindAutosave(store, storage);
  installEditorKeys(store);
  const restore = () => restoreSavedDraft(store, storage);
  return {
    restore,
    startEditing: async () => {
      if (store.getState().editor) return;
      // Done, then Edit on the same page: the draft as it was left, its undo history with it (it
      // was read again from storage with none: a replaced draft or a delete could not come back).
      if (store.getState().editResume()) return;
      if (await restore()) return;
      // The saved draft's own reopening (on load) may have won the race: it is not replaced.
      if (store.getState().editor) return;
      // The draft starts from the dataset in every language, or its translations would be lost.
      await completeShippedDataset(store);
      const index = store.getState().index;
      if (index) store.getState().editStart(draftFromDataset(index.dataset));
    },
  };
}
