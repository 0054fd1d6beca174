import type { DatasetRequest } from "./loadDatasetHere";

/**
 * A URL's fetch, started by the dataset worker's entry the moment the request comes, as
 * `fetchDatasetText` would make it; awaited later by the reading code, which words a failure.
 */
export function startDownload(request: DatasetRequest): Promise<Response> | undefined {
  if (request.kind !== "url") return undefined;
  const download = fetch(request.url, { credentials: "same-origin" });
  // Not an unhandled rejection while the reading code loads.
  download.catch(() => undefined);
  return download;
}
