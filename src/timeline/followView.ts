/**
 * Between React renders (a gesture over a dense view, see windowSource), the
 * few DOM elements anchored to events (pinned marks, their labels, the
 * tooltip) are moved to the live window here, with the same placement
 * functions React renders with.
 */
import { type RefObject, useEffect, useRef } from "react";
import type { Interval } from "../data/dates";
import type { LaneGeometry } from "./laneGeometry";
import { markExtent } from "./marks";
import {
  labelBeside,
  labelTransform,
  markPlacement,
  tooltipAnchor,
  tooltipLeft,
} from "./overlayStyle";
import { placeMarks } from "./placeMarks";
import { kindOf, type TimelineModel } from "./timelineModel";
import { onEachFrame, type WindowSource } from "./windowSource";

function positionOf(element: HTMLElement): number {
  const value = Number(element.dataset.position);
  return Number.isInteger(value) ? value : -1;
}

export function followView(
  surface: HTMLElement,
  model: TimelineModel,
  view: Interval,
  width: number,
  geometry: LaneGeometry,
  /** Per lane, px its name takes over the lane (detailLayout's laneNameWidths; narrow screens). */
  laneNameWidths: readonly number[] = [],
): void {
  const { laneOf } = model.spatial;
  // The tooltip first: its width is read before this frame's writes, so no layout is forced.
  const tooltip = surface.querySelector<HTMLElement>(".tl-tooltip[data-position]");
  const event = tooltip ? model.index.events[positionOf(tooltip)] : undefined;
  if (tooltip && event) {
    const box = markExtent(kindOf(model, event.order).kind, event.interval, view, width);
    const anchor = tooltipAnchor(box, width);
    tooltip.style.left = `${tooltipLeft(anchor, tooltip.offsetWidth, width)}px`;
  }
  const marks = Array.from(surface.querySelectorAll<HTMLElement>(".tl-mark[data-position]"));
  const positions = marks.map(positionOf);
  const boxes = placeMarks(model, positions, view, width);
  marks.forEach((mark, i) => {
    const position = positions[i] ?? -1;
    const box = boxes.get(position);
    if (!box) return;
    const row = Number(mark.dataset.row) || 0;
    const placement = markPlacement(box, laneOf[position] ?? 0, row, geometry, width);
    // Unchanged values are not written: a write costs a style pass.
    if (mark.style.transform !== placement.transform) mark.style.transform = placement.transform;
    if (mark.style.width !== placement.width) mark.style.width = placement.width;
  });
  for (const label of surface.querySelectorAll<HTMLElement>(".tl-label[data-position]")) {
    const position = positionOf(label);
    const box = boxes.get(position);
    if (!box) continue;
    const row = Number(label.dataset.row) || 0;
    // In dense views a pinned mark's label sits beside it (see pinnedLabels in detailLayout).
    const lane = laneOf[position] ?? 0;
    label.style.transform = labelTransform(
      labelBeside(box, laneNameWidths[lane]),
      lane,
      row,
      geometry,
    );
  }
}

/** In dense views, `followView` on every frame the live window moves (React places them when it renders). */
export function useFollowView(
  ref: RefObject<HTMLElement | null>,
  source: WindowSource,
  options: {
    model: TimelineModel;
    width: number;
    geometry: LaneGeometry;
    dense: boolean;
    laneNameWidths: readonly number[];
  },
): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(
    () =>
      onEachFrame(source, () => {
        const { model, width, geometry, dense, laneNameWidths } = latest.current;
        if (ref.current && dense)
          followView(ref.current, model, source.get(), width, geometry, laneNameWidths);
      }),
    [ref, source],
  );
}
