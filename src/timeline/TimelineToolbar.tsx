import { type RefObject, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PHONE_LAYOUT } from "../ui/layoutQueries";
import { ToolbarIcon } from "../ui/ToolbarIcon";
import type { LaneKey } from "./lanes";
import { rowWidth, type ToolbarFold, type ToolbarRow, toolbarFold } from "./toolbarFold";
import { useElementSize } from "./useElementSize";
import { useCoarsePointer, useMediaQuery } from "./useMediaQuery";
import { useRemeasureOnFonts } from "./useRemeasureOnFonts";

/** Narrower than this, the toolbar folds its legend as on a phone (the whole legend is ~480 px). */
const NARROW_TOOLBAR_PX = 560;

/** Icons of Fit all (out to both edges) and Reset (back round), shown when the toolbar folds. */
const FIT_ALL_ICON = "M2 5h2v14H2zM20 5h2v14h-2zM6 12l4-4v3h4V8l4 4-4 4v-3h-4v3z";
const RESET_ICON = "M12 5V2L7 6l5 4V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z";

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

/** The narrow toolbar's unfolded row, measured (null before it is laid out). */
function measureRow(toolbar: HTMLElement): ToolbarRow | null {
  const legend = toolbar.querySelector<HTMLElement>(".tl-legend-box");
  const controls = toolbar.querySelector<HTMLElement>(".tl-controls");
  const laneKey = controls?.querySelector<HTMLElement>(".tl-lane-key");
  if (!legend || !controls || !laneKey) return null;
  const px = (value: string) => Number.parseFloat(value) || 0;
  const width = (element: Element) => element.getBoundingClientRect().width;
  const outer = getComputedStyle(toolbar);
  const gap = px(getComputedStyle(controls).columnGap);
  const items = rowWidth(Array.from(controls.children, width), gap, 0);
  return {
    width: rowWidth(
      [width(legend), items],
      px(outer.columnGap),
      px(outer.paddingLeft) + px(outer.paddingRight),
    ),
    laneKey: width(laneKey),
    gap,
  };
}

const sameRow = (a: ToolbarRow, b: ToolbarRow) =>
  a.width === b.width && a.laneKey === b.laneKey && a.gap === b.gap;

/**
 * How far the narrow toolbar folds (toolbarFold), from its unfolded row as
 * measured under `key` (the words and the media that size it). Folded, it is
 * not measured again until the key changes or a font arrives; each unfolded
 * render is measured before paint, so a row that does not fit is never seen.
 */
function useToolbarFold(
  toolbar: RefObject<HTMLElement | null>,
  narrow: boolean,
  available: number,
  key: string,
): ToolbarFold {
  const [measured, setMeasured] = useState<{ key: string; row: ToolbarRow } | null>(null);
  const fold = narrow && measured?.key === key ? toolbarFold(available, measured.row) : "none";
  useLayoutEffect(() => {
    if (!narrow || fold !== "none" || !toolbar.current) return;
    const row = measureRow(toolbar.current);
    if (!row) return;
    setMeasured((old) => (old && old.key === key && sameRow(old.row, row) ? old : { key, row }));
  });
  useRemeasureOnFonts(setMeasured);
  return fold;
}

/** The legend of shapes (lanes are named beside or on the lanes), the lane grouping, and zoom buttons. */
export function TimelineToolbar({ laneKey, onLaneKey, onZoom, onReset, onFitAll }: Props) {
  // Phones, and a timeline column as narrow (a phone held sideways), fold the legend away, so
  // the lanes keep their height; where the words still need two rows, the toolbar folds further.
  const toolbarRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(toolbarRef);
  const narrow = useMediaQuery(PHONE_LAYOUT) || (width > 0 && width < NARROW_TOOLBAR_PX);
  const small = useMediaQuery("(max-width: 360px)");
  const coarse = useCoarsePointer();
  const { t } = useTranslation();
  const words = ["legend", "byActor", "byTopic", "fitAll", "reset"].map((k) => t(`timeline.${k}`));
  const fold = useToolbarFold(
    toolbarRef,
    narrow,
    width,
    [narrow, small, coarse, ...words].join("|"),
  );
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
  const lanes = (
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
  );
  // Folded, the button's words are still its name, read out and matched by voice control.
  const worded = (text: string, icon: string) =>
    fold === "icons" ? (
      <>
        <ToolbarIcon path={icon} />
        <span className="visually-hidden">{text}</span>
      </>
    ) : (
      text
    );
  const classes = ["tl-toolbar"];
  if (narrow) classes.push("is-narrow");
  if (fold !== "none") classes.push(`is-folded-${fold}`);
  return (
    <div className={classes.join(" ")} ref={toolbarRef}>
      {narrow ? (
        <details className="tl-legend-box">
          <summary>{t("timeline.legend")}</summary>
          {fold === "none" ? (
            legend
          ) : (
            <div className="tl-legend-panel">
              {legend}
              {lanes}
            </div>
          )}
        </details>
      ) : (
        legend
      )}
      <div className="tl-controls">
        {fold === "none" && lanes}
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
        <button
          type="button"
          className="tl-zoom-button"
          onClick={onFitAll}
          title={fold === "icons" ? t("timeline.fitAll") : undefined}
        >
          {worded(t("timeline.fitAll"), FIT_ALL_ICON)}
        </button>
        <button
          type="button"
          className="tl-zoom-button"
          onClick={onReset}
          title={fold === "icons" ? t("timeline.reset") : undefined}
        >
          {worded(t("timeline.reset"), RESET_ICON)}
        </button>
      </div>
    </div>
  );
}
