/// <reference lib="webworker" />
import { type DatasetRequest, loadDatasetHere } from "./loadDatasetHere";

self.onmessage = async (message: MessageEvent<DatasetRequest>) => {
  try {
    self.postMessage(await loadDatasetHere(message.data));
  } catch (error) {
    // A rejection here would never reach the page's onerror: answer with it instead.
    const reason = error instanceof Error ? error.message : String(error);
    self.postMessage({
      ok: false,
      errors: [{ path: "", message: `Could not load the dataset: ${reason}` }],
    });
  }
};
