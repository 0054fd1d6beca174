import type { TFunction } from "i18next";
import { type CSSProperties, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { cssColour } from "./laneColours";
import type { LaneGeometry } from "./laneGeometry";
import { AXIS_HEIGHT, laneShown, STRIP_HEIGHT } from "./laneGeometry";
import {
  type FocusedName,
  LANE_LABEL_INSET_PX,
  LANE_LABEL_LINE_PX,
  laneLabelMaxWidth,
  laneLabelWholeWidth,
} from "./laneNameRoom";
import type { Lane } from "./lanes";
import type { StripLayout } from "./stripLayout";

/**
 * Lane bands, named periods' bands, the publication date's line and the
 * axis line: one decorative SVG behind the marks. The ticks move with every
 * gesture frame, so they are drawn on the canvas (drawAxis). Lanes that
 * scroll (lanesInView) show their bands between the strip and the axis only.
 */
export function TimeGrid(props: {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
  width: number;
  strip: StripLayout;
}) {
  const { lanes, geometry, width, strip } = props;
  const { laneTops, laneHeights, lanesHeight } = geometry;
  return (
    <svg className="tl-grid" width={width} height={lanesHeight + AXIS_HEIGHT} aria-hidden="true">
      {shownOrder(lanes, geometry).map(({ lane, i, nth }) => {
        const top = Math.max(laneTops[i] ?? 0, STRIP_HEIGHT);
        const bottom = Math.min((laneTops[i] ?? 0) + (laneHeights[i] ?? 0), lanesHeight);
        // Every other lane shown is shaded, as the gutter's names are (lanes a filter empties skipped).
        return nth % 2 === 1 && bottom > top ? (
          <rect
            key={lane.id}
            className="tl-band"
            x={0}
            y={top}
            width={width}
            height={bottom - top}
          />
        ) : null;
      })}
      {strip.shading.map((stretch) => (
        <rect
          key={stretch.x0}
          className={`tl-period-band tl-period-band--${stretch.shade}`}
          x={stretch.x0}
          y={0}
          width={stretch.x1 - stretch.x0}
          height={lanesHeight}
        />
      ))}
      {strip.bands.map((band) => (
        <rect
          key={band.id}
          className="tl-period-bar"
          x={band.x0}
          y={STRIP_HEIGHT - 2}
          width={Math.max(0, band.x1 - band.x0)}
          height={2}
        />
      ))}
      {strip.publishedX !== null && (
        <line
          className="tl-published-line"
          x1={strip.publishedX + 0.5}
          x2={strip.publishedX + 0.5}
          y1={0}
          y2={lanesHeight}
        />
      )}
      <line
        className="tl-axis-line"
        x1={0}
        x2={width}
        y1={lanesHeight + 0.5}
        y2={lanesHeight + 0.5}
      />
    </svg>
  );
}

/** The lanes that have rows (a filter may leave some none: laneShown), each with its index and its place among them. */
function shownOrder(lanes: readonly Lane[], geometry: LaneGeometry) {
  const shown: { lane: Lane; i: number; nth: number }[] = [];
  lanes.forEach((lane, i) => {
    if (laneShown(geometry, i)) shown.push({ lane, i, nth: shown.length });
  });
  return shown;
}

/**
 * A lane's tooltip (on a phone also its name to screen readers): its events, or how many of them
 * are shown while a filter or the search's "only matches" leaves some out.
 */
function laneTitle(t: TFunction, lane: Lane, shown: number | undefined): string {
  return shown === undefined || shown === lane.count
    ? t("timeline.laneTitle", { label: lane.label, count: lane.count })
    : t("timeline.laneTitleShown", { label: lane.label, shown, count: lane.count });
}

/**
 * Lane names at the start of each lane's first row, over the marks (narrow screens); a long one
 * is cut with an ellipsis to `laneLabelMaxWidth`, the room `detailLayout` keeps clear for it.
 * A phone shows no tooltip, so a tap on the name shows it whole (`laneLabelWholeWidth`) until the
 * next tap; where a dense view draws a mark under the tap, the mark takes it (useCanvasPointer's
 * hit-test, which says which name: `data-lane-id`). While a mark has the keyboard's focus its
 * lane's cut name shows whole beside it (`focused`; timeline.css, only for `:focus-visible`: a click
 * on a mark focuses it too). The gutter is hidden there, so this is the
 * lanes' list screen readers read, names whole; where the gutter shows, this one is hidden
 * (timeline.css): never both.
 */
export function LaneLabels(props: {
  lanes: readonly Lane[];
  /** Events each lane shows under a filter (`shownPerLane`); null: all. */
  shown: Uint32Array | null;
  geometry: LaneGeometry;
  colours: readonly string[];
  width: number;
  /** The lane whose name is shown whole, if any. */
  whole: string | null;
  /** The lane of the focused mark, if its name is cut, and where the name goes whole. */
  focused: { lane: number; name: FocusedName } | null;
  onFold: () => void;
}) {
  const { lanes, geometry, colours, width, whole, focused, onFold } = props;
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  // A press anywhere but on the name shown whole folds it (a press on it toggles it: the view's).
  useEffect(() => {
    if (whole === null) return;
    const fold = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (!list.current?.querySelector(".is-whole")?.contains(target)) onFold();
    };
    document.addEventListener("pointerdown", fold);
    return () => document.removeEventListener("pointerdown", fold);
  }, [whole, onFold]);
  const maxWidth = `${laneLabelMaxWidth(width)}px`;
  const wholeWidth = `${laneLabelWholeWidth(width)}px`;
  return (
    <ul ref={list} className="tl-lane-labels" aria-label={t("timeline.lanes")}>
      {shownOrder(lanes, geometry).map(({ lane, i }) => {
        const shown = whole === lane.id;
        const top = (geometry.laneTops[i] ?? 0) + geometry.markY - LANE_LABEL_LINE_PX / 2;
        const name = focused?.lane === i ? focused.name : null;
        // Beside a focused mark it is moved from its own place (`--focus-move`), which timeline.css
        // does only for a keyboard's focus.
        const style: Record<string, string | undefined> = {
          top: `${top}px`,
          "--name-width": shown ? wholeWidth : maxWidth,
          borderColor: colours[i],
        };
        if (name) {
          style["--focus-width"] = `${name.width}px`;
          style["--focus-move"] =
            `translate(${name.x - LANE_LABEL_INSET_PX}px, ${name.y - top}px)${name.up ? " translateY(-100%)" : ""}`;
        }
        return (
          <li
            key={lane.id}
            className={`tl-lane-label${shown ? " is-whole" : ""}${name ? " is-focus-lane" : ""}`}
            data-lane-id={lane.id}
            title={laneTitle(t, lane, props.shown?.[i])}
            style={style as CSSProperties}
          >
            {lane.label}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Lane names with their colours, in a gutter left of the lanes (wide screens), as wide as the
 * longest up to a cap (`gutterWidth`, set by DetailView), past which a name is cut with an ellipsis.
 * Lanes that scroll (lanesInView) scroll here too, shown between the strip's and the axis's heights.
 */
export function LaneGutter(props: {
  lanes: readonly Lane[];
  /** Events each lane shows under a filter (`shownPerLane`); null: all. */
  shown: Uint32Array | null;
  geometry: LaneGeometry;
  colourVars: readonly string[];
}) {
  const { lanes, shown, geometry, colourVars } = props;
  const { t } = useTranslation();
  return (
    <ul
      className="tl-gutter"
      aria-label={t("timeline.lanes")}
      style={{
        // DetailView's `--tl-gutter-width` (gutterWidth), its em of the gutter's font.
        flexBasis: "var(--tl-gutter-width)",
        paddingTop: `${STRIP_HEIGHT}px`,
        clipPath:
          geometry.scrollMax > 0 ? `inset(${STRIP_HEIGHT}px 0 ${AXIS_HEIGHT}px 0)` : undefined,
      }}
    >
      {shownOrder(lanes, geometry).map(({ lane, i, nth }) => (
        <li
          key={lane.id}
          className="tl-gutter-lane"
          title={laneTitle(t, lane, shown?.[i])}
          style={
            {
              height: `${geometry.laneHeights[i] ?? 0}px`,
              // Lanes that scroll start where lanesInView puts them (room for a ring above, less the scroll).
              marginTop:
                nth === 0 && geometry.scrollMax > 0
                  ? `${(geometry.laneTops[0] ?? STRIP_HEIGHT) - STRIP_HEIGHT}px`
                  : undefined,
              "--mark-colour": cssColour(colourVars[i] ?? "--lane-other"),
            } as CSSProperties
          }
        >
          <span className="tl-swatch" aria-hidden="true" />
          <span className="tl-gutter-name">{lane.label}</span>
        </li>
      ))}
    </ul>
  );
}
