/**
 * The editor's start: loaded on demand (`loadEditor.ts`) when the reader
 * presses Edit or a saved draft is waiting, never with the first page. It
 * binds the draft's preview, autosave and undo keys once, then starts or
 * resumes a draft.
 */

import { isRecord } from "../data/isRecord";
import { completeShippedDataset } from "../load/shippedLanguagesInStore";
import { selectQuoteCheck } from "../provenance/browserQuoteCheck";
import type { AppStore } from "../store/appStore";
import type { EditorState } from "../store/editorSlice";
import { whenState } from "../store/whenState";
import {
  bindAutosave,
  bindDraftLeftBehind,
  bindDraftPreview,
  readSavedDraft,
  reopenSavedDraft,
  restoreSavedDraft,
} from "./bindEditor";
import { withCheckedQuotes } from "./checkedQuotes";
import { draftFromDataset } from "./draft";
import { showDraftBase, showDraftOpening, watchDraftBase } from "./draftBase";
import { chunkedDraftStorage } from "./draftChunks";
import { installEditorKeys } from "./editorKeys";
import { bindEditorView, keptView, reopenView, sessionViewStorage } from "./editorView";
import { DRAFT_KEY, type DraftStorage, localStorageOrNull } from "./savedDraft";
import { withUnloadCopy } from "./unloadCopy";
import "./editorMessages";

/**
 * The longest story Edit makes a draft of. Edit checks every event, and each change re-indexes the
 * whole draft for its preview: at 100,000 events here Edit has tasks of ~1 s and a letter typed one
 * of ~0.6 s; at 1,000,000 (when each save also wrote the whole draft) every change froze the page
 * ~10 s and a reopen for minutes (review 34 F2, F3). A longer story is better edited as a file.
 */
export const EDITOR_MAX_EVENTS = 100_000;

/** The notice that the story on show is too long for the editor. */
export const TOO_LONG_NOTICE = "editor-too-long";

export interface EditorSession {
  /** Reopen the saved draft, if there is one: true when it did. */
  restore: () => Promise<boolean>;
  /** Resume the saved draft, or start one from the dataset on show. */
  startEditing: () => Promise<void>;
  /** Drop the draft, here and in storage, and show the dataset it was made from. */
  discard: () => Promise<void>;
}

export function startEditorSession(
  store: AppStore,
  show: (run: () => void) => void,
  given: DraftStorage | null,
  openDefault: () => void,
  maxEvents = EDITOR_MAX_EVENTS,
): EditorSession {
  // The browser's: IndexedDB in chunks, with a copy in localStorage as the page goes.
  const storage = given ?? withUnloadCopy(chunkedDraftStorage(), localStorageOrNull());
  const draftBase = watchDraftBase(store);
  bindDraftPreview(store, show);
  bindDraftLeftBehind(store);
  bindAutosave(store, storage);
  installEditorKeys(store);
  const views = sessionViewStorage();
  const kept = keptView(views);
  bindEditorView(store, views);
  const restore = async () => {
    const reopened = await restoreSavedDraft(store, storage);
    if (reopened) reopenView(store, kept);
    return reopened;
  };
  return {
    restore,
    discard: async () => {
      const base = draftBase();
      store.getState().editStop();
      await storage.del(DRAFT_KEY).catch(() => {});
      showDraftBase(store, base, show, openDefault);
    },
    startEditing: async () => {
      if (store.getState().editor) return;
      // Pressed while a file opens, Edit made a draft of the story it replaces, and the file, as it
      // came, ended the editing (bindDraftLeftBehind): the editor opened and went. It waits for it.
      await untilLoaded(store);
      if (store.getState().editor) return;
      // Done, then Edit on the same page: the draft as it was left, its undo history with it (it
      // was read again from storage with none: a replaced draft or a delete could not come back),
      // unless another tab has saved the draft since: then that one, as a reload would open it
      // (the parked one, resumed, overwrote the other tab's work with its next change).
      // Not when autosave was off here: the parked work is then in this page only, and resumed.
      const parked = store.getState().parkedEditor;
      if (parked && parked.autosave.state !== "off") {
        // Read once: what it says of its time, and the draft that opens if it is newer.
        const stored = await readSavedDraft(storage);
        if (savedSince(stored, parked) && (await reopenSavedDraft(store, stored))) {
          store.getState().notify({
            id: "draft-newer",
            kind: "info",
            text: (t) => t("editor.newerElsewhere"),
          });
          return;
        }
      }
      if (store.getState().editResume()) return;
      const shown = store.getState();
      if (await restore()) {
        const title = shown.source.kind === "draft" ? undefined : shown.index?.dataset.meta.title;
        // The view moves with the story: it stayed on the other story's time and places.
        if (sayOtherStory(store, title)) showDraftOpening(store, show);
        return;
      }
      // The saved draft's own reopening (on load) may have won the race: it is not replaced.
      if (store.getState().editor) return;
      // The draft starts from the dataset in every language, or its translations would be lost.
      await completeShippedDataset(store);
      const index = store.getState().index;
      if (!index) return;
      const count = index.dataset.events.length;
      if (count > maxEvents) {
        store.getState().notify({
          id: TOO_LONG_NOTICE,
          kind: "warning",
          text: (t) => t("editor.tooLong", { count, max: maxEvents }),
        });
        return;
      }
      const check = selectQuoteCheck(store.getState());
      store.getState().editStart(withCheckedQuotes(draftFromDataset(index.dataset), check));
    },
  };
}

/**
 * Edit on another story than the saved draft's (a `?data=` link's, a file opened since) reopens
 * the draft: one is kept at a time. Said, with how to edit the story that was on show; it opened
 * with no word why (review 35 F1). `title`: the dataset's on show before, unless it was the draft.
 * True when it was another story.
 */
function sayOtherStory(store: AppStore, title: string | undefined): boolean {
  const { editor, notify, dismissNotice } = store.getState();
  // The draft is open: the notice that offered to reopen it has done its work.
  dismissNotice("draft-kept");
  const draft = editor?.history.present;
  if (!draft || title === undefined || draft.basedOn === title || draft.meta.title === title)
    return false;
  notify({
    id: "draft-other-story",
    kind: "info",
    text: (t) => t("editor.otherStory", { draft: draft.meta.title, shown: title }),
  });
  return true;
}

/** Whether the stored draft was saved after this page's parked one last was: by another tab. */
function savedSince(stored: unknown, parked: EditorState): boolean {
  if (!isRecord(stored) || typeof stored.savedAt !== "number") return false;
  return stored.savedAt > (parked.autosave.savedAt ?? parked.restoredAt ?? -1);
}

/** Once no dataset is loading (at once if none is): what is on show is then the one to edit. */
function untilLoaded(store: AppStore): Promise<void> {
  return new Promise((resolve) =>
    whenState(
      store,
      (state) => state.status !== "loading",
      () => resolve(),
    ),
  );
}
