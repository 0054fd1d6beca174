import { useAppStore } from "../store/appStore";
import { selectShownCount, selectTotalCount } from "../store/selectors";
import { selectNarrowingCount } from "./facets";

/** Events shown of all, filters on (the search's "only matches" too), and how to clear them: the toolbar's summary and the panel's line. */
export function useFilterCounts() {
  const shown = useAppStore(selectShownCount);
  const total = useAppStore(selectTotalCount);
  const active = useAppStore(selectNarrowingCount);
  const clearFilters = useAppStore((state) => state.clearFilters);
  return { shown, total, active, clearFilters };
}
