import { type KeyboardEvent, useId, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Interval } from "../data/dates";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { selectFilterMask } from "../store/selectors";
import { brushKeyWindow, brushValue } from "./brushKeys";
import { brushValueText, extentEnds } from "./brushText";
import { histogramPath, overviewCounts, overviewTicks } from "./overview";
import type { TimelineModel } from "./timelineModel";
import { useBrushBehavior } from "./useBrushBehavior";
import { useElementSize } from "./useElementSize";
import { useCoarsePointer } from "./useMediaQuery";
import type { WindowSource } from "./windowSource";

const BIN_PX = 3;
const HISTOGRAM_HEIGHT = 26;
const AXIS_PX = 14;

/**
 * The whole extent (1945–2018) as a histogram of events, with a brush that
 * shows the detail window and sets it: by mouse or touch, and by keyboard as
 * a slider (`brushKeys.ts`) that reads out the window's dates, or its times
 * when it is under two days (`brushText.ts`).
 */
export function OverviewStrip({
  model,
  view,
  source,
  setView,
}: {
  model: TimelineModel;
  /** The settled window, which the brush and the description show; gestures start from `source`. */
  view: Interval;
  source: WindowSource;
  /** Sets the window by a drag or a key (over a dense view, React catches up when they pause). */
  setView: (view: Interval) => void;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const { width } = useElementSize(boxRef);
  const coarse = useCoarsePointer();
  const mask = useAppStore(selectFilterMask);
  const height = HISTOGRAM_HEIGHT + (coarse ? 12 : 0);
  const path = useMemo(
    () =>
      histogramPath(
        overviewCounts(model.index.starts, mask, model.bounds, width, BIN_PX),
        BIN_PX,
        height,
      ),
    [model, mask, width, height],
  );
  const lang = useLanguage();
  const { t } = useTranslation();
  const hintId = useId();
  // Fewer labels where the language's are long; none past the right edge ("202…").
  const ticks = useMemo(
    () => overviewTicks(model.bounds, width, lang),
    [model.bounds, width, lang],
  );
  useBrushBehavior(brushRef, {
    bounds: model.bounds,
    width,
    height,
    window: view,
    source,
    onWindow: setView,
    handleSize: coarse ? 24 : 10,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = brushKeyWindow(event.key, event.shiftKey, source.get(), model.bounds);
    if (!next) return;
    event.preventDefault();
    setView(next);
  };
  const value = brushValue(view, model.bounds);
  return (
    <div className="tl-overview" ref={boxRef} data-testid="timeline-overview">
      <p id={hintId} className="visually-hidden">
        {t("timeline.overview", extentEnds(model.extent, lang))}
      </p>
      {/* A slider's content is presentational: the histogram and the brush are its picture. */}
      <div
        className="tl-brush-control"
        role="slider"
        tabIndex={0}
        aria-label={t("timeline.brush")}
        aria-describedby={hintId}
        aria-valuemin={value.min}
        aria-valuemax={value.max}
        aria-valuenow={value.now}
        aria-valuetext={brushValueText(view, lang)}
        onKeyDown={onKeyDown}
      >
        <svg width={Math.max(width, 0)} height={height + AXIS_PX} aria-hidden="true">
          <path className="tl-overview-bars" d={path} />
          {ticks.map((tick) => (
            <text key={tick.time} className="tl-overview-tick" x={tick.x} y={height + AXIS_PX - 2}>
              {tick.label}
            </text>
          ))}
          <g ref={brushRef} className="tl-brush" data-testid="timeline-brush" />
        </svg>
      </div>
    </div>
  );
}
