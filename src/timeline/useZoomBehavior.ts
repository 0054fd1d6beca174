/**
 * d3-zoom on one element, the only node D3 owns in the detail view: wheel
 * and pinch zoom around the pointer, drag pans, double-click or double tap zooms
 * in (not a double tap on a mark: `doubleTapZooms`). A drag's vertical part goes to `onDragY` (lanes taller than the view scroll
 * with it, as a map follows the finger both ways). The
 * store's window drives d3's transform; d3's gestures write the window back.
 * A flag around our own `zoom.transform` keeps it from echoing (the
 * react-map-gl habit).
 */
import { select } from "d3-selection";
import { type ZoomBehavior, zoom, zoomIdentity, zoomTransform } from "d3-zoom";
import { type RefObject, useLayoutEffect, useRef } from "react";
import type { Interval } from "../data/dates";
import { sameWindow, span } from "../data/timeWindow";
import type { Press } from "./markHit";
import { transformToWindow, windowToTransform } from "./timeScale";
import type { WindowSource } from "./windowSource";

export interface Options {
  bounds: Interval;
  /** The shortest window to zoom to (the model's `minSpan`). */
  minSpan: number;
  width: number;
  height: number;
  source: WindowSource;
  onWindow: (window: Interval) => void;
  /** A one-finger or mouse drag moved down by `dy` px (up: negative). */
  onDragY?: (dy: number) => void;
  reducedMotion: boolean;
  /** Whether a press there takes a mark (useCanvasPointer's hit-test). */
  onMark?: (press: Press) => boolean;
  /** Inside another page (an embed): the page keeps its scroll (`leftToThePage`). */
  cooperative?: boolean;
}

/**
 * Inside another page (an embed), what that page's scroll needs, which d3-zoom must leave alone:
 * a wheel without Ctrl or ⌘ (it scrolls the page; Ctrl and a trackpad's pinch zoom) and a
 * one-finger touch (up and down it scrolls the page, `touch-action: pan-y`; sideways it pans, by
 * `panByOneFinger`). Two fingers pan and pinch as in the app. d3 took every swipe and every wheel
 * turn: a reader could not scroll an article past the embed (review 19).
 */
export function leftToThePage(event: {
  type: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  touches?: ArrayLike<unknown>;
}): boolean {
  if (event.type === "wheel") return !event.ctrlKey && !event.metaKey;
  if (event.type === "touchstart") return (event.touches?.length ?? 0) < 2;
  return false;
}

/** The y of a mouse or of one finger, from the event d3 is handling; null for a wheel, a pinch, our own moves. */
function pointerY(source: unknown): number | null {
  if (typeof TouchEvent !== "undefined" && source instanceof TouchEvent) {
    const touch = source.touches.length === 1 ? source.touches[0] : undefined;
    return touch ? touch.clientY : null;
  }
  if (source instanceof MouseEvent && source.type.startsWith("mouse")) return source.clientY;
  return null;
}

/**
 * Whether d3-zoom may act on `event`; false only for a double tap that should not zoom. d3 answers
 * a double tap itself (two taps within 500 ms and its tap distance, 10 px: it calls its dblclick
 * handler with the second touchend), and Chrome fires a dblclick of its own for two taps much
 * farther apart: a reader tapping from mark to mark had the view zoom. So a dblclick made by
 * touches (`pressedWith`, the pointerType of the last press: Chromium 150's dblclick is a
 * MouseEvent with none of its own) is left to d3's double tap, and that zooms only where the second
 * tap takes no mark (it selects one instead); on empty space it zooms, as on a map. A mouse's or
 * a pen's double-click zooms, even just after a touch on a touch-screen laptop.
 */
export function doubleTapZooms(
  event: { type: string; changedTouches?: ArrayLike<Press> },
  pressedWith: string,
  onMark: ((press: Press) => boolean) | undefined,
): boolean {
  if (event.type === "dblclick") return pressedWith !== "touch";
  if (event.type === "touchend") {
    const touch = event.changedTouches?.[0];
    return !(touch && onMark?.(touch));
  }
  return true;
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
    let lastY: number | null = null;
    let pressedWith = "";
    const onPointerDown = (event: PointerEvent) => {
      pressedWith = event.pointerType;
    };
    element.addEventListener("pointerdown", onPointerDown, { capture: true, passive: true });
    const behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        // d3's default: no ctrl-drag (a secondary click on macOS), no button but the main one.
        const mouse = event as MouseEvent;
        if ((mouse.ctrlKey && event.type !== "wheel") || mouse.button) return false;
        if (latest.current.cooperative && leftToThePage(event as TouchEvent)) return false;
        return doubleTapZooms(
          event as Event & { changedTouches?: TouchList },
          pressedWith,
          latest.current.onMark,
        );
      })
      .on("start", (event) => {
        lastY = pointerY(event.sourceEvent);
      })
      .on("zoom", (event) => {
        if (syncing.current) return;
        const { bounds: b, width: w, onWindow, onDragY } = latest.current;
        if (w > 0) onWindow(transformToWindow(event.transform, b, w));
        const y = pointerY(event.sourceEvent);
        if (y !== null && lastY !== null && y !== lastY) onDragY?.(y - lastY);
        lastY = y;
      })
      .on("end", () => {
        lastY = null;
      });
    behaviorRef.current = behavior;
    select(element).call(behavior);
    // An embed's one-finger pan: its code only where it is wanted (`oneFingerPan.ts`).
    let unpan: (() => void) | null = null;
    let detached = false;
    if (latest.current.cooperative) {
      void import("./oneFingerPan").then(({ panByOneFinger }) => {
        if (!detached) unpan = panByOneFinger(element, latest);
      });
    }
    return () => {
      detached = true;
      unpan?.();
      element.removeEventListener("pointerdown", onPointerDown, { capture: true });
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
