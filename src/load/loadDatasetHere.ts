/** Fetching, reading, converting and validating a dataset on the current thread (the worker's, usually). */

import { type ColumnsResult, checkIntoColumns } from "../data/checkIntoColumns";
import { type DatasetIssue, fileIssue } from "../data/issues";
import { parseJson } from "../data/jsonSyntax";
import type { ParseResult } from "../data/parseDataset";
import { withReadIssue } from "../import/fileText";
import { type ImportResult, importJsonValue } from "../import/importDataset";
import { notADatasetBytes, notADatasetText, notADatasetType } from "../import/notADataset";
import { explainComment, looksLikeJson, sniffJson } from "../import/sniff";
import { packAnswer, packColumns } from "./datasetAnswer";
import { fetchThroughPort } from "./fetchThroughPort";
import type { OnProgress } from "./importProgress";
import { importFileWithProgress, importTextWithProgress, readResponse } from "./importStream";
import { StreamedDataset } from "./streamedDataset";

export type DatasetRequest =
  /** `download`: the port a download worker started by the page sends the body on (`startDownload.ts`). */
  | { kind: "url"; url: string; download?: MessagePort }
  | { kind: "text"; text: string; name?: string }
  | { kind: "file"; file: File };

export async function fetchDatasetText(
  url: string,
  onProgress: OnProgress = () => {},
  onPiece?: (piece: string) => void,
  download?: MessagePort,
): Promise<{ text: string; unreadable: DatasetIssue | null } | { error: DatasetIssue }> {
  let response: Response;
  try {
    response = download
      ? await fetchThroughPort(download)
      : await fetch(url, { credentials: "same-origin" });
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
  return readResponse(response, onProgress, (head) => notADatasetBytes(head, name), onPiece);
}

/** `onFetched`: called once a URL's bytes have all arrived, before they are read. */
export async function loadDatasetHere(
  request: DatasetRequest,
  onProgress: OnProgress = () => {},
  onFetched: () => void = () => {},
): Promise<ParseResult> {
  if (request.kind === "file") return importFileWithProgress(request.file, onProgress);
  const read = await requestText(request, onProgress, onFetched);
  if ("error" in read) return { ok: false, errors: [read.error] };
  return withReadIssue(
    await importTextWithProgress(read.text, read.name, onProgress),
    read.unreadable,
  );
}

async function requestText(
  request: Exclude<DatasetRequest, { kind: "file" }>,
  onProgress: OnProgress,
  onFetched: () => void,
  onPiece?: (piece: string) => void,
): Promise<
  | { text: string; name: string | undefined; unreadable: DatasetIssue | null }
  | { error: DatasetIssue }
> {
  if (request.kind === "text") return { text: request.text, name: request.name, unreadable: null };
  const fetched = await fetchDatasetText(request.url, onProgress, onPiece, request.download);
  if ("error" in fetched) return fetched;
  onFetched();
  return { ...fetched, name: new URL(request.url, "http://x/").pathname };
}

type Packed = ReturnType<typeof packAnswer>;

/**
 * The dataset worker's answer: `packAnswer(await loadDatasetHere(…))`, with
 * "indexing" told before the packing. A text (given or downloaded) in our own
 * JSON format is checked straight into columns (`checkIntoColumns`), which
 * gives the same answer without an object per event; a download is checked
 * so while it arrives (`StreamedDataset`). The rest of this routing is
 * `importText`'s, and `loadDatasetHere.test.ts` holds the three equal.
 */
export async function loadAndPackHere(
  request: DatasetRequest,
  onProgress: OnProgress = () => {},
  onFetched: () => void = () => {},
): Promise<Packed> {
  if (request.kind === "file") {
    return packResult(await importFileWithProgress(request.file, onProgress), onProgress);
  }
  const streamed = request.kind === "url" ? new StreamedDataset() : null;
  const read = await requestText(request, onProgress, onFetched, (piece) => streamed?.push(piece));
  if ("error" in read) return packResult({ ok: false, errors: [read.error] }, onProgress);
  // A download's bytes that were not UTF-8 are said first, whichever way it is checked.
  const pack = (result: ImportResult) =>
    packResult(withReadIssue(result, read.unreadable), onProgress);
  const early = streamed?.finish();
  if (early) return packChecked(withReadIssue(early, read.unreadable), onProgress);
  const { text, name } = read;
  // What `importTextWithProgress` and `importText` do with a text, but for our JSON's check.
  if (notADatasetText(text) || !looksLikeJson(text))
    return pack(await importTextWithProgress(text, name, onProgress));
  onProgress({ phase: "checking", bytes: text.length, total: text.length, rows: 0 });
  const bare = text.replace(/^\uFEFF/, "");
  const json = parseJson(bare);
  // A comment (`// my story`) is named as such, as for an opened file (review 32 F12).
  if (!json.ok) return pack({ ok: false, errors: [explainComment(bare, json.error)] });
  if (sniffJson(json.value) !== "ours") return pack(importJsonValue(json.value));
  return packChecked(withReadIssue(checkIntoColumns(json.value), read.unreadable), onProgress);
}

function packResult(result: ImportResult, onProgress: OnProgress): Packed {
  if (result.ok) onProgress({ phase: "indexing", bytes: 0, rows: 0 });
  return packAnswer(result);
}

function packChecked(checked: ColumnsResult, onProgress: OnProgress): Packed {
  // A failure as `importJsonValue` gives it, format included.
  if (!checked.ok) {
    const failed: ImportResult = { ...checked, format: "ours" };
    return packAnswer(failed);
  }
  onProgress({ phase: "indexing", bytes: 0, rows: 0 });
  return packColumns(checked);
}
