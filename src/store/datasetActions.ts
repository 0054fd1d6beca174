import type { DatasetIndex } from "../data/indexDataset";
import { fileIssue } from "../data/issues";
import { loadLaterMessages } from "../i18n/i18n";
import { indexResult } from "../load/datasetAnswer";
import { type DatasetRequest, type LoadResult, loadDataset } from "../load/loadDataset";
import { loadProgressStore } from "../load/loadProgress";
import { loadShippedDataset } from "../load/shippedDataset";
import { prepareReadingOrder } from "../story/storyOrder";
import type { AppStore } from "./appStore";
import type { DatasetSource } from "./datasetSlice";
import { selectLanguage } from "./languageSlice";
import { describeSource } from "./sourceWords";
import { whenState } from "./whenState";

let latestLoad = 0;

function requestFor(
  source: Exclude<DatasetSource, { kind: "default" }>,
  file?: File,
): Promise<DatasetRequest> {
  if (source.kind === "url") return Promise.resolve({ kind: "url", url: source.url });
  if (!file) return Promise.reject(new Error("no file given"));
  return Promise.resolve({ kind: "file", file });
}

/**
 * Load a dataset into the store. A failure keeps the dataset on show and
 * lists the problems; a later call wins over an earlier one still loading.
 */
export async function openDataset(
  store: AppStore,
  source: DatasetSource,
  options: { file?: File; afterLoad?: (index: DatasetIndex) => void; fresh?: boolean } = {},
): Promise<boolean> {
  const ticket = ++latestLoad;
  store.getState().datasetLoading(source);
  if (source.kind === "default") {
    return settle(
      store,
      ticket,
      source,
      indexResult(await loadShippedDataset(selectLanguage(store.getState()))),
      options,
    );
  }
  let request: DatasetRequest;
  try {
    request = await requestFor(source, options.file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    store
      .getState()
      .datasetFailed(source, [
        fileIssue("couldNotRead", { reason: { kind: "code", text: reason, lang: "en" } }),
      ]);
    return false;
  }
  // Fetched while the data loads, so that a problem is worded as soon as it is shown (IssueText).
  void loadLaterMessages().catch(() => undefined);
  performance.mark("dataset:load-start");
  const controller = new AbortController();
  loadProgressStore.setState({
    label: describeSource(source),
    progress: null,
    cancel: () => controller.abort(),
  });
  // loadDataset marks "dataset:validated" when the dataset reaches the page.
  const result = await loadDataset(request, {
    signal: controller.signal,
    onProgress: (progress) => {
      if (ticket === latestLoad) loadProgressStore.setState({ progress });
    },
  });
  if (ticket === latestLoad)
    loadProgressStore.setState({ label: null, progress: null, cancel: null });
  if (!result.ok && result.cancelled) {
    if (ticket !== latestLoad) return false;
    // The dataset on show stays; with none yet, the header offers one.
    if (store.getState().index) store.getState().dismissProblems();
    else store.getState().datasetFailed(source, [fileIssue("cancelled")]);
    return false;
  }
  return settle(store, ticket, source, result, options);
}

function settle(
  store: AppStore,
  ticket: number,
  source: DatasetSource,
  result: LoadResult,
  { afterLoad, fresh }: { afterLoad?: (index: DatasetIndex) => void; fresh?: boolean } = {},
): boolean {
  if (ticket !== latestLoad) return false;
  if (!result.ok) {
    store.getState().datasetFailed(source, result.errors);
    return false;
  }
  store.getState().datasetIndexed(result.index, source, result.warnings, fresh);
  performance.mark("dataset:indexed");
  const index = store.getState().index;
  if (index) {
    afterLoad?.(index);
    // Once the timeline has drawn the dataset: the reading order, which a first selection would
    // otherwise wait for. Two frames after the store's update were not enough: a large dataset's
    // timeline builds its model in tasks of its own, and the order (56 ms at 100,000 realistic
    // events, traced) ran between them, before the marks' first paint.
    whenDrawn(store, index, () => afterTwoFrames(() => prepareReadingOrder(index)));
  }
  return true;
}

/** Runs `task` once the timeline has drawn `index`; never if another dataset replaces it first. */
function whenDrawn(store: AppStore, index: DatasetIndex, task: () => void): void {
  whenState(
    store,
    (state) => state.index !== index || state.drawnIndex === index,
    (state) => {
      if (state.index === index) task();
    },
  );
}

/** After the frame that first shows the dataset and the one after it, so as not to delay either. */
function afterTwoFrames(task: () => void): void {
  if (typeof requestAnimationFrame !== "function") return;
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(task, 0)));
}
