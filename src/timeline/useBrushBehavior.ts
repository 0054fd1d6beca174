/**
 * d3-brush on the overview strip's one <g> (the only node D3 owns there): it
 * shows the detail window and sets it. Dragging the selection pans (the span
 * is kept, even when the selection is drawn wider than the window so it stays
 * grabbable); dragging an edge or a new stretch sets the window; a click
 * without a drag centres the window there. The settled window drives
 * `brush.move` under a flag, so our own moves do not echo: in a dense view
 * the brush catches up when a gesture pauses, and costs those frames nothing.
 * Gestures read the live window (`source`).
 */
import { type BrushBehavior, brushX, type D3BrushEvent } from "d3-brush";
import { pointer, select } from "d3-selection";
import { type RefObject, useCallback, useLayoutEffect, useRef } from "react";
import type { Interval } from "../data/dates";
import { span } from "../data/timeWindow";
import { timeToX, xToTime } from "./timeScale";
import type { WindowSource } from "./windowSource";

/** The selection is never drawn narrower than this, so a one-day window can still be grabbed. */
export const MIN_BRUSH_PX = 12;

interface Options {
  bounds: Interval;
  width: number;
  height: number;
  /** The settled window, which the brush shows. */
  window: Interval;
  /** The live window, which gestures start from. */
  source: WindowSource;
  onWindow: (window: Interval) => void;
  handleSize: number;
}

/** Pixel selection drawn for a window: at least MIN_BRUSH_PX wide, centred on the window. */
export function brushSelection(
  window: Interval,
  bounds: Interval,
  width: number,
): [number, number] {
  const x0 = Math.max(0, timeToX(bounds, width, window.start));
  const x1 = Math.min(width, timeToX(bounds, width, window.end));
  if (x1 - x0 >= MIN_BRUSH_PX) return [x0, x1];
  const middle = Math.min(Math.max((x0 + x1) / 2, MIN_BRUSH_PX / 2), width - MIN_BRUSH_PX / 2);
  return [middle - MIN_BRUSH_PX / 2, middle + MIN_BRUSH_PX / 2];
}

/** Window for a brushed selection: a drag keeps the current span and moves its middle. */
export function windowFromBrush(
  selection: [number, number],
  mode: "drag" | "space" | "handle" | "center" | undefined,
  current: Interval,
  bounds: Interval,
  width: number,
): Interval {
  const start = xToTime(bounds, width, selection[0]);
  const end = xToTime(bounds, width, selection[1]);
  if (mode === "drag" || mode === "space") {
    const middle = (start + end) / 2;
    return { start: middle - span(current) / 2, end: middle + span(current) / 2 };
  }
  return { start, end };
}

export function useBrushBehavior(ref: RefObject<SVGGElement | null>, options: Options): void {
  const { bounds, width, height, window, handleSize } = options;
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const syncing = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  // Attach before the sync below runs, on the first commit too.
  useLayoutEffect(() => {
    const g = ref.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .on("brush", (event: D3BrushEvent<unknown>) => {
        if (syncing.current || !event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        if (!selection) return;
        const { bounds: b, width: w, source: s, onWindow } = latest.current;
        onWindow(windowFromBrush(selection, event.mode, s.get(), b, w));
      })
      .on("end", (event: D3BrushEvent<unknown>) => {
        if (syncing.current || !event.sourceEvent) return;
        const { bounds: b, width: w, source: s, onWindow } = latest.current;
        if (event.selection) return;
        const current = s.get();
        // A click without a drag: centre the window on the clicked time.
        // A tap's `touchend` has no coordinates of its own, only its lifted touch (review 33 F1:
        // d3 read NaN and threw, and the window's box was gone until the next change).
        const [x] = pointer(event.sourceEvent.changedTouches?.[0] ?? event.sourceEvent, g);
        const middle = xToTime(b, w, x);
        onWindow({ start: middle - span(current) / 2, end: middle + span(current) / 2 });
        // d3 cleared its selection; draw the (possibly unchanged) window again.
        requestAnimationFrame(() => {
          const now = latest.current;
          if (!brushRef.current || now.width <= 0) return;
          syncing.current = true;
          try {
            select(g).call(
              brushRef.current.move,
              brushSelection(now.source.get(), now.bounds, now.width),
            );
          } finally {
            syncing.current = false;
          }
        });
      });
    brushRef.current = brush;
    select(g).call(brush);
    return () => {
      select(g).on(".brush", null);
      brushRef.current = null;
    };
  }, [ref]);

  /** Draws the selection for the settled window, under the flag that keeps it from echoing. */
  const showWindow = useCallback(
    (window: Interval, bounds: Interval, width: number) => {
      const g = ref.current;
      const brush = brushRef.current;
      if (!g || !brush || width <= 0) return;
      syncing.current = true;
      try {
        select(g).call(brush.move, brushSelection(window, bounds, width));
      } finally {
        syncing.current = false;
      }
    },
    [ref],
  );

  // Re-applying the brush rebuilds its overlay and handles: only when its size
  // changes. The selection is kept in pixels, so it is drawn again for the new size.
  useLayoutEffect(() => {
    const g = ref.current;
    const brush = brushRef.current;
    if (!g || !brush || width <= 0) return;
    brush.extent([
      [0, 0],
      [width, height],
    ]);
    brush.handleSize(handleSize);
    select(g).call(brush);
    showWindow(latest.current.window, latest.current.bounds, width);
  }, [ref, width, height, handleSize, showWindow]);

  // A new window only moves the selection.
  useLayoutEffect(() => showWindow(window, bounds, width), [showWindow, window, bounds, width]);
}
