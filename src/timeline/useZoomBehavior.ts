/**
 * d3-zoom on one element, the only node D3 owns in the detail view: wheel
 * and pinch zoom around the pointer, drag pans, double-click zooms in. The
 * store's window drives d3's transform; d3's gestures write the window back.
 * A flag around our own `zoom.transform` keeps it from echoing (the
 * react-map-gl habit).
 */
import { select } from "d3-selection";
import { type ZoomBehavior, zoom, zoomIdentity, zoomTransform } from "d3-zoom";
import { type RefObject, useLayoutEffect, useRef } from "react";
import type { Interval } from "../data/dates";
import { sameWindow, span } from "../data/timeWindow";
import { transformToWindow, windowToTransform } from "./timeScale";
import type { WindowSource } from "./windowSource";

interface Options {
  bounds: Interval;
  /** The shortest window to zoom to (the model's `minSpan`). */
  minSpan: number;
  width: number;
  height: number;
  source: WindowSource;
  onWindow: (window: Interval) => void;
  reducedMotion: boolean;
}

export function useZoomBehavior(ref: RefObject<HTMLElement | null>, options: Options): void {
  const { bounds, minSpan, width, height, source, reducedMotion } = options;
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const syncing = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  // Attach before the sync below runs, on the first commit too.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const behavior = zoom<HTMLElement, unknown>().on("zoom", (event) => {
      if (syncing.current) return;
      const { bounds: b, width: w, onWindow } = latest.current;
      if (w > 0) onWindow(transformToWindow(event.transform, b, w));
    });
    behaviorRef.current = behavior;
    select(element).call(behavior);
    return () => {
      select(element).on(".zoom", null);
      behaviorRef.current = null;
    };
  }, [ref]);

  useLayoutEffect(() => {
    const element = ref.current;
    const behavior = behaviorRef.current;
    if (!element || !behavior || width <= 0) return;
    const size: [[number, number], [number, number]] = [
      [0, 0],
      [width, Math.max(1, height)],
    ];
    behavior
      .extent(size)
      .translateExtent(size)
      .scaleExtent([1, Math.max(1, span(bounds) / minSpan)])
      .duration(reducedMotion ? 0 : 250);
    const sync = (window: Interval) => {
      const current = transformToWindow(zoomTransform(element), bounds, width);
      if (sameWindow(current, window)) return;
      const wanted = windowToTransform(window, bounds, width);
      syncing.current = true;
      try {
        behavior.transform(select(element), zoomIdentity.translate(wanted.x, 0).scale(wanted.k));
      } finally {
        syncing.current = false;
      }
    };
    sync(source.get());
    return source.subscribe(sync);
  }, [ref, bounds, minSpan, width, height, source, reducedMotion]);
}
