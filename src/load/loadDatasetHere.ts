/** Fetching, parsing and validating a dataset on the current thread (the worker's, usually). */
import { parseJson } from "../data/jsonSyntax";
import { type ParseResult, parseDataset } from "../data/parseDataset";

export type DatasetRequest = { kind: "url"; url: string } | { kind: "text"; text: string };

function failure(message: string): ParseResult {
  return { ok: false, errors: [{ path: "", message }] };
}

export function parseDatasetText(text: string): ParseResult {
  const json = parseJson(text);
  if (!json.ok) return failure(json.error.message);
  return parseDataset(json.value, { fromJson: true });
}

export async function fetchDatasetText(url: string): Promise<{ text: string } | { error: string }> {
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
  return { text: await response.text() };
}

export async function loadDatasetHere(request: DatasetRequest): Promise<ParseResult> {
  if (request.kind === "text") return parseDatasetText(request.text);
  const fetched = await fetchDatasetText(request.url);
  if ("error" in fetched) return failure(fetched.error);
  return parseDatasetText(fetched.text);
}
