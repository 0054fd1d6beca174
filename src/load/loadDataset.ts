/**
 * Load a dataset in a worker, so that parsing, validating and indexing
 * 100,000 events does not block the page. Where workers fail, the same code
 * runs here, loaded on demand so the validator stays out of the first download.
 */
import { type DatasetAnswer, indexResult, type LoadResult } from "./datasetAnswer";
import type { FetchedMessage, OnProgress, ProgressMessage } from "./importProgress";
import type { DatasetRequest } from "./loadDatasetHere";
import { startDownload } from "./startDownload";
import { type TextPartMessage, TextParts } from "./textParts";
import { unpackAnswerInSlices } from "./unpackInSlices";

export type { DatasetRequest, LoadResult };

/** Marked when the validated dataset reaches the page, before the page indexes it. */
const VALIDATED = "dataset:validated";
/** Marked at the moment a URL's bytes had all arrived (the bench's "data arrived" where it cannot see the fetch). */
const FETCHED = "dataset:fetched";

export interface LoadOptions {
  onProgress?: OnProgress;
  /** Aborting stops the worker: the promise then settles as cancelled. */
  signal?: AbortSignal;
}

const CANCELLED: LoadResult = { ok: false, errors: [], cancelled: true };

async function loadHere(request: DatasetRequest, options: LoadOptions): Promise<LoadResult> {
  const { loadDatasetHere } = await import("./loadDatasetHere");
  const result = await loadDatasetHere(request, options.onProgress, () =>
    performance.mark(FETCHED),
  );
  if (options.signal?.aborted) return CANCELLED;
  performance.mark(VALIDATED);
  return indexResult(result);
}

export function loadDataset(
  request: DatasetRequest,
  options: LoadOptions = {},
): Promise<LoadResult> {
  if (typeof Worker === "undefined") return loadHere(request, options);
  return new Promise((resolve) => loadInWorker(request, options, resolve, true));
}

/**
 * One dataset worker, and for a URL a download worker beside it (`startDownload.ts`). Should the
 * download worker fail (its script refused, a crash), the load starts again without it.
 */
function loadInWorker(
  request: DatasetRequest,
  options: LoadOptions,
  resolve: (result: LoadResult | Promise<LoadResult>) => void,
  withDownload: boolean,
): void {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
  } catch {
    resolve(loadHere(request, options));
    return;
  }
  const url = request.kind === "url" ? new URL(request.url, location.href).href : null;
  const download = url && withDownload ? startDownload(url) : null;
  let done = false;
  const stop = () => {
    done = true;
    worker.terminate();
    download?.worker.terminate();
  };
  options.signal?.addEventListener("abort", () => {
    stop();
    resolve(CANCELLED);
  });
  if (download)
    download.worker.onerror = (event) => {
      event.preventDefault();
      if (done) return;
      stop();
      loadInWorker(request, options, resolve, false);
    };
  // The long texts come ahead of the answer, in parts (textParts.ts).
  const parts = new TextParts();
  let validated = false;
  worker.onmessage = (
    message: MessageEvent<DatasetAnswer | ProgressMessage | TextPartMessage | FetchedMessage>,
  ) => {
    if (done) return;
    // Before reading `data`: the browser copies a message into the page only then.
    const received = performance.now();
    const data = message.data;
    if ("progress" in data) {
      options.onProgress?.(data.progress);
      return;
    }
    if ("fetchedAt" in data) {
      performance.mark(FETCHED, { startTime: data.fetchedAt - performance.timeOrigin });
      return;
    }
    if (!validated) {
      validated = true;
      performance.mark(VALIDATED, { startTime: received });
    }
    if ("textPart" in data) {
      parts.add(data.textPart);
      return;
    }
    stop();
    const answer = data;
    if (answer.ok) parts.restore(answer.events);
    const onSlice = (rows: number, total: number) =>
      options.onProgress?.({ phase: "indexing", bytes: 0, rows, total });
    unpackAnswerInSlices(answer, { signal: options.signal, onSlice }).then(
      (result) => resolve(result ?? CANCELLED),
      // Only a bug gets here; the page can still do the whole job itself.
      () => resolve(loadHere(request, options)),
    );
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (done) return;
    stop();
    resolve(loadHere(request, options));
  };
  if (url && download)
    worker.postMessage({ kind: "url", url, download: download.port } satisfies DatasetRequest, [
      download.port,
    ]);
  else worker.postMessage(url ? { kind: "url", url } : request);
}
