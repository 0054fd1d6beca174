import { t } from "../i18n/i18n";
import type { SearchResult } from "./searchIndex";

/** "3 results: 1 place, 2 events. 4 more hidden by filters.", in the interface's language. */
function countSentence(result: SearchResult): string {
  const count = result.places.length + result.total;
  if (count === 0) {
    return result.hidden > 0
      ? t("search.noResultsHidden", { hidden: result.hidden })
      : t("search.noResults");
  }
  const parts: string[] = [];
  if (result.places.length > 0) parts.push(t("search.places", { count: result.places.length }));
  if (result.total > 0) parts.push(t("search.events", { count: result.total }));
  const cut = result.total > result.events.length;
  return t("search.summary", {
    count,
    parts: parts.join(t("search.separator")),
    cut: cut ? "yes" : "no",
    listed: result.events.length,
    hidden: result.hidden,
  });
}

/** The count sentence, after "No match; did you mean “Kunashir”?" for a corrected query. */
export function resultSentence(result: SearchResult): string {
  const sentence = countSentence(result);
  return result.correction
    ? `${t("search.didYouMean", { correction: result.correction })} ${sentence}`
    : sentence;
}
