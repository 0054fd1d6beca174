import { t } from "../i18n/i18n";
import type { SearchResult } from "./searchIndex";

/** "3 results: 1 place, 2 events. 4 more hidden by filters.", in the interface's language. */
function countSentence(result: SearchResult): string {
  const places = result.placesTotal;
  const count = places + result.total;
  if (count === 0) {
    return result.hidden > 0
      ? t("search.noResultsHidden", { hidden: result.hidden })
      : t("search.noResults");
  }
  const parts: string[] = [];
  if (places > 0) parts.push(t("search.places", { count: places }));
  if (result.total > 0) parts.push(t("search.events", { count: result.total }));
  // Places are listed up to five: 25 said "5 places", with no word of the other 20.
  const listed = result.places.length + result.events.length;
  return t("search.summary", {
    count,
    parts: parts.join(t("search.separator")),
    cut: count > listed ? "yes" : "no",
    listed,
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
