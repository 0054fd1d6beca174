/**
 * The editor's effects, bound to the store the way `bindMapToStore` binds the
 * map: each subscription reads the one slice it needs.
 *
 * - preview: the draft is the dataset on show, re-indexed shortly after each change, its reading
 *   order made once it is drawn (`draftReadingOrder.ts`), the open form's event kept selected
 *   (`keepEditedSelected.ts`); another dataset opened ends editing;
 * - autosave: the draft goes to IndexedDB within half a second of a change and on
 *   `pagehide` (with a synchronous copy then, `unloadCopy.ts`); a refusal (storage
 *   full, private mode) turns autosave off, visibly;
 * - other tabs: a BroadcastChannel says when another tab saves the same draft;
 * - unsaved work: with autosave off, the page asks before it goes, and after Done a notice
 *   keeps saying so, with the draft's download.
 */

import { stepsInTasks } from "../data/stepsInTasks";
import { t } from "../i18n/i18n";
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import { downloadDraft } from "./downloadDraft";
import { type Draft, draftDataset } from "./draft";
import { readingOrderOnceDrawn } from "./draftReadingOrder";
import { restoreDraftSteps, serialiseDraft } from "./draftStorage";
import { keepEditedSelected } from "./keepEditedSelected";
import { previewIndex, type ShownPreview } from "./previewIndex";
import { DRAFT_KEY, type DraftStorage } from "./savedDraft";
import "./editorMessages";

export const PREVIEW_DELAY_MS = 120;
export const AUTOSAVE_DELAY_MS = 300;
const CHANNEL = "kuril-draft";
/** The notice that autosave is off, once the editor is closed (its panel said it till then). */
export const AUTOSAVE_OFF_NOTICE = "autosave-off";

const presentOf = (state: AppState): Draft | null => state.editor?.history.present ?? null;

/**
 * Show the draft as the dataset, through `show` (which keeps it off the history), and keep the
 * open form's event selected (`keepEditedSelected`).
 */
export function bindDraftPreview(store: AppStore, show: (run: () => void) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: ShownPreview | null = null;
  const selection = keepEditedSelected(store);
  const showDraft = (draft: Draft) => {
    const shown = store.getState().index;
    const input = draftDataset(draft);
    // Patched from the last preview, else from the dataset on show, of which Edit's first draft is
    // made (its same events: nothing is indexed again, ~750 ms at 100,000 events).
    const base = last?.index === shown ? last : shown && { input: shown.dataset, index: shown };
    const index = previewIndex(input, base);
    last = { input, index };
    show(() =>
      selection.across(draft, index, () => {
        store.getState().datasetIndexed(index, { kind: "draft" }, []);
        readingOrderOnceDrawn(store, index);
      }),
    );
  };
  const render = (draft: Draft) => {
    timer = null;
    if (presentOf(store.getState()) === draft) showDraft(draft);
  };
  const unsubscribe = store.subscribe(presentOf, (draft, previous) => {
    const pending = timer !== null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!draft) {
      // Done within the typing pause: the last typing is shown, not dropped with its timer
      // (unless the draft was left for another dataset, which is on show now).
      if (pending && previous && store.getState().source.kind === "draft") showDraft(previous);
      return;
    }
    // The first draft shows at once (editing began); later ones once typing pauses.
    if (previous === null) render(draft);
    else timer = setTimeout(() => render(draft), PREVIEW_DELAY_MS);
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
    selection.stop();
  };
}

/**
 * Another dataset opened (or Back to one) ends editing as Done does: the draft stays saved (its
 * last keys too), Edit resumes it, and work autosave could not keep is still guarded (it was
 * dropped unsaid when the browser's storage was full).
 */
export function bindDraftLeftBehind(store: AppStore): () => void {
  return store.subscribe(
    (state) => state.source,
    (source, previous) => {
      if (previous.kind === "draft" && source.kind !== "draft" && store.getState().editor) {
        store.getState().editStop({ park: true });
      }
    },
  );
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && error.name === "QuotaExceededError") {
    return t("editor.storageFull");
  }
  const message = error instanceof Error ? error.message : String(error);
  return t("editor.storageRefused", { message });
}

