import { useTranslation } from "react-i18next";
import { focusSoon } from "../details/focusDetails";
import { useAppStore } from "../store/appStore";
import { selectShownCount, selectTotalCount } from "../store/selectors";
import type { AppState } from "../store/types";

/** Events there are, and the filters leave none of them. */
const selectNoneMatch = (state: AppState) =>
  selectTotalCount(state) > 0 && selectShownCount(state) === 0;

/** How long focus waits for the timeline's events to be drawn after the filters are cleared. */
const DRAW_WAIT_MS = 1000;

/**
 * Over the lanes when the filters leave no event in the whole dataset (the
 * lanes would be empty with no word why), with a button that clears them.
 * The button then goes: focus moves on to the events it brought back.
 */
export function NoMatch() {
  const none = useAppStore(selectNoneMatch);
  const clearFilters = useAppStore((state) => state.clearFilters);
  const { t } = useTranslation();
  if (!none) return null;
  return (
    <div className="tl-empty" data-testid="timeline-empty">
      <p>{t("timeline.noMatch")}</p>
      <button
        type="button"
        onClick={() => {
          clearFilters();
          focusSoon(
            [
              () => document.querySelector<HTMLElement>('.tl-events [tabindex="0"]'),
              () => document.querySelector<HTMLElement>(".filters-toggle"),
            ],
            DRAW_WAIT_MS,
          );
        }}
      >
        {t("filters.clear")}
      </button>
    </div>
  );
}
