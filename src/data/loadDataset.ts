/**
 * Load a dataset in a worker, so that parsing and validating 100,000 events
 * does not block the page. Where workers fail, the same code runs here,
 * loaded on demand so the validator stays out of the first download.
 */
import type { DatasetRequest } from "./loadDatasetHere";
import type { ParseResult } from "./parseDataset";

export type { DatasetRequest };

async function loadHere(request: DatasetRequest): Promise<ParseResult> {
  const { loadDatasetHere } = await import("./loadDatasetHere");
  return loadDatasetHere(request);
}

export function loadDataset(request: DatasetRequest): Promise<ParseResult> {
  if (typeof Worker === "undefined") return loadHere(request);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
    } catch {
      resolve(loadHere(request));
      return;
    }
    const absolute: DatasetRequest =
      request.kind === "url"
        ? { kind: "url", url: new URL(request.url, location.href).href }
        : request;
    worker.onmessage = (message: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(loadHere(request));
    };
    worker.postMessage(absolute);
  });
}
