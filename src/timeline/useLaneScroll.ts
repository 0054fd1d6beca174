import { useLayoutEffect, useRef } from "react";
import { type LaneGeometry, scrollToShow } from "./laneGeometry";

interface Followed {
  /** Positions of the selected and the keyboard-focused event, or -1. */
  selected: number;
  focused: number;
  /**
   * A new value each time a mark takes the focus, the same mark again too: Tab back to a mark
   * whose row was dragged out of view (its position did not change) brings it back.
   */
  focusTaken: unknown;
  laneOf: ArrayLike<number>;
  rowOf: ReadonlyMap<number, number>;
}

/**
 * Keeps the row of the event last selected or focused (whichever changed last)
 * on the lanes' visible part when they are taller than the view: a phone's
 * lanes area, short with the sheet open, scrolls to the selection, and a
 * focused mark's row comes into view with room for its ring (see
 * scrollToShow, lanesInView). `geometry` is laneGeometry's, unscrolled;
 * `scroll` the lanes' scroll now, which `setScroll` changes. It follows a new
 * selection, each focus taken or a new view height, not every render: a
 * reader who dragged the lanes elsewhere is not pulled back while the window
 * pans.
 */
export function useLaneScroll(
  geometry: LaneGeometry,
  viewHeight: number,
  scroll: number,
  setScroll: (scroll: number) => void,
  { selected, focused, focusTaken, laneOf, rowOf }: Followed,
): void {
  const followed = useRef(-1);
  const latest = useRef({ geometry, scroll, laneOf, rowOf, setScroll });
  latest.current = { geometry, scroll, laneOf, rowOf, setScroll };
  useLayoutEffect(() => {
    followed.current = selected;
  }, [selected]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each focus taken, not only a new position
  useLayoutEffect(() => {
    if (focused >= 0) followed.current = focused;
  }, [focused, focusTaken]);
  // Where the lanes begin and end: a lane that gains or loses a row moves the followed one.
  const lanes = `${geometry.laneTops.join(" ")} ${geometry.lanesHeight}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new selection, focus, view height or lanes' layout scrolls (the rest read through `latest`)
  useLayoutEffect(() => {
    if (viewHeight <= 0) return;
    const { geometry: g, scroll: current, laneOf: lanesOf, rowOf: rows } = latest.current;
    const position = followed.current;
    const lane = position >= 0 ? (lanesOf[position] ?? -1) : -1;
    const next = scrollToShow(g, lane, rows.get(position) ?? 0, viewHeight, current);
    if (next !== current) latest.current.setScroll(next);
  }, [lanes, viewHeight, selected, focused, focusTaken]);
}
