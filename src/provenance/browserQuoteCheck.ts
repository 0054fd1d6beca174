/**
 * The browser's quote check: when a dataset from an address names its source
 * text on its own origin (`meta.source.text`), fetch it and compare every
 * quote, as `npm run validate -- --source` does. Bound to the store the way
 * the map adapter is: one subscription, to the dataset on show.
 */
import type { DatasetIndex } from "../data/indexDataset";
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import { SHIPPED_QUOTE_CHECK } from "./build";
import { mismatchedIds, type QuoteCheck, sourceTextUrl } from "./quoteCheck";

const NOT_CHECKED: QuoteCheck = {
  kind: "not-checked",
  reason: "quote.reason.nothingChecked",
};

/** The check that applies to the dataset on show. */
export function selectQuoteCheck(state: AppState): QuoteCheck {
  if (state.source.kind === "default") return SHIPPED_QUOTE_CHECK;
  if (state.quoteCheck && state.quoteCheck.index === state.index) return state.quoteCheck.check;
  return NOT_CHECKED;
}

async function sha256(text: string): Promise<string | null> {
  // Not every context has SubtleCrypto (plain http off localhost): the check stands without the hash.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function runCheck(store: AppStore, index: DatasetIndex, url: string): Promise<void> {
  const set = (check: QuoteCheck) => store.getState().setQuoteCheck(index, check);
  set({ kind: "checking", against: url });
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
    const text = await response.text();
    // Loaded on demand: only datasets that name their source text need it.
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
    set({ kind: "not-checked", reason: "quote.reason.couldNotRead", values: { url, reason } });
  }
}

export function bindQuoteCheck(store: AppStore, pageOrigin: string = location.origin): () => void {
  return store.subscribe(
    (state) => state.index,
    (index) => {
      const { source } = store.getState();
      if (!index || source.kind === "default") return;
      const where = sourceTextUrl(index.dataset.meta.source?.text, source, pageOrigin);
      if ("reason" in where) {
        store.getState().setQuoteCheck(index, { kind: "not-checked", reason: where.reason });
        return;
      }
      void runCheck(store, index, where.url);
    },
  );
}
