import { del, get, set } from "idb-keyval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "./ui/styles.css";
import { fileIssue } from "./data/issues";
import { EditorActionsContext } from "./editor/EditorActions";
import { DRAFT_KEY, hasSavedDraft } from "./editor/savedDraft";
import { localStorageOrNull, withUnloadCopy } from "./editor/unloadCopy";
import { bindLanguage } from "./i18n/bindLanguage";
import { showLanguage } from "./i18n/i18n";
import { browserLanguage } from "./i18n/languages";
import { bindShippedLanguages } from "./load/shippedLanguagesInStore";
import { announceOrigin } from "./provenance/announceOrigin";
import { bindQuoteCheck } from "./provenance/browserQuoteCheck";
import { appStore } from "./store/appStore";
import { openDataset } from "./store/datasetActions";
import type { DatasetSource } from "./store/datasetSlice";
import { selectLanguage } from "./store/languageSlice";
import { App } from "./ui/App";
import { AppActionsContext } from "./ui/AppActions";
import { announceSelections } from "./ui/announceSelection";
import { syncDocumentTitle } from "./ui/documentTitle";
import { installGlobalKeys } from "./ui/globalKeys";
import { watchForJapanese } from "./ui/japaneseFont";
import { onDemand } from "./ui/partFailed";
import { readQuery } from "./url/address";
import { DEFAULT_URL_STATE, decodeUrl, type UrlState } from "./url/codec";
import { fileEntryOf, startUrlSync } from "./url/sync";
import { applyUrlState, readLocation, reconcileWithDataset, sourceOfData } from "./url/urlState";

const store = appStore;
window.__app = { store, map: null };

// The language comes first (the link's, else the browser's), so notices and the first render speak it.
store.setState({
  browserLang: browserLanguage(navigator),
  lang: decodeUrl(readQuery(window), { origin: location.origin }).state.lang,
});
await showLanguage(selectLanguage(store.getState())).catch(() => showLanguage("en"));
bindLanguage(store);

// The URL is applied before the first render, so a shared link never flashes the default view.
const initialUrl = readLocation(store);
applyUrlState(store, initialUrl);

function open(source: DatasetSource, url: UrlState, file?: File) {
  openDataset(store, source, {
    file,
    afterLoad: (index) => sync.replacing(() => reconcileWithDataset(store, url, index)),
  }).catch((error: unknown) => {
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
announceSelections(store);
installGlobalKeys(store);
syncDocumentTitle(store);
watchForJapanese(document.body);
// Embed mode's messaging loads only in an embed.
if (initialUrl.embed) {
  document.documentElement.dataset.embed = "";
  import("./embed/startEmbed").then(({ startEmbed }) => startEmbed(store, initialUrl));
}
announceOrigin(store);
bindQuoteCheck(store);

// A reload of a local file's entry: the page cannot read the file again, so it
// asks for it instead of showing the site's dataset under the file's address.
let awaitedFile = fileEntryOf(history.state);
if (awaitedFile) {
  store
    .getState()
    .datasetFailed({ kind: "file", name: awaitedFile.name }, [
      fileIssue("reloadedFile", { name: { kind: "code", text: awaitedFile.name } }),
    ]);
} else {
  open(sourceOfData(initialUrl.data), initialUrl);
}

// The editor: its draft previews as the dataset (each change replacing the history entry),
// is saved in IndexedDB as it changes, and reopens after a reload or a closed tab. Its code
// (and zod, which validates the draft) loads when editing begins or a saved draft waits.
const draftStorage = withUnloadCopy({ get, set, del }, localStorageOrNull());
const loadEditor = onDemand("editor", () =>
  import("./editor/editorSession").then(({ startEditorSession }) =>
    startEditorSession(store, sync.replacing, draftStorage),
  ),
);
const editorFailed = (error: unknown) =>
  store.getState().notify({
    id: "editor-load",
    kind: "error",
    text: error instanceof Error ? error.message : String(error),
  });
// An embed shows the view its page chose, never a draft left in this browser.
if (!initialUrl.embed) {
  void hasSavedDraft(draftStorage).then((saved) =>
    saved ? loadEditor().then((session) => session.restore(), editorFailed) : false,
  );
}

const editorActions = {
  startEditing: async () => {
    if (store.getState().editor) return;
    try {
      await (await loadEditor()).startEditing();
    } catch (error) {
      editorFailed(error);
    }
  },
  discardDraft: async () => {
    store.getState().editStop();
    await draftStorage.del(DRAFT_KEY).catch(() => {});
    actions.openSource({ kind: "default" });
  },
};

const actions = {
  // Another dataset opens fresh: the old selection, window and filters mean nothing there.
  openSource: (source: DatasetSource, file?: File) => {
    if (file) sync.openingFile(file);
    // The file asked for after a reload comes back with the selection and window it had.
    const resumes = source.kind === "file" && source.name === awaitedFile?.name;
    awaitedFile = null;
    open(
      source,
      resumes ? initialUrl : { ...DEFAULT_URL_STATE, names: store.getState().names },
      file,
    );
  },
};

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppActionsContext.Provider value={actions}>
        <EditorActionsContext.Provider value={editorActions}>
          <App />
        </EditorActionsContext.Provider>
      </AppActionsContext.Provider>
    </StrictMode>,
  );
}
