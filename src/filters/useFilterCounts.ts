import { t } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";
import { selectSearchPending, selectShownCount, selectTotalCount } from "../store/selectors";
import { selectNarrowingCount, showingSentence } from "./facets";

/**
 * Events shown of all, filters on (the search's "only matches" too), the sentence that says so,
 * and how to clear them: the toolbar's summary and the panel's line. While "only matches" waits
 * for the search's matches every event shows (bindSearchMatches.ts): the sentence says the search
 * is being prepared, not "Showing 100,000 of 100,000" for a filter that is on (review 30 F3).
 */
export function useFilterCounts() {
  const shown = useAppStore(selectShownCount);
  const total = useAppStore(selectTotalCount);
  const active = useAppStore(selectNarrowingCount);
  const preparing = useAppStore(selectSearchPending);
  const clearFilters = useAppStore((state) => state.clearFilters);
  const sentence = preparing ? t("search.preparing") : showingSentence(shown, total);
  return { total, active, sentence, clearFilters };
}
