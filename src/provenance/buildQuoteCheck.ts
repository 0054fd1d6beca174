/** Run at build time (`scripts/provenancePlugin.ts`): the shipped dataset's quotes against the article. */
import { checkQuotes } from "../data/checkQuotes";
import { type BuildQuoteCheck, mismatchedIds } from "./quoteCheck";

/** The build's record for the shipped dataset; `article` null when the build had no source text. */
export function buildQuoteCheck(
  events: readonly { id?: unknown }[],
  article: { text: string; sha256: string } | null,
  datasetSha256: string,
): BuildQuoteCheck {
  if (!article) {
    return {
      status: "not-checked",
      reason: "The build had no copy of the source text to check the quotes against.",
      datasetSha256,
    };
  }
  const result = checkQuotes(events, article.text);
  return {
    status: "checked",
    quotes: result.checked,
    mismatched: mismatchedIds(events, result.issues),
    sourceSha256: article.sha256,
    datasetSha256,
  };
}
