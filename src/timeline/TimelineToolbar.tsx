import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { LaneKey } from "./lanes";
import { useElementSize } from "./useElementSize";
import { useMediaQuery } from "./useMediaQuery";

/** Narrower than this, the toolbar folds its legend as on a phone (the whole legend is ~480 px). */
const NARROW_TOOLBAR_PX = 560;

interface Props {
  laneKey: LaneKey;
  onLaneKey: (key: LaneKey) => void;
  onZoom: (direction: 1 | -1) => void;
  onReset: () => void;
  /** Frames every event. */
  onFitAll: () => void;
}

const SHAPES = [
  { kind: "point", label: "timeline.day" },
  { kind: "span", label: "timeline.span" },
  { kind: "period", label: "timeline.period" },
  { kind: "approximate", label: "timeline.approximate" },
  { kind: "density", label: "timeline.density" },
] as const;

/** The legend of shapes (lanes are named beside or on the lanes), the lane grouping, and zoom buttons. */
export function TimelineToolbar({ laneKey, onLaneKey, onZoom, onReset, onFitAll }: Props) {
  // Phones, and a timeline column as narrow (a phone held sideways), fold the legend away, so
  // the lanes keep their height.
  const toolbarRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(toolbarRef);
  const narrow = useMediaQuery("(max-width: 720px)") || (width > 0 && width < NARROW_TOOLBAR_PX);
  const { t } = useTranslation();
  const legend = (
    <ul className="tl-legend" aria-label={t("timeline.legend")}>
      {SHAPES.map((shape) => (
        <li key={shape.kind} className="tl-legend-item tl-legend-shape">
          <span className={`tl-key tl-key--${shape.kind}`} aria-hidden="true" />
          {t(shape.label)}
        </li>
      ))}
    </ul>
  );
  return (
    <div className={narrow ? "tl-toolbar is-narrow" : "tl-toolbar"} ref={toolbarRef}>
      {narrow ? (
        <details className="tl-legend-box">
          <summary>{t("timeline.legend")}</summary>
          {legend}
        </details>
      ) : (
        legend
      )}
      <div className="tl-controls">
        <label className="tl-lane-key">
          <span>{t("timeline.lanes")}</span>
          <select
            name="lanes"
            value={laneKey}
            onChange={(event) => onLaneKey(event.target.value as LaneKey)}
          >
            <option value="actors">{t("timeline.byActor")}</option>
            <option value="tags">{t("timeline.byTopic")}</option>
          </select>
        </label>
        <button
          type="button"
          className="tl-zoom-button"
          onClick={() => onZoom(1)}
          aria-label={t("timeline.zoomIn")}
        >
          +
        </button>
        <button
          type="button"
          className="tl-zoom-button"
          onClick={() => onZoom(-1)}
          aria-label={t("timeline.zoomOut")}
        >
          −
        </button>
        <button type="button" className="tl-zoom-button" onClick={onFitAll}>
          {t("timeline.fitAll")}
        </button>
        <button type="button" className="tl-zoom-button" onClick={onReset}>
          {t("timeline.reset")}
        </button>
      </div>
    </div>
  );
}
