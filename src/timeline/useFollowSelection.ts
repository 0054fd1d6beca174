import { useEffect, useRef } from "react";
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
 * the filters leave no event in view, and when an edit moves the selected
 * event out of view (the editor's Start: a new event typed into 1956 stayed
 * off-screen behind an "earlier" hint).
 */
export function useFollowSelection(
  model: TimelineModel | null,
  fallback: Interval,
  setView: (view: Interval) => void,
) {
  // The selected event's interval in the last model: a new model (a re-index) that moved it follows it.
  const shown = useRef<{ id: string; interval: Interval } | null>(null);
  useEffect(() => {
    if (!model) return;
    const follow = (id: string | null, onlyIfMoved: boolean) => {
      const event = id ? model.index.byId.get(id) : undefined;
      const before = shown.current;
      shown.current = event ? { id: event.id, interval: event.interval } : null;
      if (!event) return;
      const { start, end } = event.interval;
      if (
        onlyIfMoved &&
        (before?.id !== event.id ||
          (before.interval.start === start && before.interval.end === end))
      )
        return;
      const view = appStore.getState().timeWindow ?? fallback;
      if (end > view.start && start < view.end) return;
      setView(windowShowing(view, event.interval));
    };
    follow(appStore.getState().selectedEventId, true);
    const unsubscribeEvent = appStore.subscribe(
      (state) => state.selectedEventId,
      (id) => follow(id, false),
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
