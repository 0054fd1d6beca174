/**
 * Where the window goes as keyboard focus moves to an event (DetailView's arrows, Home, End):
 * the focused mark is shown whole, its focus ring included.
 */
import type { Interval } from "../data/dates";
import { windowShowing } from "../data/timeWindow";
import { FOCUS_RING } from "./laneGeometry";
import { type MarkKind, markExtent } from "./marks";

/**
 * `view` itself when the mark and its ring are inside it; the view panned by the fewest px that
 * bring them in when the mark is in view but its ring crosses an edge (End at 1280×800 focused a
 * diamond 4 px from the right edge, its ring cut: review 54); `windowShowing` when the event is
 * out of view. A mark wider than the view with its ring (a long span) is left as it is.
 */
export function focusWindow(
  view: Interval,
  kind: MarkKind,
  interval: Interval,
  width: number,
): Interval {
  if (interval.start >= view.end || interval.end <= view.start)
    return windowShowing(view, interval);
  const { x0, x1 } = markExtent(kind, interval, view, width);
  const left = x0 - FOCUS_RING;
  const right = x1 + FOCUS_RING;
  if (width <= 0 || right - left > width) return view;
  const shift = left < 0 ? left : right > width ? right - width : 0;
  if (Math.abs(shift) < 0.5) return view; // Not for floating point's crumbs.
  const ms = (shift / width) * (view.end - view.start);
  return { start: view.start + ms, end: view.end + ms };
}
