import type { RefObject } from "react";
import type { Interval } from "../data/dates";
import { span } from "../data/timeWindow";
import type { Options } from "./useZoomBehavior";

/** Sideways movement (px) past which one finger pans an embed's timeline: less is a tap. */
const PAN_FROM_PX = 6;

/** `start` moved by a finger's `dx` px over a view `width` px wide (right: earlier). */
export function pannedWindow(start: Interval, dx: number, width: number): Interval {
  const shift = (-dx / width) * span(start);
  return { start: start.start + shift, end: start.end + shift };
}

/**
 * An embed's one-finger sideways pan (`leftToThePage`): pointer events, which the browser stops
 * (pointercancel) once it takes a vertical swipe to scroll the page. A second finger ends it: d3
 * pans and pinches with two.
 */
export function panByOneFinger(element: HTMLElement, latest: RefObject<Options>): () => void {
  let pan: { id: number; x: number; window: Interval; moving: boolean } | null = null;
  const down = (event: PointerEvent) => {
    pan =
      event.pointerType === "touch" && event.isPrimary
        ? {
            id: event.pointerId,
            x: event.clientX,
            window: latest.current.source.get(),
            moving: false,
          }
        : null;
  };
  const move = (event: PointerEvent) => {
    if (!pan || event.pointerId !== pan.id) return;
    const dx = event.clientX - pan.x;
    pan.moving ||= Math.abs(dx) >= PAN_FROM_PX;
    const { width, onWindow } = latest.current;
    if (pan.moving && width > 0) onWindow(pannedWindow(pan.window, dx, width));
  };
  const end = (event: PointerEvent) => {
    if (pan?.id === event.pointerId) pan = null;
  };
  const listeners = [
    ["pointerdown", down],
    ["pointermove", move],
    ["pointerup", end],
    ["pointercancel", end],
  ] as const;
  for (const [type, listener] of listeners) element.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) element.removeEventListener(type, listener);
  };
}
