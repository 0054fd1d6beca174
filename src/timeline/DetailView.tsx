import {
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { DAY_MS, type Interval } from "../data/dates";
import { windowShowing } from "../data/timeWindow";
import { periodTexts } from "../i18n/datasetText";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { selectFilterMask, selectFocusEventSet } from "../store/selectors";
import { PHONE_LAYOUT } from "../ui/layoutQueries";
import { detailLayout, nearestOffScreen, visibleIn, zoomAnchor } from "./detailLayout";
import { EventMarks } from "./EventMarks";
import { focusWindow } from "./focusWindow";
import { useFollowView } from "./followView";
import { HoverTooltipSlot } from "./HoverTooltipSlot";
import { keyAction, navigate, rowNeighbour } from "./keyboardNav";
import { lanesInView, rowMiddle, STRIP_HEIGHT } from "./laneGeometry";
import {
  type FocusedName,
  focusedLaneName,
  gutterWidth,
  laneLabelMaxWidth,
  selectedToKeep,
} from "./laneNameRoom";
import { lanesWithShown, shownPerLane } from "./lanes";
import { hitTargets } from "./markHit";
import { NoMatchSlot } from "./NoMatchSlot";
import { TOOLTIP_HEIGHT, tooltipBelow } from "./overlayStyle";
import { LaneGutter, LaneLabels, TimeGrid } from "./TimeGrid";
import { type CanvasInputs, TimelineCanvas } from "./TimelineCanvas";
import { TimeStrip } from "./TimeStrip";
import { kindOf, type TimelineModel } from "./timelineModel";
import { zoomWindow } from "./timeScale";
import { useCanvasPointer } from "./useCanvasPointer";
import { useElementSize } from "./useElementSize";
import { useEventText } from "./useEventText";
import { useLaneScroll } from "./useLaneScroll";
import { useCoarsePointer, useDarkScheme, useMediaQuery, useReducedMotion } from "./useMediaQuery";
import { useThemeColours } from "./useThemeColours";
import { useZoomBehavior } from "./useZoomBehavior";
import type { WindowSource } from "./windowSource";

/** Zoom factor of one +/- key press or button. */
export const KEY_ZOOM_FACTOR = 1.6;
/** Dimmed marks on canvas, as `--dim-opacity` in styles.css: still 3:1 against the surface. */
const DIM_OPACITY = { light: 0.72, dark: 0.6 };

interface Props {
  model: TimelineModel;
  /** The settled window React renders; `source` has the live one. */
  view: Interval;
  source: WindowSource;
  /** Set here: whether the view draws its events on canvas (gestures may then run ahead of React). */
  dense: RefObject<boolean>;
  setView: (view: Interval) => void;
  setViewByGesture: (view: Interval) => void;
}

/**
 * The zoomable detail view: lanes, axis, and the events as buttons (few in
 * view) or on canvas with a few pinned buttons (many in view). Its layout is
 * `detailLayout()`; this component renders it and wires the input.
 */
export function DetailView({ model, view, source, dense, setView, setViewByGesture }: Props) {
  const surfaceRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(surfaceRef);
  const reducedMotion = useReducedMotion();
  const embedded = useAppStore((state) => state.embed);
  const coarse = useCoarsePointer();
  const dark = useDarkScheme();
  // On a phone lane names move from a gutter to the lanes themselves (see timeline.css).
  const narrow = useMediaQuery(PHONE_LAYOUT);
  const mask = useAppStore(selectFilterMask);
  const selectedId = useAppStore((state) => state.selectedEventId);
  const focusSet = useAppStore(selectFocusEventSet);
  const clearSelection = useAppStore((state) => state.clearSelection);
  const text = useEventText(model.index);
  const lang = useLanguage();
  const { t } = useTranslation();
  const hintId = useId();
  // The focused position belongs to one dataset: a new one forgets it.
  const [focus, setFocus] = useState({ index: model.index, position: -1 });
  const focused = focus.index === model.index ? focus.position : -1;
  const setFocused = useCallback(
    (position: number) => setFocus({ index: model.index, position }),
    [model.index],
  );
  const moveFocus = useRef(false);
  const theme = useThemeColours(surfaceRef, model.colourVars, dark);
  // Numbers, so that the layout is not redone for a new read of the same spacing.
  const [letterSpacing = 0, wordSpacing = 0] = theme?.spacing ?? [];
  // Lanes taller than the view scroll between the strip and the axis (lanesInView): by a drag's
  // vertical part, and to follow the selection (useLaneScroll).
  const [laneScroll, setLaneScroll] = useState(0);
  const mostScroll = useRef(0);
  // A lane's name over its lane shown whole (LaneLabels) until the next tap: a tap on it that no
  // mark drawn beneath takes (useCanvasPointer, one hit-test for the view).
  const [wholeLane, setWholeLane] = useState<string | null>(null);
  const toggleWholeLane = useCallback(
    (id: string) => setWholeLane((shown) => (shown === id ? null : id)),
    [],
  );
  const foldLane = useCallback(() => setWholeLane(null), []);
  const scrollLanesBy = useCallback((dy: number) => {
    const most = mostScroll.current;
    if (most > 0)
      setLaneScroll((scroll) => Math.min(Math.max(Math.min(scroll, most) - dy, 0), most));
  }, []);

  const selected = selectedId === null ? -1 : (model.index.byId.get(selectedId)?.order ?? -1);
  // Marks are placed in the live window: a render while a gesture runs ahead of
  // React (see windowSource) then agrees with what followView writes.
  const placedIn = source.get();
  const visible = useMemo(() => visibleIn(model, view, mask), [model, view, mask]);
  // Per filter change, not per zoom step: how many events each lane shows (its tooltip says), and
  // so the lanes the filter leaves empty, which take no row.
  const shownCounts = useMemo(
    () => shownPerLane(model.spatial.laneOf, model.lanes.length, mask),
    [model, mask],
  );
  const shownLanes = useMemo(() => lanesWithShown(shownCounts), [shownCounts]);
  const layout = useMemo(
    () =>
      detailLayout(
        {
          model,
          view,
          placedIn,
          width,
          height,
          mask,
          selected,
          focused,
          focusSet,
          narrow,
          coarse,
          title: text.title,
          lang,
          shownLanes,
          spacing: [letterSpacing, wordSpacing],
        },
        visible,
      ),
    [
      shownLanes,
      letterSpacing,
      wordSpacing,
      model,
      view,
      placedIn,
      width,
      height,
      mask,
      selected,
      focused,
      focusSet,
      lang,
      narrow,
      coarse,
      text,
      visible,
    ],
  );
  const { mode, active, positions } = layout;
  const geometry = useMemo(
    () => lanesInView(layout.geometry, height, laneScroll),
    [layout.geometry, height, laneScroll],
  );
  mostScroll.current = geometry.scrollMax;
  const clipped = geometry.scrollMax > 0;
  const band = geometry.lanesHeight - STRIP_HEIGHT;
  useLayoutEffect(() => {
    dense.current = mode === "canvas";
  }, [dense, mode]);

  const canvasInputs = useMemo((): CanvasInputs | null => {
    if (!theme || width <= 0) return null;
    return {
      model,
      width,
      geometry,
      mask,
      focusSet,
      colours: theme.colours,
      axis: theme.axis,
      dimOpacity: dark ? DIM_OPACITY.dark : DIM_OPACITY.light,
      tickSpacing: layout.tickSpacing,
      dense: mode === "canvas",
      lang,
    };
  }, [model, width, geometry, mask, focusSet, theme, dark, layout.tickSpacing, mode, lang]);

  // Keyboard focus follows the focused position once its button is rendered.
  useLayoutEffect(() => {
    if (!moveFocus.current || focused < 0 || !positions.includes(focused)) return;
    moveFocus.current = false;
    const button = surfaceRef.current?.querySelector<HTMLElement>(`[data-position="${focused}"]`);
    button?.focus({ preventScroll: true });
  }, [focused, positions]);

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key);
    if (action === null || action === "select") return; // Enter and Space: the button's own click.
    event.preventDefault();
    const live = source.get();
    if (action === "clear") {
      clearSelection();
      return;
    }
    if (action === "zoomIn" || action === "zoomOut") {
      const factor = action === "zoomIn" ? KEY_ZOOM_FACTOR : 1 / KEY_ZOOM_FACTOR;
      setView(zoomWindow(live, factor, zoomAnchor(model, active, live)));
      return;
    }
    const { ends } = model.index;
    const placement = {
      positions,
      rowOf: layout.rowOf,
      laneOf: model.spatial.laneOf,
      starts,
      ends,
    };
    const byRow =
      action === "laneUp" || action === "laneDown"
        ? rowNeighbour(placement, active, action === "laneUp" ? -1 : 1)
        : -1;
    const next =
      byRow >= 0 ? byRow : navigate({ index: model.spatial, mask, window: live }, active, action);
    const nextEvent = model.index.events[next];
    if (!nextEvent) return;
    moveFocus.current = true;
    setFocused(next);
    const view = focusWindow(live, kindOf(model, next).kind, nextEvent.interval, width);
    if (view !== live) setView(view);
  };

  const { starts } = model.index;
  const zoomTo = useCallback(
    (interval: Interval, first?: number) => {
      const pad = Math.max((interval.end - interval.start) * 0.25, DAY_MS * 2);
      setView({ start: interval.start - pad, end: interval.end + pad });
      if (first === undefined) return;
      moveFocus.current = true;
      setFocused(first);
    },
    [setView, setFocused],
  );
  const onHint = (side: "earlier" | "later") => {
    const live = source.get();
    const target = nearestOffScreen(model, live, mask, side);
    const event = model.index.events[target];
    if (event) setView(windowShowing(live, event.interval));
  };
  const targets = useMemo(
    () =>
      hitTargets({
        positions,
        rowOf: layout.rowOf,
        boxes: layout.boxes,
        groups: layout.groups,
        geometry,
        laneOf: model.spatial.laneOf,
        selected,
        focusSet,
      }),
    [positions, layout, geometry, model, selected, focusSet],
  );
  const periods = useMemo(
    () =>
      new Map(
        (model.index.dataset.periods ?? []).map((period) => [period.id, periodTexts(period, lang)]),
      ),
    [model, lang],
  );
  const onMark = useCanvasPointer(surfaceRef, {
    model,
    source,
    width,
    geometry,
    mask,
    coarse,
    targets,
    dense: mode === "canvas",
    onZoomTo: zoomTo,
    onLaneName: toggleWholeLane,
  });
  // After the hit-test it asks (a double tap on a mark selects it, no zoom); its layout effects
  // depend on none of those above.
  useZoomBehavior(surfaceRef, {
    bounds: model.bounds,
    minSpan: model.minSpan,
    width,
    height,
    source,
    onWindow: setViewByGesture,
    onDragY: scrollLanesBy,
    reducedMotion,
    onMark,
    cooperative: embedded,
  });
  useFollowView(surfaceRef, source, {
    model,
    width,
    geometry,
    dense: mode === "canvas",
    laneNameWidths: layout.laneNameWidths,
  });
  useLaneScroll(layout.geometry, height, geometry.scroll, setLaneScroll, {
    selected,
    focused,
    focusTaken: focus,
    laneOf: model.spatial.laneOf,
    rowOf: layout.rowOf,
  });
  // The focused mark's lane name, where it is cut over the lane (narrow screens), shown whole
  // beside the mark while the focus is the keyboard's (LaneLabels).
  const focusLane = model.spatial.laneOf[focused] ?? -1;
  const focusBox = layout.boxes.get(focused);
  // Its extra lines go away from the focused mark's tooltip: the same tooltipBelow, from the
  // tooltip's height as HoverTooltip measures it.
  const [tipHeight, setTipHeight] = useState(TOOLTIP_HEIGHT);
  const nameCut =
    focusBox && width > 0 && (layout.laneNameWidths[focusLane] ?? 0) >= laneLabelMaxWidth(width);
  let focusName: { lane: number; name: FocusedName } | null = null;
  if (focusBox && nameCut) {
    const middle = rowMiddle(geometry, focusLane, layout.rowOf.get(focused) ?? 0);
    const below = tooltipBelow(middle, geometry.markHeight, tipHeight, height);
    // The selected mark and its label stay in sight (a dense view's chip beside the mark).
    const selectedBox = selected === focused ? undefined : layout.boxes.get(selected);
    const label = layout.labels.find((placed) => placed.position === selected);
    const keep = selectedToKeep(
      selectedBox
        ? {
            ...selectedBox,
            middle: rowMiddle(
              geometry,
              model.spatial.laneOf[selected] ?? 0,
              layout.rowOf.get(selected) ?? 0,
            ),
          }
        : null,
      geometry.markHeight,
      label ? { ...label, middle: rowMiddle(geometry, label.lane, label.row) } : null,
    );
    const name = focusedLaneName({ ...focusBox, middle }, geometry.markHeight, width, below, keep);
    focusName = { lane: focusLane, name };
  }

  const labels = model.lanes.map((lane) => lane.label);
  return (
    <div
      className="tl-detail"
      style={
        { "--tl-gutter-width": gutterWidth(labels, [letterSpacing, wordSpacing]) } as CSSProperties
      }
    >
      <LaneGutter
        lanes={model.lanes}
        shown={shownCounts}
        geometry={geometry}
        colourVars={model.colourVars}
      />
      <div
        ref={surfaceRef}
        className="tl-surface"
        data-testid="timeline-zoom"
        data-render-mode={mode}
      >
        {width > 0 && (
          <>
            <TimeGrid lanes={model.lanes} geometry={geometry} width={width} strip={layout.strip} />
            {canvasInputs && <TimelineCanvas inputs={canvasInputs} source={source} />}
            {/* Before the events, as it is drawn above them: Tab reaches the hints, then the events'
                one stop (after them, focus went back up-left from the lanes: review 54). */}
            <TimeStrip strip={layout.strip} periods={periods} onHint={onHint} />
            {/* Lanes that scroll are cut at the strip and the axis: nothing of them lies under either. */}
            <div
              className={clipped ? "tl-lanes is-clipped" : "tl-lanes"}
              style={
                {
                  top: `${STRIP_HEIGHT}px`,
                  height: clipped ? `${band}px` : undefined,
                  // Its scroll thumb (timeline.css): how far down, and how much of the lanes shows.
                  "--at": clipped ? geometry.scroll / geometry.scrollMax : 0,
                  "--seen": band / (band + geometry.scrollMax),
                } as CSSProperties
              }
            >
              <div className="tl-lanes-content" style={{ top: `${-STRIP_HEIGHT}px` }}>
                <LaneLabels
                  lanes={model.lanes}
                  shown={shownCounts}
                  geometry={geometry}
                  colours={theme?.colours ?? []}
                  width={width}
                  whole={wholeLane}
                  focused={focusName}
                  onFold={foldLane}
                />
                <EventMarks
                  model={model}
                  positions={positions}
                  boxes={layout.boxes}
                  rowOf={layout.rowOf}
                  groups={layout.groups}
                  onZoomTo={zoomTo}
                  width={width}
                  geometry={geometry}
                  text={text}
                  selected={selected}
                  active={active}
                  focusSet={focusSet}
                  labels={layout.labels}
                  onFocusEvent={setFocused}
                  onKeyDown={onKeyDown}
                  hintId={hintId}
                />
              </div>
            </div>
            <HoverTooltipSlot
              model={model}
              source={source}
              width={width}
              height={height}
              geometry={geometry}
              text={text}
              rowOf={layout.rowOf}
              // Only where a name may move: hovering elsewhere re-renders only the tooltip.
              onHeight={
                nameCut
                  ? (position, tip) => {
                      if (position === focused) setTipHeight(tip);
                    }
                  : undefined
              }
            />
          </>
        )}
      </div>
      <NoMatchSlot />
      <p id={hintId} className="visually-hidden">
        {t("timeline.hint", { count: layout.visible.total })}
      </p>
    </div>
  );
}
