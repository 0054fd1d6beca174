/** Fetching, reading, converting and validating a dataset on the current thread (the worker's, usually). */
import type { ParseResult } from "../data/parseDataset";
import type { OnProgress } from "./importProgress";
import { importFileWithProgress, importTextWithProgress, readResponse } from "./importStream";

export type DatasetRequest =
  | { kind: "url"; url: string }
  | { kind: "text"; text: string; name?: string }
  | { kind: "file"; file: File };

function failure(message: string): ParseResult {
  return { ok: false, errors: [{ path: "", message }] };
}

export async function fetchDatasetText(
  url: string,
  onProgress: OnProgress = () => {},
): Promise<{ text: string } | { error: string }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      return {
        error: `You are offline, and ${url} has not been opened on this device before, so it was not kept for offline use. Open it again when you are online.`,
      };
    }
    return { error: `Could not reach ${url}: ${reason}` };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    return { error: `Could not load ${url}: the server answered HTTP ${status}` };
  }
  return { text: await readResponse(response, onProgress) };
}

export async function loadDatasetHere(
  request: DatasetRequest,
  onProgress: OnProgress = () => {},
): Promise<ParseResult> {
  if (request.kind === "file") return importFileWithProgress(request.file, onProgress);
  if (request.kind === "text")
    return importTextWithProgress(request.text, request.name, onProgress);
  const fetched = await fetchDatasetText(request.url, onProgress);
  if ("error" in fetched) return failure(fetched.error);
  const name = new URL(request.url, "http://x/").pathname;
  return importTextWithProgress(fetched.text, name, onProgress);
}
