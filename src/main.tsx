import { get } from "idb-keyval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "./ui/styles.css";
import type { DatasetIndex } from "./data/indexDataset";
import { fileIssue } from "./data/issues";
import { EditorActionsContext } from "./editor/EditorActions";
import { loadEditorPanel } from "./editor/EditorPanelSlot";
import { reopenSavedDraft } from "./editor/reopenSavedDraft";
import { hasSavedDraft, localStorageOrNull } from "./editor/savedDraft";
import { bindLanguage } from "./i18n/bindLanguage";
import { showLanguage } from "./i18n/i18n";
import { browserLanguage } from "./i18n/languages";
import { bindShippedLanguages } from "./load/shippedLanguagesInStore";
import { announceOrigin } from "./provenance/announceOrigin";
import { bindQuoteCheck } from "./provenance/browserQuoteCheck";
import { bindPrebuild } from "./search/bindPrebuild";
import { bindSearchMatches } from "./search/bindSearchMatches";
import { appStore } from "./store/appStore";
import { openDataset } from "./store/datasetActions";
import type { DatasetSource } from "./store/datasetSlice";
import { selectLanguage } from "./store/languageSlice";
import type { AppState } from "./store/types";
import { App } from "./ui/App";
import { AppActionsContext } from "./ui/AppActions";
import { announceSelections } from "./ui/announceSelection";
import { syncDocumentTitle } from "./ui/documentTitle";
import { firstViewPainted } from "./ui/firstViewPainted";
import { installGlobalKeys } from "./ui/globalKeys";
import { watchForJapanese } from "./ui/japaneseFont";
import { notifyFailed, onDemand } from "./ui/partFailed";
import { reportRecoverable } from "./ui/reportRecoverable";
import { readQuery } from "./url/address";
import { DEFAULT_URL_STATE, decodeUrl, type UrlState } from "./url/codec";
import { fileEntryOf, startUrlSync } from "./url/sync";
import {
  applyUrlState,
  readLocation,
  reconcileWithDataset,
  sameSource,
  sourceOfData,
} from "./url/urlState";

const store = appStore;
window.__app = { store, map: null };
// React's first render waits until the page's own first view (index.html) has had its paint timed.
const firstViewTimed = firstViewPainted(
  document.querySelector("#root > .first-view") !== null,
  globalThis.PerformanceObserver,
);

// The language comes first (the link's, else the browser's), so notices and the first render speak it.
const linked = decodeUrl(readQuery(window), { origin: location.origin }).state;
store.setState({ browserLang: browserLanguage(navigator), lang: linked.lang });

// The saved draft is looked for before the language's wait, so that its answer (IndexedDB) and
// then the editor's code come while the language's code and the dataset do, not after them.
// Whether a draft saved in this browser waits to reopen; an embed shows the view its page
// chose, never a draft left in this browser, and a link to another dataset shows that dataset,
// with a notice that the draft is kept (src/editor/draftKept.ts).
const linksData = linked.data !== null;
let draftWaiting: boolean | null = linked.embed || linksData ? false : null;
const draftCheck = linked.embed
  ? Promise.resolve(false)
  : hasSavedDraft(get, localStorageOrNull()).then((saved) => {
      if (!linksData) draftWaiting = saved;
      else if (saved)
        void import("./editor/draftKept").then(({ sayDraftKept }) =>
          sayDraftKept(store, () => void editorActions.startEditing()),
        );
      return saved && !linksData;
    });

await showLanguage(selectLanguage(store.getState())).catch(() => showLanguage("en"));
bindLanguage(store);

// The URL is applied before the first render, so a shared link never flashes the default view.
const initialUrl = readLocation(store);
applyUrlState(store, initialUrl);

/**
 * The first load's link is checked against the saved draft when one reopens (its event may be
 * one only the draft has, `?event=new-event`), else against the dataset, once it is known which:
 * at once when the storage answered before the dataset loaded, as it usually does.
 */
const firstLink: {
  /** The first load's source and window, when its check waits for the draft's answer. */
  loaded: { source: DatasetSource; window: AppState["timeWindow"] } | null;
  /** Whether a saved draft reopened; null until known. */
  draftShown: boolean | null;
  checked: boolean;
} = { loaded: null, draftShown: initialUrl.embed ? false : null, checked: false };

const reconcile = (url: UrlState, index: DatasetIndex) =>
  sync.replacing(() => reconcileWithDataset(store, url, index));

interface OpenOptions {
  /** What follows the load; by default the address's state is reconciled with the dataset. */
  afterLoad?: (index: DatasetIndex) => void;
  /** A dataset the reader opens starts with nothing selected (`datasetIndexed`'s `fresh`). */
  fresh?: boolean;
}

function open(
  source: DatasetSource,
  url: UrlState,
  file?: File,
  { afterLoad = (index) => reconcile(url, index), fresh = false }: OpenOptions = {},
) {
  openDataset(store, source, { file, afterLoad, fresh }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    store
      .getState()
      .datasetFailed(source, [
        fileIssue("couldNotLoad", { reason: { kind: "code", text: reason, lang: "en" } }),
      ]);
  });
}

