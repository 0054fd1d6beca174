/** Fetching, reading, converting and validating a dataset on the current thread (the worker's, usually). */
import { type DatasetIssue, fileIssue } from "../data/issues";
import type { ParseResult } from "../data/parseDataset";
import { notADatasetBytes, notADatasetType } from "../import/notADataset";
import type { OnProgress } from "./importProgress";
import { importFileWithProgress, importTextWithProgress, readResponse } from "./importStream";

export type DatasetRequest =
  | { kind: "url"; url: string }
  | { kind: "text"; text: string; name?: string }
  | { kind: "file"; file: File };

export async function fetchDatasetText(
  url: string,
  onProgress: OnProgress = () => {},
): Promise<{ text: string } | { error: DatasetIssue }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      return { error: fileIssue("offlineNotKept", { url: { kind: "code", text: url } }) };
    }
    return {
      error: fileIssue("unreachable", {
        url: { kind: "code", text: url },
        reason: { kind: "code", text: reason, lang: "en" },
      }),
    };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    return {
      error: fileIssue("httpError", {
        url: { kind: "code", text: url },
        status: { kind: "code", text: status },
      }),
    };
  }
  // A web page or an image is refused on its Content-Type or first bytes, before the rest comes.
  const name = new URL(url, "http://x/").pathname;
  const foreign = notADatasetType(response.headers.get("content-type"), name);
  if (foreign) {
    void response.body?.cancel().catch(() => {});
    return { error: foreign };
  }
  return readResponse(response, onProgress, (head) => notADatasetBytes(head, name));
}

/** `onFetched`: called once a URL's bytes have all arrived, before they are read. */
export async function loadDatasetHere(
  request: DatasetRequest,
  onProgress: OnProgress = () => {},
  onFetched: () => void = () => {},
): Promise<ParseResult> {
  if (request.kind === "file") return importFileWithProgress(request.file, onProgress);
  if (request.kind === "text")
    return importTextWithProgress(request.text, request.name, onProgress);
  const fetched = await fetchDatasetText(request.url, onProgress);
  if ("error" in fetched) return { ok: false, errors: [fetched.error] };
  onFetched();
  const name = new URL(request.url, "http://x/").pathname;
  return importTextWithProgress(fetched.text, name, onProgress);
}
