import type { QuoteCheck } from "../provenance/quoteCheck";
import type { Draft } from "./draft";
import { quoteKey } from "./quoteCheck";

/**
 * `draft` with the quotes the dataset's own check found in its source (the build's for the
 * shipped story, the page's for a dataset naming its source text): its form then says a quote is
 * checked, not "add the source text", while the quote is unchanged (review 39 R1). Events the
 * check refused, and drafts of unchecked datasets, get none.
 */
export function withCheckedQuotes(draft: Draft, check: QuoteCheck): Draft {
  if (check.kind !== "checked") return draft;
  const checkedQuotes = draft.events.flatMap(({ fields, valid }) =>
    valid?.quote && !check.mismatched.has(valid.id)
      ? [quoteKey(fields.quote, fields.paragraph)]
      : [],
  );
  return checkedQuotes.length > 0 ? { ...draft, checkedQuotes } : draft;
}
