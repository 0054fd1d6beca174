/**
 * Fetch or read a dataset and validate it. Runs in a worker when it can, so
 * parsing and validating 100,000 events does not block the page.
 */
import { type DatasetIssue, type ParseResult, parseDataset, parseJson } from "./parseDataset";

export type DatasetRequest = { kind: "url"; url: string } | { kind: "text"; text: string };

function failure(message: string): ParseResult {
  return { ok: false, errors: [{ path: "", message }] };
}

export function parseDatasetText(text: string): ParseResult {
  const json = parseJson(text);
  if (!json.ok) return failure(json.error.message);
  return parseDataset(json.value);
}

export async function fetchDatasetText(url: string): Promise<{ text: string } | { error: string }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `Could not reach ${url}: ${reason}` };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    return { error: `Could not load ${url}: the server answered HTTP ${status}` };
  }
  return { text: await response.text() };
}

/** Load and validate on this thread. */
export async function loadDatasetHere(request: DatasetRequest): Promise<ParseResult> {
  if (request.kind === "text") return parseDatasetText(request.text);
  const fetched = await fetchDatasetText(request.url);
  if ("error" in fetched) return failure(fetched.error);
  return parseDatasetText(fetched.text);
}

/** Load and validate in a worker; on this thread where workers are unavailable. */
export function loadDataset(request: DatasetRequest): Promise<ParseResult> {
  if (typeof Worker === "undefined") return loadDatasetHere(request);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
    } catch {
      resolve(loadDatasetHere(request));
      return;
    }
    const absolute =
      request.kind === "url"
        ? { kind: "url" as const, url: new URL(request.url, location.href).href }
        : request;
    worker.onmessage = (message: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(loadDatasetHere(request));
    };
    worker.postMessage(absolute);
  });
}

export type { DatasetIssue };
