import { useLanguage } from "../i18n/useLanguage";
import "./timeline.css";
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Interval } from "../data/dates";
import { defaultWindow } from "../data/defaultWindow";
import type { DatasetIndex } from "../data/indexDataset";
import { clampWindow, fittedExtent } from "../data/timeWindow";
import { appStore, useAppStore } from "../store/appStore";
import { DetailView, KEY_ZOOM_FACTOR } from "./DetailView";
import { zoomAnchor } from "./detailLayout";
import { lanesIn } from "./laneNames";
import type { LaneKey } from "./lanes";
import { NoDatesSlot } from "./NoDatesSlot";
import { OverviewStrip } from "./OverviewStrip";
import { keepsOverview } from "./overviewRoom";
import { TimelineToolbar } from "./TimelineToolbar";
import { prepareTimelineModel, timelineModelOf } from "./timelineModel";
import { zoomWindow } from "./timeScale";
import { useFollowSelection } from "./useFollowSelection";
import { useNextTaskValue } from "./useNextTaskValue";
import { useSettledWindow } from "./useSettledWindow";
import { storeWindowSource } from "./windowSource";

/** Events past which a new dataset's timeline renders in a task after the store update's. */
const RENDER_APART_FROM = 10_000;
const isLarge = (index: DatasetIndex | null) => (index?.events.length ?? 0) >= RENDER_APART_FROM;

/**
 * The timeline: a legend and controls, the zoomable detail view, and the
 * overview strip with its brush. It shows the store's `timeWindow` (the URL
 * or Back/Forward may change it) and writes it on zoom, pan and brush.
 * Gestures over a dense view move the canvas at once and React later (see
 * windowSource).
 */
export function Timeline() {
  const current = useAppStore((state) => state.index);
  const [laneKey, setLaneKey] = useState<LaneKey>("actors");
  // A store update renders at once, in one task (useSyncExternalStore). A large dataset's model, then
  // its layout, the heaviest parts of its first render, follow in tasks of their own: the page shows
  // the count and details a moment before them. So does the first dataset, which this mounts with,
  // whatever its size: the page's and the timeline's first renders in one task were the page's own
  // longest task while loading the shipped 24 events (~250 ms of processor time, issue 20).
  const index = useNextTaskValue(
    current,
    isLarge,
    (next) => (next ? prepareTimelineModel(next, laneKey) : undefined),
    null,
  );
  const stale = index !== current;
  // The map waits for this: started beside a large timeline's first render, it made the marks
  // come ~0.3 s later (100,000 and 1,000,000 events) and was itself no sooner.
  useEffect(() => {
    if (index) appStore.getState().timelineDraw(index);
  }, [index]);
  const built = useMemo(() => (index ? timelineModelOf(index, laneKey) : null), [index, laneKey]);
  const lang = useLanguage();
  // Lane names in the reader's language: the dataset's labels, and "Other".
  const model = useMemo(
    () => built && { ...built, lanes: lanesIn(built.lanes, built.index.dataset.meta, lang) },
    [built, lang],
  );
  const fallback = useMemo(() => (index ? defaultWindow(index) : { start: 0, end: 1 }), [index]);
  const source = useMemo(() => storeWindowSource(appStore, fallback), [fallback]);
  /** True while a gesture's change is being written and the detail view draws on canvas. */
  const deferring = useRef(false);
  const dense = useRef(false);
  const view = useSettledWindow(source, deferring);
  const bounds = model?.bounds;
  const minSpan = model?.minSpan;

  const setView = useCallback(
    (next: Interval) => {
      if (bounds) appStore.getState().setTimeWindow(clampWindow(next, bounds, minSpan));
    },
    [bounds, minSpan],
  );
  const setViewByGesture = useCallback(
    (next: Interval) => {
      deferring.current = dense.current;
      try {
        setView(next);
      } finally {
        deferring.current = false;
      }
    },
    [setView],
  );
  const zoom = useCallback(
    (direction: 1 | -1) => {
      if (!model) return;
      const live = source.get();
      const { selectedEventId } = appStore.getState();
      const selected = model.index.byId.get(selectedEventId ?? "")?.order ?? -1;
      const factor = direction === 1 ? KEY_ZOOM_FACTOR : 1 / KEY_ZOOM_FACTOR;
      setView(zoomWindow(live, factor, zoomAnchor(model, selected, live)));
    },
    [source, setView, model],
  );
  useFollowSelection(model, fallback, setView);

  if (!model || stale) return null;
  if (model.index.events.length === 0)
    return <NoDatesSlot undated={model.index.dataset.undated ?? []} />;
  return (
    <TimelineFrame
      laneCount={model.lanes.length}
      overview={
        <OverviewStrip model={model} view={view} source={source} setView={setViewByGesture} />
      }
    >
      <TimelineToolbar
        laneKey={laneKey}
        onLaneKey={setLaneKey}
        onZoom={zoom}
        onReset={() => setView(fallback)}
        onFitAll={() => setView(fittedExtent(model.extent, model.minSpan))}
      />
      <DetailView
        model={model}
        view={view}
        source={source}
        dense={dense}
        setView={setView}
        setViewByGesture={setViewByGesture}
      />
    </TimelineFrame>
  );
}

/** The timeline's box, which keeps the overview only where the detail view has room beside it (`keepsOverview`). */
function TimelineFrame({
  children,
  overview,
  laneCount,
}: {
  children: ReactNode;
  overview: ReactNode;
  laneCount: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const belowToolbar = useHeightBelowToolbar(ref);
  return (
    <div className="tl" ref={ref}>
      {children}
      {keepsOverview(belowToolbar, laneCount) && overview}
    </div>
  );
}

/** The box's height less its toolbar's (which wraps to two rows in some languages), kept up to date. */
function useHeightBelowToolbar(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    const toolbar = box?.querySelector<HTMLElement>(".tl-toolbar");
    if (!box || !toolbar) return;
    const measure = () => setHeight(box.clientHeight - toolbar.offsetHeight);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
