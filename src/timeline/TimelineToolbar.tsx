import type { LaneKey } from "./lanes";
import { useMediaQuery } from "./useMediaQuery";

interface Props {
  laneKey: LaneKey;
  onLaneKey: (key: LaneKey) => void;
  onZoom: (direction: 1 | -1) => void;
  onReset: () => void;
  /** Frames every event. */
  onFitAll: () => void;
}

const SHAPES = [
  { kind: "point", label: "Day" },
  { kind: "span", label: "Span" },
  { kind: "period", label: "Month or year" },
  { kind: "approximate", label: "Approximate" },
  { kind: "density", label: "Many events" },
] as const;

/** The legend of shapes (lanes are named beside or on the lanes), the lane grouping, and zoom buttons. */
export function TimelineToolbar({ laneKey, onLaneKey, onZoom, onReset, onFitAll }: Props) {
  // Phones fold the legend away, so the lanes keep their height.
  const narrow = useMediaQuery("(max-width: 720px)");
  const legend = (
    <ul className="tl-legend" aria-label="Legend">
      {SHAPES.map((shape) => (
        <li key={shape.kind} className="tl-legend-item tl-legend-shape">
          <span className={`tl-key tl-key--${shape.kind}`} aria-hidden="true" />
          {shape.label}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="tl-toolbar">
      {narrow ? (
        <details className="tl-legend-box">
          <summary>Legend</summary>
          {legend}
        </details>
      ) : (
        legend
      )}
      <div className="tl-controls">
        <label className="tl-lane-key">
          <span>Lanes</span>
          <select value={laneKey} onChange={(event) => onLaneKey(event.target.value as LaneKey)}>
            <option value="actors">by actor</option>
            <option value="tags">by topic</option>
          </select>
        </label>
        <button
          type="button"
          className="tl-zoom-button"
          onClick={() => onZoom(1)}
          aria-label="Zoom in"
        >
          +
        </button>
        <button
          type="button"
          className="tl-zoom-button"
          onClick={() => onZoom(-1)}
          aria-label="Zoom out"
        >
          −
        </button>
        <button type="button" className="tl-zoom-button" onClick={onFitAll}>
          Fit all
        </button>
        <button type="button" className="tl-zoom-button" onClick={onReset}>
          Reset
        </button>
      </div>
    </div>
  );
}
