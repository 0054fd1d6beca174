import { useLayoutEffect, useRef } from "react";
import { formatEventDateIn } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { type LaneGeometry, onLanes, rowMiddle } from "./laneGeometry";
import { markExtent } from "./marks";
import { tooltipAnchor, tooltipBelow, tooltipLeft } from "./overlayStyle";
import { kindOf, type TimelineModel } from "./timelineModel";
import type { EventText } from "./useEventText";
import type { WindowSource } from "./windowSource";

/**
 * Title and date of the hovered event (hovered here, focused, or hovered in
 * another view), next to its mark. It reads the hovered id through its own
 * narrow selector, so hovering re-renders only this.
 */
export function HoverTooltip(props: {
  model: TimelineModel;
  /** Placed in the live window, as followView moves it (see windowSource). */
  source: WindowSource;
  width: number;
  geometry: LaneGeometry;
  text: EventText;
  /** Sub-row of each drawn event. */
  rowOf: ReadonlyMap<number, number>;
}) {
  const { model, source, width, geometry, text, rowOf } = props;
  const hovered = useAppStore((state) => state.hoveredEventId);
  const lang = useLanguage();
  const tip = useRef<HTMLDivElement>(null);
  // Kept whole in the view by its own width, known once rendered (and before it is painted).
  useLayoutEffect(() => {
    const element = tip.current;
    if (element)
      element.style.left = `${tooltipLeft(Number(element.dataset.anchor), element.offsetWidth, width)}px`;
  });
  const view = source.get();
  const event = hovered ? model.index.byId.get(hovered) : undefined;
  if (!event || event.interval.end <= view.start || event.interval.start >= view.end) return null;
  const position = event.order;
  const { kind } = kindOf(model, position);
  const anchor = tooltipAnchor(markExtent(kind, event.interval, view, width), width);
  const lane = model.spatial.laneOf[position] ?? 0;
  // Above the mark where a two-line tooltip fits, below it otherwise (the surface clips).
  const middle = rowMiddle(geometry, lane, rowOf.get(position) ?? 0);
  // Its row scrolled under the strip or the axis (lanesInView): no tooltip pointing at nothing.
  if (geometry.scrollMax > 0 && !onLanes(middle, geometry)) return null;
  const below = tooltipBelow(middle, geometry.markHeight);
  const y = below ? middle + geometry.markHeight : middle - geometry.markHeight;
  return (
    <div
      ref={tip}
      className={below ? "tl-tooltip is-below" : "tl-tooltip"}
      role="tooltip"
      data-testid="timeline-tooltip"
      data-position={position}
      data-anchor={anchor}
      style={{ top: `${y}px` }}
    >
      <span className="tl-tooltip-title">{text.title(position)}</span>
      <span className="tl-tooltip-date">{formatEventDateIn(event, lang)}</span>
    </div>
  );
}
