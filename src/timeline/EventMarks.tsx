import type { CSSProperties, FocusEvent, KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../store/appStore";
import type { PlacedLabel } from "./labelLayout";
import { cssColour } from "./laneColours";
import type { LaneGeometry } from "./laneGeometry";
import { labelTransform, markPlacement } from "./overlayStyle";
import type { MarkBox } from "./placeMarks";
import { kindOf, type TimelineModel } from "./timelineModel";
import type { EventText } from "./useEventText";

interface Props {
  model: TimelineModel;
  /** Time-ordered positions to draw as buttons. */
  positions: readonly number[];
  /** Where each is drawn (see placeMarks). */
  boxes: ReadonlyMap<number, MarkBox>;
  width: number;
  geometry: LaneGeometry;
  text: EventText;
  selected: number;
  /** The one button in the tab order (roving tabindex). */
  active: number;
  focusSet: ReadonlySet<number> | null;
  labels: readonly PlacedLabel[];
  onFocusEvent: (position: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLFieldSetElement>) => void;
  hintId: string;
}

/**
 * The events as buttons (the DOM path): each is focusable, named by its
 * title and date, pressed when selected. Labels are placed by
 * `layoutLabels` and hidden from assistive technology (the name says it).
 */
export function EventMarks(props: Props) {
  const { model, positions, width, geometry, text, selected, active, focusSet, labels } = props;
  const selectEvent = useAppStore((state) => state.selectEvent);
  const hoverEvent = useAppStore((state) => state.hoverEvent);
  const { t } = useTranslation();
  const { events } = model.index;
  const { laneOf } = model.spatial;

  const onFocus = (position: number) => (_: FocusEvent) => {
    props.onFocusEvent(position);
    const id = events[position]?.id;
    if (id) hoverEvent(id);
  };

  return (
    <>
      <fieldset
        className="tl-events"
        data-testid="timeline-events"
        aria-describedby={props.hintId}
        onKeyDown={props.onKeyDown}
      >
        <legend className="visually-hidden">{t("timeline.events")}</legend>
        {positions.map((position) => {
          const event = events[position];
          if (!event) return null;
          const lane = laneOf[position] ?? 0;
          const { kind, approximate } = kindOf(model, position);
          const box = props.boxes.get(position) ?? { x0: -100, x1: -100 };
          const isSelected = position === selected;
          const classes = ["tl-mark", `tl-mark--${kind}`];
          if (approximate) classes.push("is-approximate");
          if (isSelected) classes.push("is-selected");
          if (focusSet) classes.push(focusSet.has(position) ? "is-highlighted" : "is-dimmed");
          const style = {
            ...markPlacement(box, lane, geometry, width),
            height: `${geometry.markHeight}px`,
            "--mark-colour": cssColour(model.colourVars[lane] ?? "--lane-other"),
          } as CSSProperties;
          return (
            <button
              key={event.id}
              type="button"
              className={classes.join(" ")}
              style={style}
              data-position={position}
              data-event-id={event.id}
              aria-label={text.name(position)}
              aria-pressed={isSelected}
              tabIndex={position === active ? 0 : -1}
              onClick={() => selectEvent(event.id)}
              onFocus={onFocus(position)}
              onBlur={() => hoverEvent(null)}
              onPointerEnter={(pointer) => {
                // A drag pans: what passes under it is not hovered (as on the canvas).
                if (pointer.buttons === 0) hoverEvent(event.id);
              }}
              onPointerLeave={() => hoverEvent(null)}
            />
          );
        })}
      </fieldset>
      <div className="tl-labels" aria-hidden="true">
        {labels.map((label) => {
          const event = events[label.position];
          if (!event) return null;
          const classes = ["tl-label"];
          if (label.position === selected) classes.push("is-selected");
          if (focusSet && !focusSet.has(label.position)) classes.push("is-dimmed");
          return (
            <span
              key={event.id}
              className={classes.join(" ")}
              data-position={label.position}
              data-row={label.row}
              style={{
                transform: labelTransform(label.x, label.lane, label.row, geometry),
                maxWidth: `${label.width}px`,
              }}
            >
              {text.title(label.position)}
            </span>
          );
        })}
      </div>
    </>
  );
}
