/**
 * The overview's brush as a slider (WAI-ARIA's slider pattern), whose value
 * is where the window starts: the arrows move the window by a tenth of its
 * span, Shift with an arrow or Page Up/Down by the whole span, Home and End to
 * the start and the end of the overview. The span is kept.
 */
import type { Interval } from "../data/dates";
import { clampWindow, span } from "../data/timeWindow";

/** Fraction of the window's span one arrow press moves it. */
export const BRUSH_STEP = 0.1;

/** The window a key pressed on the brush moves to, inside `bounds`; null for a key it leaves alone. */
export function brushKeyWindow(
  key: string,
  shift: boolean,
  window: Interval,
  bounds: Interval,
): Interval | null {
  const width = span(window);
  const step = shift ? width : width * BRUSH_STEP;
  let start: number;
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      start = window.start + step;
      break;
    case "ArrowLeft":
    case "ArrowDown":
      start = window.start - step;
      break;
    case "PageUp":
      start = window.start + width;
      break;
    case "PageDown":
      start = window.start - width;
      break;
    case "Home":
      start = bounds.start;
      break;
    case "End":
      start = bounds.end - width;
      break;
    default:
      return null;
  }
  return clampWindow({ start, end: start + width }, bounds, width);
}

/** The slider's range and value (milliseconds): the window's start, from the first to the last it can take. */
export function brushValue(
  window: Interval,
  bounds: Interval,
): { min: number; max: number; now: number } {
  const min = Math.round(bounds.start);
  const max = Math.max(min, Math.round(bounds.end - span(window)));
  return { min, max, now: Math.min(Math.max(Math.round(window.start), min), max) };
}
