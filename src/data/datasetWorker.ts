/// <reference lib="webworker" />
import { type DatasetRequest, loadDatasetHere } from "./loadDatasetHere";

self.onmessage = async (message: MessageEvent<DatasetRequest>) => {
  self.postMessage(await loadDatasetHere(message.data));
};
