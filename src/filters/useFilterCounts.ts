import { t } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";
import { selectShownCount, selectTotalCount } from "../store/selectors";
import { selectNarrowingCount } from "./facets";

/**
 * Events shown of all, filters on (the search's "only matches" too), and how to clear them: the
 * toolbar's summary and the panel's line. Clearing says so in the live region: the summary's
 * status went empty with its line, so a screen reader heard nothing.
 */
export function useFilterCounts() {
  const shown = useAppStore(selectShownCount);
  const total = useAppStore(selectTotalCount);
  const active = useAppStore(selectNarrowingCount);
  const clear = useAppStore((state) => state.clearFilters);
  const announce = useAppStore((state) => state.announce);
  const clearFilters = () => {
    clear();
    announce(t("filters.cleared", { total }));
  };
  return { shown, total, active, clearFilters };
}
