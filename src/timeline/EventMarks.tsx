import type { CSSProperties, FocusEvent, KeyboardEvent, MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Interval } from "../data/dates";
import { t as translate } from "../i18n/i18n";
import type { Language } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import type { MarkGroup } from "./detailLayout";
import { groupDates } from "./groupDates";
import { cssColour, inkOf } from "./laneColours";
import type { LaneGeometry } from "./laneGeometry";
import { labelTransform, markPlacement } from "./overlayStyle";
import type { MarkBox } from "./placeMarks";
import type { RowLabel } from "./rowLabels";
import { kindOf, type TimelineModel } from "./timelineModel";
import type { EventText } from "./useEventText";

interface Props {
  model: TimelineModel;
  /** Time-ordered positions to draw as buttons. */
  positions: readonly number[];
  /** Where each is drawn (see placeMarks), and in which sub-row of its lane. */
  boxes: ReadonlyMap<number, MarkBox>;
  rowOf: ReadonlyMap<number, number>;
  /** Events drawn as one count, which zooms in on them. */
  groups: readonly MarkGroup[];
  width: number;
  geometry: LaneGeometry;
  text: EventText;
  selected: number;
  /** The one button in the tab order (roving tabindex). */
  active: number;
  focusSet: ReadonlySet<number> | null;
  labels: readonly RowLabel[];
  onFocusEvent: (position: number) => void;
  /** Frames an interval (a group's events), with focus on `first` of them. */
  onZoomTo?: (interval: Interval, first?: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLFieldSetElement>) => void;
  hintId: string;
}

/** Only a click from the keyboard (Enter, Space): pointer clicks go through the surface's one hit-test. */
function fromKeyboard(event: MouseEvent): boolean {
  return event.detail === 0;
}

function groupName(model: TimelineModel, group: MarkGroup, lang: Language): string {
  const dates = groupDates(
    group.positions.map((p) => model.index.events[p]),
    lang,
  );
  // Not "zoom in": that is the name of the toolbar's button.
  return translate("timeline.group", { count: group.positions.length, dates });
}

/**
 * A count's classes: under a selected place, outlined when it holds one of the place's events and
 * dimmed when it holds none, as the events drawn one by one (two of Moscow's six events, in counts
 * of two, were in neither).
 */
function groupClasses(group: MarkGroup, focusSet: ReadonlySet<number> | null): string {
  if (!focusSet) return "tl-mark tl-group";
  const held = group.positions.some((position) => focusSet.has(position));
  return `tl-mark tl-group ${held ? "is-highlighted" : "is-dimmed"}`;
}

/**
 * The events as buttons (the DOM path): each is focusable, named by its
 * title and date, pressed when selected; events too many for their lane's
 * rows as a count that zooms in. Labels are placed by `rowLabels` and hidden
 * from assistive technology (the name says it). Pointer input is the
 * surface's (useCanvasPointer): one hit-test for hover, click and tap.
 */
export function EventMarks(props: Props) {
  const { model, positions, width, geometry, text, selected, active, focusSet, labels } = props;
  const { rowOf, groups, onZoomTo } = props;
  const selectEvent = useAppStore((state) => state.selectEvent);
  const hoverEvent = useAppStore((state) => state.hoverEvent);
  const { t } = useTranslation();
  const lang = useLanguage();
  const { events } = model.index;
  const { laneOf } = model.spatial;

  const onFocus = (position: number) => (focus: FocusEvent<HTMLButtonElement>) => {
    props.onFocusEvent(position);
    // The tooltip goes with the keyboard's focus (its ring), not a tap's or a click's: on a touch
    // screen no hover would end it, and it stayed over the lanes above the tapped mark, naming what
    // the details then show. A mouse shows it by hovering (useCanvasPointer).
    const id = events[position]?.id;
    if (id && focus.currentTarget.matches(":focus-visible")) hoverEvent(id);
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
          const row = rowOf.get(position) ?? 0;
          const style = {
            ...markPlacement(box, lane, row, geometry, width),
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
              data-row={row}
              data-event-id={event.id}
              aria-label={text.name(position)}
              aria-pressed={isSelected}
              tabIndex={position === active ? 0 : -1}
              onClick={(click) => {
                if (fromKeyboard(click)) selectEvent(event.id);
              }}
              onFocus={onFocus(position)}
              onBlur={() => hoverEvent(null)}
            />
          );
        })}
        {groups.map((group) => {
          const style = {
            ...markPlacement(group.box, group.lane, group.row, geometry, width),
            height: `${geometry.markHeight}px`,
            "--mark-colour": cssColour(model.colourVars[group.lane] ?? "--lane-other"),
            "--mark-ink": cssColour(inkOf(model.colourVars[group.lane] ?? "--lane-other")),
          } as CSSProperties;
          return (
            <button
              key={`group-${group.positions[0]}`}
              type="button"
              className={groupClasses(group, focusSet)}
              style={style}
              data-group={group.positions.join(" ")}
              data-row={group.row}
              aria-label={groupName(model, group, lang)}
              tabIndex={-1}
              onClick={(click) => {
                // Focus goes to the first of them: the count, pressed, is gone (review 25).
                if (fromKeyboard(click)) onZoomTo?.(group.interval, group.positions[0]);
              }}
            >
              {group.positions.length}
            </button>
          );
        })}
      </fieldset>
      <div className="tl-labels" aria-hidden="true">
        {labels.map((label) => {
          const event = events[label.position];
          if (!event) return null;
          const classes = ["tl-label", `is-${label.placement}`];
          if (label.placement === "inside" && kindOf(model, label.position).kind === "span")
            classes.push("is-on-bar");
          if (label.position === selected) classes.push("is-selected");
          if (label.stopOnly) classes.push("is-stop-only");
          if (focusSet && !focusSet.has(label.position)) classes.push("is-dimmed");
          return (
            <span
              key={event.id}
              className={classes.join(" ")}
              data-position={label.position}
              data-row={label.row}
              data-placement={label.placement}
              style={{
                transform: labelTransform(label.x, label.lane, label.row, geometry),
                // A label left of its mark ends at the mark, whatever its text's true width.
                ...(label.placement === "left"
                  ? { width: `${label.width}px` }
                  : { maxWidth: `${label.width}px` }),
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
