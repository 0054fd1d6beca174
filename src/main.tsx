import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "./ui/styles.css";
import { appStore } from "./store/appStore";
import { openDataset } from "./store/datasetActions";
import type { DatasetSource } from "./store/datasetSlice";
import { App } from "./ui/App";
import { AppActionsContext } from "./ui/AppActions";
import { announceSelections } from "./ui/announceSelection";
import { syncDocumentTitle } from "./ui/documentTitle";
import { installGlobalKeys } from "./ui/globalKeys";
import type { UrlState } from "./url/codec";
import {
  applyUrlState,
  readLocation,
  reconcileWithDataset,
  sourceOfData,
  startUrlSync,
  urlStateOf,
} from "./url/sync";

const store = appStore;
window.__app = { store, map: null };

// The URL is applied before the first render, so a shared link never flashes the default view.
const initialUrl = readLocation(store);
applyUrlState(store, initialUrl);

function open(source: DatasetSource, url: UrlState, file?: File) {
  void openDataset(store, source, {
    file,
    afterLoad: (index) => sync.replacing(() => reconcileWithDataset(store, url, index)),
  });
}

const sync = startUrlSync({ store, openSource: (source, url) => open(source, url) });
announceSelections(store);
installGlobalKeys(store);
syncDocumentTitle(store);
open(sourceOfData(initialUrl.data), initialUrl);

const actions = {
  openSource: (source: DatasetSource, file?: File) =>
    open(source, urlStateOf(store.getState()), file),
};

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppActionsContext.Provider value={actions}>
        <App />
      </AppActionsContext.Provider>
    </StrictMode>,
  );
}
