import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { type Interval, toIsoDay } from "../data/dates";
import { formatEventDateIn } from "../i18n/formatDate";
import type { Language } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { useAppStore } from "../store/appStore";
import { selectFilterMask } from "../store/selectors";
import { estimateLabelWidth } from "./labelLayout";
import { histogramPath, overviewCounts } from "./overview";
import { timeTicks } from "./ticks";
import type { TimelineModel } from "./timelineModel";
import { useBrushBehavior } from "./useBrushBehavior";
import { useElementSize } from "./useElementSize";
import { useCoarsePointer } from "./useMediaQuery";
import type { WindowSource } from "./windowSource";

const BIN_PX = 3;
const HISTOGRAM_HEIGHT = 26;
const AXIS_PX = 14;

function day(ms: number, lang: Language): string {
  return formatEventDateIn({ start: toIsoDay(ms) }, lang);
}

/**
 * The whole extent (1945–2018) as a histogram of events, with a brush that
 * shows the detail window and sets it.
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
  // A label that would run past the right edge ("202…") is left out.
  const ticks = useMemo(
    () =>
      timeTicks(model.bounds, width, 70, lang).filter(
        (tick) => tick.x + estimateLabelWidth(tick.label, 10, 200) <= width,
      ),
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
  return (
    <div className="tl-overview" ref={boxRef} data-testid="timeline-overview">
      <p className="visually-hidden">
        {t("timeline.overview", {
          from: day(view.start, lang),
          to: day(view.end - 1, lang),
          first: day(model.index.extent.start, lang),
          last: day(model.index.extent.end, lang),
        })}
      </p>
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
  );
}
