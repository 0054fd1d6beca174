/**
 * In a one-file copy, "the app's own dataset" is whatever was saved into it (a draft, a file,
 * another site's data): the build's quote check holds only for a copy of the site's own story.
 * A copy of anything else said "Quote checked against the source" of quotes the build never saw.
 */
import record from "virtual:build-provenance";
import { readOfflineCopy } from "../offline/embeddedCopy";
import { fromBuild, type QuoteCheck } from "./quoteCheck";

/**
 * No `data` at all: a copy cannot fetch one (its policy blocks every request), and a fragment's
 * `#data=` was tried and ended on "Could not reach…" (review 24). Ignored, and said.
 */
export const BUILD = { ...record, dataOrigins: [] };

export const SHIPPED_QUOTE_CHECK: QuoteCheck = readOfflineCopy()?.shipped
  ? fromBuild(record.quoteCheck)
  : { kind: "not-checked", reason: "quoteReason.nothingChecked" };
