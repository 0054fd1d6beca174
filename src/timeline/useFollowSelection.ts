import { useEffect } from "react";
import type { Interval } from "../data/dates";
import { windowShowing } from "../data/timeWindow";
import { appStore } from "../store/appStore";
import { selectFilterMask } from "../store/selectors";
import { windowForFilters, windowForPlace } from "./placeWindow";
import type { TimelineModel } from "./timelineModel";

/**
 * When the selection changes (from the map, the details, the URL, a key) to
 * an event the window does not show at all, pan the window to it; to a place
 * none of whose events is in view, pan to the nearest of them. So too when
 * the filters leave no event in view.
 */
export function useFollowSelection(
  model: TimelineModel | null,
  fallback: Interval,
  setView: (view: Interval) => void,
) {
  useEffect(() => {
    if (!model) return;
    const unsubscribeEvent = appStore.subscribe(
      (state) => state.selectedEventId,
      (id) => {
        const event = id ? model.index.byId.get(id) : undefined;
        if (!event) return;
        const view = appStore.getState().timeWindow ?? fallback;
        const { start, end } = event.interval;
        if (end > view.start && start < view.end) return;
        setView(windowShowing(view, event.interval));
      },
    );
    const unsubscribePlace = appStore.subscribe(
      (state) => state.selectedPlaceId,
      (id) => {
        if (!id) return;
        const state = appStore.getState();
        const view = state.timeWindow ?? fallback;
        const next = windowForPlace(model.index, id, selectFilterMask(state), view);
        if (next) setView(next);
      },
    );
    // Also at once: a link's filters (?actors=…) may leave nothing in the opening window.
    const unsubscribeFilters = appStore.subscribe(
      selectFilterMask,
      (mask) => {
        const view = appStore.getState().timeWindow ?? fallback;
        const next = windowForFilters(model.index, mask, view);
        if (next) setView(next);
      },
      { fireImmediately: true },
    );
    return () => {
      unsubscribeEvent();
      unsubscribePlace();
      unsubscribeFilters();
    };
  }, [model, fallback, setView]);
}
