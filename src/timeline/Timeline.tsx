import "./timeline.css";
import { useCallback, useMemo, useState } from "react";
import type { Interval } from "../data/dates";
import { appStore, useAppStore } from "../store/appStore";
import { DetailView, KEY_ZOOM_FACTOR } from "./DetailView";
import { defaultWindow } from "./defaultWindow";
import type { LaneKey } from "./lanes";
import { OverviewStrip } from "./OverviewStrip";
import { TimelineToolbar } from "./TimelineToolbar";
import { buildTimelineModel } from "./timelineModel";
import { clampWindow, zoomWindow } from "./timeScale";
import { useFollowSelection } from "./useFollowSelection";

/**
 * The timeline: a legend and controls, the zoomable detail view, and the
 * overview strip with its brush. It shows the store's `timeWindow` (the URL
 * or Back/Forward may change it) and writes it on zoom, pan and brush.
 */
export function Timeline() {
  const index = useAppStore((state) => state.index);
  const [laneKey, setLaneKey] = useState<LaneKey>("actors");
  const model = useMemo(
    () => (index ? buildTimelineModel(index, laneKey) : null),
    [index, laneKey],
  );
  const fallback = useMemo(() => (index ? defaultWindow(index) : { start: 0, end: 1 }), [index]);
  const stored = useAppStore((state) => state.timeWindow);
  const view = stored ?? fallback;
  const bounds = model?.bounds;

  const setView = useCallback(
    (next: Interval) => {
      if (bounds) appStore.getState().setTimeWindow(clampWindow(next, bounds));
    },
    [bounds],
  );
  const zoom = useCallback(
    (direction: 1 | -1) => {
      const middle = (view.start + view.end) / 2;
      setView(zoomWindow(view, direction === 1 ? KEY_ZOOM_FACTOR : 1 / KEY_ZOOM_FACTOR, middle));
    },
    [view, setView],
  );
  useFollowSelection(model, fallback, setView);

  if (!model) return null;
  return (
    <div className="tl">
      <TimelineToolbar
        laneKey={laneKey}
        onLaneKey={setLaneKey}
        onZoom={zoom}
        onReset={() => setView(fallback)}
      />
      <DetailView model={model} view={view} setView={setView} />
      <OverviewStrip model={model} view={view} setView={setView} />
    </div>
  );
}