const sync = startUrlSync({ store, openSource: open });
bindShippedLanguages(store, sync.replacing);
// "Only matches" (`only=1`): its search loads when it is first turned on.
bindSearchMatches(store);
// A large dataset's search index, built while the page is idle, so a first query finds it ready.
bindPrebuild(store);
announceSelections(store);
installGlobalKeys(store);
syncDocumentTitle(store);
watchForJapanese(document.body);
// Embed mode's messaging and styles load only in an embed, the styles before its first paint
// (below). Not the code: it shares modules with this one, which would wait for it.
const embedStyled = initialUrl.embed ? import("./embed/embed.css") : null;
if (initialUrl.embed) {
  document.documentElement.dataset.embed = "";
  import("./embed/startEmbed").then(({ startEmbed }) => startEmbed(store, initialUrl));
}
announceOrigin(store);
bindQuoteCheck(store);

// A reload of a local file's entry: the page cannot read the file again, so it
// asks for it instead of showing the site's dataset under the file's address.
// The entry's `history.state` names the file; without it (a link, or a reload
// that lost the state) the address's `file=1` still says a file was on show.
const reloadedFile = fileEntryOf(history.state);
let awaitedFile: { name: string | null } | null =
  reloadedFile ?? (initialUrl.file ? { name: null } : null);
const fileAwaitedAtStart = awaitedFile !== null;
if (awaitedFile) {
  // On the entry the page opened at: it pushed one, whose Back showed the site's story under the
  // file's selection (review 24 F4).
  sync.replacing(() => {
    const failed = store.getState().datasetFailed;
    if (reloadedFile?.pasted) {
      failed({ kind: "file", name: reloadedFile.name, pasted: true }, [fileIssue("reloadedPaste")]);
    } else if (reloadedFile) {
      failed({ kind: "file", name: reloadedFile.name }, [
        fileIssue("reloadedFile", { name: { kind: "code", text: reloadedFile.name } }),
      ]);
    } else failed({ kind: "file", name: "" }, [fileIssue("linkedFile")]);
  });
} else {
  open(sourceOfData(initialUrl.data), initialUrl, undefined, { afterLoad: checkFirstLink });
}

function checkFirstLink(index: DatasetIndex) {
  if (draftWaiting === false) {
    firstLink.checked = true;
    return reconcile(initialUrl, index);
  }
  firstLink.loaded = { source: store.getState().source, window: store.getState().timeWindow };
  settleFirstLink();
}

function settleFirstLink() {
  const { loaded, draftShown } = firstLink;
  if (firstLink.checked || draftShown === null || fileAwaitedAtStart) return;
  const state = store.getState();
  if (!draftShown) {
    // Still the first load's dataset (maybe indexed again meanwhile, with its translations).
    if (!loaded || !state.index || !sameSource(state.source, loaded.source)) return;
    firstLink.checked = true;
    return reconcile(initialUrl, state.index);
  }
  firstLink.checked = true;
  // The reader may have moved on while the draft's code loaded: then the link is left alone.
  const untouched =
    state.source.kind === "draft" &&
    state.selectedEventId === null &&
    state.selectedPlaceId === null &&
    (!loaded || state.timeWindow === loaded.window);
  if (!untouched || !state.index) return;
  const index = state.index;
  sync.replacing(() => {
    // The published story, loaded first, dropped a selection it does not have.
    store.setState({
      selectedEventId: initialUrl.event,
      selectedPlaceId: initialUrl.event ? null : initialUrl.place,
    });
    reconcileWithDataset(store, initialUrl, index);
  });
}

// The editor: its draft previews as the dataset (each change replacing the history entry),
// is saved in IndexedDB as it changes, and reopens after a reload or a closed tab. Its code
// (and zod, which validates the draft) loads when editing begins or a saved draft waits.
const loadEditor = onDemand(
  "editor",
  () => import("./editor/editorSession"),
  ({ startEditorSession }) =>
    startEditorSession(store, sync.replacing, null, () => actions.openSource({ kind: "default" })),
);
const editorFailed = notifyFailed("editor-load");
void reopenSavedDraft(draftCheck, loadEditor, loadEditorPanel)
  .catch((error: unknown) => {
    editorFailed(error);
    return false;
  })
  .then((restored) => {
    // Edit pressed meanwhile may have been the one to reopen it.
    firstLink.draftShown = restored || store.getState().editor?.restoredAt != null;
    settleFirstLink();
  });

const editorActions = {
  startEditing: async () => {
    if (store.getState().editor) return;
    try {
      // The panel's code too, so that it mounts as editing begins (EditorPanelSlot).
      const [session] = await Promise.all([loadEditor(), loadEditorPanel()]);
      await session.startEditing();
    } catch (error) {
      editorFailed(error);
    }
  },
  discardDraft: async () => (await loadEditor()).discard(),
};

const actions = {
  // Another dataset opens fresh: the old selection, window and filters mean nothing there.
  openSource: (source: DatasetSource, file?: File) => {
    if (file) sync.openingFile(file);
    // The file asked for after a reload comes back with the selection and window it had.
    // Any file, for a link that could not name it.
    const resumes =
      source.kind === "file" &&
      awaitedFile !== null &&
      (awaitedFile.name === null || source.name === awaitedFile.name);
    awaitedFile = null;
    const url = resumes ? initialUrl : { ...DEFAULT_URL_STATE, names: store.getState().names };
    open(source, url, file, { fresh: !resumes });
  },
};

await firstViewTimed;
// An embed is laid out as one from its first frame; if its styles cannot come, as the page.
await embedStyled?.catch(() => undefined);
const root = document.getElementById("root");
if (root) {
  createRoot(root, { onRecoverableError: reportRecoverable }).render(
    <StrictMode>
      <AppActionsContext.Provider value={actions}>
        <EditorActionsContext.Provider value={editorActions}>
          <App />
        </EditorActionsContext.Provider>
      </AppActionsContext.Provider>
    </StrictMode>,
  );
}
