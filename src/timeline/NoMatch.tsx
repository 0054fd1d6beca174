import "../ui/panelMessages";
import "./noMatch.css";
import { useTranslation } from "react-i18next";
import { focusSoon, timelineTabStop } from "../details/focusDetails";
import { useAppStore } from "../store/appStore";
import { selectNoMatchCause } from "../store/selectors";

/** How long focus waits for the timeline's events to be drawn after the filters are cleared. */
const DRAW_WAIT_MS = 1000;

/**
 * Over the lanes when the filters or the search leave no event in the whole dataset (the lanes
 * would be empty with no word why), saying which, with a button that lifts it: the search's
 * "only matches" when the actor and tag filters alone would leave events, else the filters (and
 * "only matches" with them). The button then goes: focus moves on to the events it brought back.
 */
export function NoMatch() {
  const cause = useAppStore(selectNoMatchCause);
  const query = useAppStore((state) => state.query);
  const clearFilters = useAppStore((state) => state.clearFilters);
  const setOnlyMatches = useAppStore((state) => state.setOnlyMatches);
  const { t } = useTranslation();
  if (!cause) return null;
  const search = cause === "search";
  const words =
    cause === "filters"
      ? t("noMatch.filters")
      : t(search ? "noMatch.search" : "noMatch.searchFiltered", {
          query: query.trim(),
        });
  return (
    <div className="tl-empty" data-testid="timeline-empty">
      <p>{words}</p>
      <button
        type="button"
        onClick={() => {
          if (search) setOnlyMatches(false);
          else clearFilters();
          focusSoon(
            [
              timelineTabStop,
              () =>
                document.querySelector<HTMLElement>(search ? ".search-input" : ".filters-toggle"),
            ],
            DRAW_WAIT_MS,
          );
        }}
      >
        {search ? t("noMatch.showNonMatching") : t("filters.clear")}
      </button>
    </div>
  );
}
