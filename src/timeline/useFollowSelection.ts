import { useEffect } from "react";
import type { Interval } from "../data/dates";
import { appStore } from "../store/appStore";
import type { TimelineModel } from "./timelineModel";
import { windowShowing } from "./timeScale";

/**
 * When the selection changes (from the map, the details, the URL, a key) to
 * an event the window does not show at all, pan the window to it.
 */
export function useFollowSelection(
  model: TimelineModel | null,
  fallback: Interval,
  setView: (view: Interval) => void,
) {
  useEffect(() => {
    if (!model) return;
    return appStore.subscribe(
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
  }, [model, fallback, setView]);
}
