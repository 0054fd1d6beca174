import { useEffect, useRef } from "react";
import type { Interval } from "../data/dates";
import { appStore } from "../store/appStore";
import { selectFilterMask } from "../store/selectors";
import { type FollowCause, followSelection, type SeenSelection } from "./followSelection";
import { windowForFilters, windowForPlace } from "./placeWindow";
import type { TimelineModel } from "./timelineModel";

/**
 * When the selection changes (from the map, the details, the URL, a key) to
 * an event the window does not show at all, pan the window to it; to a place
 * none of whose events is in view, pan to the nearest of them. So too when
 * the filters leave no event in view, when an edit moves the selected event
 * out of view (the editor's Start: a new event typed into 1956 stayed
 * off-screen behind an "earlier" hint), and when the selected event first
 * appears in a re-index (the editor's New story selects its first event
 * before the draft is indexed): followSelection decides.
 */
export function useFollowSelection(
  model: TimelineModel | null,
  fallback: Interval,
  setView: (view: Interval) => void,
) {
  // The selected event as the last model had it: a new model (a re-index) that moved it, or
  // brought it in, follows it.
  const seen = useRef<SeenSelection | null>(null);
  useEffect(() => {
    if (!model) return;
    const follow = (id: string | null, cause: FollowCause, keepWindow = false) => {
      const interval = id ? model.index.byId.get(id)?.interval : undefined;
      const view = appStore.getState().timeWindow ?? fallback;
      const next = followSelection(seen.current, id, interval, cause, view);
      seen.current = next.seen;
      if (next.view && !keepWindow) setView(next.view);
    };
    follow(appStore.getState().selectedEventId, "reindexed");
    // A selection that comes with a window of its own, in the same change (a link's event and
    // window on Back or Forward, a host page's `#event=…&from=…&to=…`), keeps that window, as the
    // first load of such a link does: a host's window was left for the event's the moment its
    // fragment changed.
    const unsubscribeEvent = appStore.subscribe((state, previous) => {
      if (state.selectedEventId === previous.selectedEventId) return;
      follow(state.selectedEventId, "selected", state.timeWindow !== previous.timeWindow);
    });
    // So does a place (review 26: a host's `#place=…&from=…&to=…` showed the place's year instead).
    const unsubscribePlace = appStore.subscribe((state, previous) => {
      const id = state.selectedPlaceId;
      if (!id || id === previous.selectedPlaceId || state.timeWindow !== previous.timeWindow)
        return;
      const view = state.timeWindow ?? fallback;
      const next = windowForPlace(model.index, id, selectFilterMask(state), view);
      if (next) setView(next);
    });
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
