import { useLayoutEffect, useRef } from "react";
import "./hoverTooltip.css";
import { formatEventDateIn } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { type LaneGeometry, onLanes, rowMiddle } from "./laneGeometry";
import { markExtent } from "./marks";
import { tooltipAnchor, tooltipBelow, tooltipLeft, tooltipTop } from "./overlayStyle";
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
  /** The view's height: the tooltip goes above or below its mark to lie whole in it. */
  height: number;
  geometry: LaneGeometry;
  text: EventText;
  /** Sub-row of each drawn event. */
  rowOf: ReadonlyMap<number, number>;
  /** Told its measured height (the focused lane name goes on the side away from it). */
  onHeight?: (position: number, height: number) => void;
}) {
  const { model, source, width, height, geometry, text, rowOf, onHeight } = props;
  const hovered = useAppStore((state) => state.hoveredEventId);
  const lang = useLanguage();
  const tip = useRef<HTMLDivElement>(null);
  // Kept whole in the view by its own size, known once rendered (and before it is painted).
  useLayoutEffect(() => {
    const element = tip.current;
    if (!element) return;
    const { offsetWidth, offsetHeight } = element;
    const middle = Number(element.dataset.middle);
    const below = tooltipBelow(middle, geometry.markHeight, offsetHeight, height);
    element.style.left = `${tooltipLeft(Number(element.dataset.anchor), offsetWidth, width)}px`;
    element.style.top = `${tooltipTop(middle, geometry.markHeight, offsetHeight, below)}px`;
    onHeight?.(Number(element.dataset.position), offsetHeight);
  });
  const view = source.get();
  const event = hovered ? model.index.byId.get(hovered) : undefined;
  if (!event || event.interval.end <= view.start || event.interval.start >= view.end) return null;
  const position = event.order;
  const { kind } = kindOf(model, position);
  const anchor = tooltipAnchor(markExtent(kind, event.interval, view, width), width);
  const lane = model.spatial.laneOf[position] ?? 0;
  const middle = rowMiddle(geometry, lane, rowOf.get(position) ?? 0);
  // Its row scrolled under the strip or the axis (lanesInView): no tooltip pointing at nothing.
  if (geometry.scrollMax > 0 && !onLanes(middle, geometry)) return null;
  return (
    <div
      ref={tip}
      className="tl-tooltip"
      role="tooltip"
      data-testid="timeline-tooltip"
      data-position={position}
      data-anchor={anchor}
      data-middle={middle}
    >
      <span className="tl-tooltip-title">{text.title(position)}</span>
      <span className="tl-tooltip-date">{formatEventDateIn(event, lang)}</span>
    </div>
  );
}
