import {
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import type { Interval } from "../data/dates";
import { lowerBound } from "../data/indexDataset";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { passes, selectFilterMask, selectFocusEventSet } from "../store/selectors";
import { type AxisStyle, resolveAxisStyle } from "./drawAxis";
import { EventMarks } from "./EventMarks";
import { useFollowView } from "./followView";
import { HoverTooltip } from "./HoverTooltip";
import { keyAction, navigate } from "./keyboardNav";
import { estimateLabelWidth, layoutLabels } from "./labelLayout";
import { resolveColours } from "./laneColours";
import { laneGeometry } from "./laneGeometry";
import { chooseRenderMode, collectVisible, DOM_MARK_CAP } from "./marks";
import { labelX } from "./overlayStyle";
import { placeMarks } from "./placeMarks";
import { LaneGutter, LaneLabels, TimeGrid } from "./TimeGrid";
import { type CanvasInputs, TimelineCanvas } from "./TimelineCanvas";
import type { TimelineModel } from "./timelineModel";
import { windowShowing, zoomWindow } from "./timeScale";
import { useCanvasPointer } from "./useCanvasPointer";
import { useElementSize } from "./useElementSize";
import { useEventText } from "./useEventText";
import { useCoarsePointer, useDarkScheme, useMediaQuery, useReducedMotion } from "./useMediaQuery";
import { useZoomBehavior } from "./useZoomBehavior";
import type { WindowSource } from "./windowSource";

/** Zoom factor of one +/- key press or button. */
export const KEY_ZOOM_FACTOR = 1.6;
/** Dimmed marks on canvas, as `--dim-opacity` in styles.css: still 3:1 against the surface. */
const DIM_OPACITY = { light: 0.72, dark: 0.6 };
/** Below this width lane names move from a gutter to the lanes themselves (see timeline.css). */
const NARROW_QUERY = "(max-width: 720px)";

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

function overlaps(model: TimelineModel, position: number, view: Interval): boolean {
  if (position < 0) return false;
  return (
    (model.index.starts[position] ?? 0) < view.end && (model.index.ends[position] ?? 0) > view.start
  );
}

/** The first shown event starting in the view (O(log n) plus the filtered-out ones skipped). */
function firstStartingIn(model: TimelineModel, view: Interval, mask: Uint8Array | null): number {
  const { starts } = model.index;
  for (
    let i = lowerBound(starts, view.start);
    i < starts.length && (starts[i] ?? 0) < view.end;
    i++
  ) {
    if (passes(mask, i)) return i;
  }
  return -1;
}

/**
 * The zoomable detail view: lanes, axis, and the events as buttons (few in
 * view) or on canvas with a few pinned buttons (many in view).
 */
export function DetailView({ model, view, source, dense, setView, setViewByGesture }: Props) {
  const surfaceRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(surfaceRef);
  const geometry = useMemo(
    () => laneGeometry(height, model.lanes.length),
    [height, model.lanes.length],
  );
  const reducedMotion = useReducedMotion();
  const coarse = useCoarsePointer();
  const dark = useDarkScheme();
  const narrow = useMediaQuery(NARROW_QUERY);
  const mask = useAppStore(selectFilterMask);
  const selectedId = useAppStore((state) => state.selectedEventId);
  const focusSet = useAppStore(selectFocusEventSet);
  const clearSelection = useAppStore((state) => state.clearSelection);
  const text = useEventText(model.index);
  const lang = useLanguage();
  const { t } = useTranslation();
  const hintId = useId();
  const [focused, setFocused] = useState(-1);
  const moveFocus = useRef(false);

  useZoomBehavior(surfaceRef, {
    bounds: model.bounds,
    width,
    height,
    source,
    onWindow: setViewByGesture,
    reducedMotion,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new dataset forgets the focused position.
  useEffect(() => setFocused(-1), [model.index]);

  const selected = selectedId === null ? -1 : (model.index.byId.get(selectedId)?.order ?? -1);
  const visible = useMemo(
    () => collectVisible(model.spatial, view, mask, DOM_MARK_CAP),
    [model, view, mask],
  );
  const mode = width > 0 ? chooseRenderMode(visible, width) : "dom";
  useLayoutEffect(() => {
    dense.current = mode === "canvas";
  }, [dense, mode]);

  let active = -1;
  if (focused >= 0 && passes(mask, focused)) active = focused;
  else if (overlaps(model, selected, view) && passes(mask, selected)) active = selected;
  else if (mode === "dom") active = visible.positions?.[0] ?? -1;
  else active = firstStartingIn(model, view, mask);

  const positions = useMemo(() => {
    const base = mode === "dom" ? (visible.positions ?? []) : [];
    const pinned = [active, overlaps(model, selected, view) ? selected : -1].filter(
      (p) => p >= 0 && !base.includes(p),
    );
    return pinned.length === 0 ? base : [...new Set([...base, ...pinned])].sort((a, b) => a - b);
  }, [mode, visible, active, selected, model, view]);

  // Marks are placed in the live window: a render while a gesture runs ahead of
  // React (see windowSource) then agrees with what followView writes.
  const placedIn = source.get();
  const boxes = useMemo(
    () => placeMarks(model, positions, placedIn, width),
    [model, positions, placedIn, width],
  );

  const labels = useMemo(() => {
    if (width <= 0) return [];
    const candidates = positions.map((position) => {
      const box = boxes.get(position) ?? { x0: 0, x1: 0 };
      const highlighted = focusSet?.has(position) ? 1 : 0;
      return {
        position,
        lane: model.spatial.laneOf[position] ?? 0,
        x: labelX(box),
        width: estimateLabelWidth(text.title(position)),
        priority: position === selected ? 3 : position === focused ? 2 : highlighted,
      };
    });
    // On narrow screens lane names sit over the lanes, in the last label row.
    const lastRow = geometry.labelRowsY.length - 1;
    const obstacles = narrow
      ? model.lanes.map((lane, i) => ({
          lane: i,
          row: lastRow,
          x: 0,
          width: estimateLabelWidth(lane.label, 11) + 12,
        }))
      : [];
    return layoutLabels(candidates, {
      rowsPerLane: geometry.labelRowsY.length,
      gap: 6,
      viewWidth: width,
      obstacles,
    });
  }, [positions, boxes, model, width, focusSet, selected, focused, text, geometry, narrow]);

  const [theme, setTheme] = useState<{ colours: string[]; axis: AxisStyle } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the colours change with the colour scheme.
  useLayoutEffect(() => {
    const surface = surfaceRef.current;
    if (surface)
      setTheme({
        colours: resolveColours(surface, model.colourVars),
        axis: resolveAxisStyle(surface),
      });
  }, [model, dark]);

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
      tickSpacing: coarse ? 80 : 100,
      dense: mode === "canvas",
      lang,
    };
  }, [model, width, geometry, mask, focusSet, theme, dark, coarse, mode, lang]);

  // Keyboard focus follows the focused position once its button is rendered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the rendered buttons change.
  useLayoutEffect(() => {
    if (!moveFocus.current || focused < 0) return;
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
      const anchorEvent = model.index.events[active];
      const anchor =
        anchorEvent && overlaps(model, active, live)
          ? (anchorEvent.interval.start + anchorEvent.interval.end) / 2
          : (live.start + live.end) / 2;
      setView(
        zoomWindow(live, action === "zoomIn" ? KEY_ZOOM_FACTOR : 1 / KEY_ZOOM_FACTOR, anchor),
      );
      return;
    }
    const next = navigate({ index: model.spatial, mask, window: live }, active, action);
    const nextEvent = model.index.events[next];
    if (!nextEvent) return;
    moveFocus.current = true;
    setFocused(next);
    if (!overlaps(model, next, live)) setView(windowShowing(live, nextEvent.interval));
  };

  useCanvasPointer(surfaceRef, { model, source, width, geometry, mask, coarse });
  useFollowView(surfaceRef, source, { model, width, geometry, dense: mode === "canvas" });

  return (
    <div className="tl-detail">
      <LaneGutter lanes={model.lanes} geometry={geometry} colourVars={model.colourVars} />
      <div
        ref={surfaceRef}
        className="tl-surface"
        data-testid="timeline-zoom"
        data-render-mode={mode}
      >
        {width > 0 && (
          <>
            <TimeGrid lanes={model.lanes} geometry={geometry} width={width} />
            {canvasInputs && <TimelineCanvas inputs={canvasInputs} source={source} />}
            <LaneLabels lanes={model.lanes} geometry={geometry} colours={theme?.colours ?? []} />
            <EventMarks
              model={model}
              positions={positions}
              boxes={boxes}
              width={width}
              geometry={geometry}
              text={text}
              selected={selected}
              active={active}
              focusSet={focusSet}
              labels={labels}
              onFocusEvent={setFocused}
              onKeyDown={onKeyDown}
              hintId={hintId}
            />
            <HoverTooltip
              model={model}
              source={source}
              width={width}
              geometry={geometry}
              text={text}
            />
          </>
        )}
      </div>
      <p id={hintId} className="visually-hidden">
        {t("timeline.hint", { count: visible.total })}
      </p>
    </div>
  );
}