export function bindAutosave(
  store: AppStore,
  storage: DraftStorage,
  options: { win?: Window; channel?: BroadcastChannel | null; now?: () => number } = {},
): { stop: () => void; flush: () => Promise<void> } {
  const win = options.win ?? window;
  const now = options.now ?? Date.now;
  const tab = Math.random().toString(36).slice(2);
  const channel =
    options.channel !== undefined
      ? options.channel
      : typeof BroadcastChannel === "function"
        ? new BroadcastChannel(CHANNEL)
        : null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Draft | null = null;

  const save = async () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const draft = pending;
    pending = null;
    if (!draft) return;
    const savedAt = now();
    try {
      await storage.set(DRAFT_KEY, serialiseDraft(draft, savedAt));
      store.getState().editAutosave({ state: "saved", savedAt });
      channel?.postMessage({ type: "saved", tab, savedAt });
    } catch (error) {
      store.getState().editAutosave({ state: "off", savedAt: null, reason: reasonOf(error) });
    }
  };

  const unsubscribe = store.subscribe(presentOf, (draft, previous) => {
    if (!draft) {
      // Done within the typing pause: the last keys are saved now (they were dropped, and a
      // reload reopened the draft without them). Discard drops them.
      if (pending && store.getState().parkedEditor) return void save();
      pending = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      return;
    }
    if (previous === null) channel?.postMessage({ type: "hello", tab });
    // A draft just restored is the one saved: nothing to write until it changes.
    if (previous === null && store.getState().editor?.restoredAt != null) return;
    pending = draft;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  });

  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: string; tab?: string } | null;
    if (!data || data.tab === tab || !store.getState().editor) return;
    if (data.type === "saved" || data.type === "hello" || data.type === "here") {
      store.getState().editSet({ otherTab: true });
      if (data.type === "hello") channel?.postMessage({ type: "here", tab });
    }
  };
  channel?.addEventListener("message", onMessage);
  const unsubscribeUnsaved = bindUnsavedWork(store, win);
  // The IndexedDB save begun here may not land before the page goes: a synchronous copy first.
  const onPageHide = () => {
    if (pending) storage.setNow?.(DRAFT_KEY, serialiseDraft(pending, now()));
    void save();
  };
  win.addEventListener("pagehide", onPageHide);
  // A draft too large for that copy (over ~5,000 events) lost the typing of the last moment at a
  // reload, with "Draft restored" and no word of it (review 34 F1): while its save is pending the
  // page asks before it goes, and saves meanwhile, so Stay keeps it.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!pending || storage.setNow?.(DRAFT_KEY, serialiseDraft(pending, now())) !== false) return;
    event.preventDefault();
    event.returnValue = "";
    void save();
  };
  win.addEventListener("beforeunload", onBeforeUnload);

  return {
    stop: () => {
      unsubscribe();
      unsubscribeUnsaved();
      if (timer !== null) clearTimeout(timer);
      channel?.removeEventListener("message", onMessage);
      channel?.close();
      win.removeEventListener("pagehide", onPageHide);
      win.removeEventListener("beforeunload", onBeforeUnload);
    },
    flush: save,
  };
}

/**
 * Work that autosave could not keep (storage full, refused) lives only in the page: the page asks
 * before it goes (review 16: a reload after Done reopened an older draft, unsaid), and once the
 * editor is closed a notice says so, with the draft's download, until it is saved or edited again.
 */
function bindUnsavedWork(store: AppStore, win: Window): () => void {
  const unsavedOf = (state: AppState) =>
    (state.editor ?? state.parkedEditor)?.autosave.state === "off";
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!unsavedOf(store.getState())) return;
    event.preventDefault();
    // Chromium before 119 and Safari ask only when it is set.
    event.returnValue = "";
  };
  win.addEventListener("beforeunload", onBeforeUnload);
  const unsubscribe = store.subscribe(
    (state) => state.editor === null && state.parkedEditor?.autosave.state === "off",
    (closedUnsaved) => {
      if (!closedUnsaved) return store.getState().dismissNotice(AUTOSAVE_OFF_NOTICE);
      const draft = store.getState().parkedEditor?.history.present;
      if (!draft) return;
      store.getState().notify({
        id: AUTOSAVE_OFF_NOTICE,
        kind: "warning",
        text: (t) => t("editor.autosaveOffClosed"),
        action: {
          label: (t) => t("editor.downloadDraft"),
          run: () => downloadDraft(draft),
        },
      });
    },
  );
  return () => {
    win.removeEventListener("beforeunload", onBeforeUnload);
    unsubscribe();
  };
}

/**
 * Reopen a saved draft after a reload, a crash or a closed tab, once the first
 * dataset of the visit is on screen (so that load does not replace it).
 */
export async function restoreSavedDraft(store: AppStore, storage: DraftStorage): Promise<boolean> {
  return reopenSavedDraft(store, await readSavedDraft(storage));
}

/** The stored draft as storage gives it: undefined when there is none, or storage refuses. */
export async function readSavedDraft(storage: DraftStorage): Promise<unknown> {
  try {
    return await storage.get(DRAFT_KEY);
  } catch {
    return undefined;
  }
}

/** `restoreSavedDraft` for a stored draft already read. */
export async function reopenSavedDraft(store: AppStore, stored: unknown): Promise<boolean> {
  if (stored === undefined) return false;
  // In steps: a long draft's revalidation froze the page for seconds (review 34 F2).
  const restored = await stepsInTasks(restoreDraftSteps(stored));
  if (!restored.ok) {
    const { key, values } = restored.reason;
    store.getState().notify({
      id: "draft-restore",
      kind: "warning",
      text: (t) => t("editor.notReopened", { reason: t(key, values) }),
    });
    return false;
  }
  await whenReady(store);
  if (store.getState().editor) return false;
  store.getState().editStart(restored.draft, restored.savedAt);
  return true;
}

function whenReady(store: AppStore): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().status !== "loading") return resolve();
    const unsubscribe = store.subscribe(
      (state) => state.status,
      (status) => {
        if (status === "loading") return;
        unsubscribe();
        resolve();
      },
    );
  });
}
