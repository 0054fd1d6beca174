/**
 * Load a dataset in a worker, so that parsing, validating and indexing
 * 100,000 events does not block the page. Where workers fail, the same code
 * runs here, loaded on demand so the validator stays out of the first download.
 */
import { type DatasetAnswer, indexResult, type LoadResult, unpackAnswer } from "./datasetAnswer";
import type { DatasetRequest } from "./loadDatasetHere";

export type { DatasetRequest, LoadResult };

/** Marked when the validated dataset reaches the page, before the page indexes it. */
const VALIDATED = "dataset:validated";

async function loadHere(request: DatasetRequest): Promise<LoadResult> {
  const { loadDatasetHere } = await import("./loadDatasetHere");
  const result = await loadDatasetHere(request);
  performance.mark(VALIDATED);
  return indexResult(result);
}

export function loadDataset(request: DatasetRequest): Promise<LoadResult> {
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
    worker.onmessage = (message: MessageEvent<DatasetAnswer>) => {
      worker.terminate();
      // Before reading `data`: the browser copies it into the page only then.
      performance.mark(VALIDATED);
      try {
        resolve(unpackAnswer(message.data));
      } catch {
        // Only a bug gets here; the page can still do the whole job itself.
        resolve(loadHere(request));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(loadHere(request));
    };
    worker.postMessage(absolute);
  });
}
