import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { cssColour } from "./laneColours";
import type { LaneGeometry } from "./laneGeometry";
import { AXIS_HEIGHT } from "./laneGeometry";
import type { Lane } from "./lanes";

/**
 * Lane bands and the axis line: one decorative SVG behind the marks. The
 * ticks move with every gesture frame, so they are drawn on the canvas
 * (drawAxis).
 */
export function TimeGrid(props: { lanes: readonly Lane[]; geometry: LaneGeometry; width: number }) {
  const { lanes, geometry, width } = props;
  const { laneHeight, lanesHeight } = geometry;
  return (
    <svg className="tl-grid" width={width} height={lanesHeight + AXIS_HEIGHT} aria-hidden="true">
      {lanes.map((lane, i) =>
        i % 2 === 1 ? (
          <rect
            key={lane.id}
            className="tl-band"
            x={0}
            y={i * laneHeight}
            width={width}
            height={laneHeight}
          />
        ) : null,
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

/** Lane names at the left of each lane, over the marks. */
export function LaneLabels(props: {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
  colours: readonly string[];
}) {
  const { lanes, geometry, colours } = props;
  return (
    <div className="tl-lane-labels" aria-hidden="true">
      {lanes.map((lane, i) => (
        <span
          key={lane.id}
          className="tl-lane-label"
          style={{
            top: `${i * geometry.laneHeight + (geometry.labelRowsY.at(-1) ?? 0)}px`,
            borderColor: colours[i],
          }}
        >
          {lane.label}
        </span>
      ))}
    </div>
  );
}

/** Lane names with their colours, in a gutter left of the lanes (wide screens). */
export function LaneGutter(props: {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
  colourVars: readonly string[];
}) {
  const { lanes, geometry, colourVars } = props;
  const { t } = useTranslation();
  return (
    <ul className="tl-gutter" aria-label={t("timeline.lanes")}>
      {lanes.map((lane, i) => (
        <li
          key={lane.id}
          className="tl-gutter-lane"
          title={t("timeline.laneTitle", { label: lane.label, count: lane.count })}
          style={
            {
              height: `${geometry.laneHeight}px`,
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
