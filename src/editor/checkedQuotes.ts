import type { QuoteCheck } from "../provenance/quoteCheck";
import type { Draft } from "./draft";
import { quoteKey } from "./quoteCheck";

/**
 * `draft` with each quote the dataset's own check found in its source marked on its event (the
 * build's check for the shipped story, the page's for a dataset naming its source text): its form
 * then says the quote is checked, not "add the source text", while it is unchanged (review 39
 * R1). Events the check refused, and drafts of unchecked datasets, get no mark.
 */
export function withCheckedQuotes(draft: Draft, check: QuoteCheck): Draft {
  if (check.kind !== "checked") return draft;
  const events = draft.events.map((event) =>
    event.valid?.quote && !check.mismatched.has(event.valid.id)
      ? { ...event, checkedQuote: quoteKey(event.fields.quote, event.fields.paragraph) }
      : event,
  );
  return { ...draft, events };
}
