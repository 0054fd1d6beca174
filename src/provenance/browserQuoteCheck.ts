/**
 * The browser's quote check: when a dataset from an address names its source
 * text on its own origin (`meta.source.text`), fetch it and compare every
 * quote, as `npm run validate -- --source` does. Bound to the store the way
 * the map adapter is: one subscription, to the dataset on show.
 */
import type { AppStore } from "../store/appStore";
import type { AppState } from "../store/types";
import { SHIPPED_QUOTE_CHECK } from "./build";
import { type QuoteCheck, sourceTextUrl } from "./quoteCheck";

const NOT_CHECKED: QuoteCheck = {
  kind: "not-checked",
  reason: "quoteReason.nothingChecked",
};

/** The check that applies to the dataset on show. */
export function selectQuoteCheck(state: AppState): QuoteCheck {
  if (state.source.kind === "default") return SHIPPED_QUOTE_CHECK;
  if (state.quoteCheck && state.quoteCheck.index === state.index) return state.quoteCheck.check;
  return NOT_CHECKED;
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
      store.getState().setQuoteCheck(index, { kind: "checking", against: where.url });
      // Loaded on demand: only datasets that name their source text need the check.
      void import("./runQuoteCheck").then(
        ({ runQuoteCheck }) => runQuoteCheck(store, index, where.url),
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          store.getState().setQuoteCheck(index, {
            kind: "not-checked",
            reason: "quoteReason.couldNotRead",
            values: { url: where.url, reason },
          });
        },
      );
    },
  );
}
