import { type RefObject, useLayoutEffect, useRef } from "react";
import { type LaneGeometry, scrollToShow } from "./laneGeometry";

interface Followed {
  /** Positions of the selected and the keyboard-focused event, or -1. */
  selected: number;
  focused: number;
  laneOf: ArrayLike<number>;
  rowOf: ReadonlyMap<number, number>;
}

/**
 * Keeps the row of the event last selected or focused (whichever changed last)
 * in the detail view when its lanes are taller than the view: a phone's lanes
 * area, short with the sheet open, scrolls to the selection (see
 * scrollToShow). The surface clips (`overflow: hidden`), so only this scrolls it.
 */
export function useLaneScroll(
  ref: RefObject<HTMLElement | null>,
  geometry: LaneGeometry,
  viewHeight: number,
  { selected, focused, laneOf, rowOf }: Followed,
): void {
  const followed = useRef(-1);
  useLayoutEffect(() => {
    followed.current = selected;
  }, [selected]);
  useLayoutEffect(() => {
    if (focused >= 0) followed.current = focused;
  }, [focused]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new selection or focus scrolls (read through `followed`)
  useLayoutEffect(() => {
    const surface = ref.current;
    if (!surface || viewHeight <= 0) return;
    const position = followed.current;
    const lane = position >= 0 ? (laneOf[position] ?? -1) : -1;
    const next = scrollToShow(
      geometry,
      lane,
      rowOf.get(position) ?? 0,
      viewHeight,
      surface.scrollTop,
    );
    if (next !== surface.scrollTop) surface.scrollTop = next;
  }, [ref, geometry, viewHeight, laneOf, rowOf, selected, focused]);
}
