/**
 * The browser's quote check itself (a chunk of its own, with the comparison it loads): fetch
 * the source text a dataset names and compare every quote, as `npm run validate -- --source`.
 */
import type { DatasetIndex } from "../data/indexDataset";
import type { AppStore } from "../store/appStore";
import { mismatchedIds, type QuoteCheck } from "./quoteCheck";

async function sha256(text: string): Promise<string | null> {
  // Not every context has SubtleCrypto (plain http off localhost): the check stands without the hash.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Fetch the source text at `url` and check every quote of `index` against it. */
export async function runQuoteCheck(
  store: AppStore,
  index: DatasetIndex,
  url: string,
): Promise<void> {
  const set = (check: QuoteCheck) => store.getState().setQuoteCheck(index, check);
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
    const text = await response.text();
    const { checkQuotes } = await import("../data/checkQuotes");
    const result = checkQuotes(index.dataset.events, text);
    set({
      kind: "checked",
      by: "browser",
      against: url,
      sha256: await sha256(text),
      mismatched: new Set(mismatchedIds(index.dataset.events, result.issues)),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    set({ kind: "not-checked", reason: "quoteReason.couldNotRead", values: { url, reason } });
  }
}
