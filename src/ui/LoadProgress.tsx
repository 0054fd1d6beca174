import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { focusSoon, timelineRegion } from "../details/focusDetails";
import { t } from "../i18n/i18n";
import type { ImportProgress } from "../load/importProgress";
import { useLoadProgress } from "../load/loadProgress";
import "./panelMessages";
import { formatBytes, ProgressBar } from "./ProgressBar";

export function describeProgress(progress: ImportProgress | null): {
  percent: number | null;
  detail: string;
} {
  if (!progress) return { percent: null, detail: t("progress.starting") };
  const { phase, bytes, total, rows } = progress;
  if (phase === "indexing") {
    // Events, not bytes: the page makes them a slice at a time once the worker has checked them.
    if (!total) return { percent: null, detail: t("progress.indexingEvents") };
    return {
      percent: (rows / total) * 100,
      detail: t("progress.indexingOf", { done: rows, total }),
    };
  }
  const size = total
    ? t("progress.of", { done: formatBytes(bytes), total: formatBytes(total) })
    : formatBytes(bytes);
  const percent = phase === "checking" ? 100 : total ? (bytes / total) * 100 : null;
  return {
    percent,
    detail: t("progress.detail", { phase: t(`progress.phase.${phase}`), size, rows }),
  };
}

/** How long a load may take before the bar shows: a quick load shows none. */
const A_MOMENT_MS = 300;

/** Whether `label` has been set for a moment, so a bar does not flash on a quick load. */
function useAfterAMoment(label: string | null): boolean {
  const [shownFor, setShownFor] = useState<string | null>(null);
  useEffect(() => {
    if (label === null) return;
    const timer = setTimeout(() => setShownFor(label), A_MOMENT_MS);
    return () => clearTimeout(timer);
  }, [label]);
  return label !== null && shownFor === label;
}

/**
 * The bar goes (Cancel pressed, or the load done) with the focus on Cancel: it goes to the
 * timeline's region, not to the page (review 32 F8). A ref's cleanup runs before React removes the
 * element, while the focus is still in it, whether the bar or its slot goes.
 */
const focusAfterBar = (element: HTMLElement) => () => {
  if (element.contains(document.activeElement)) focusSoon([timelineRegion]);
};

/** The dataset being opened, with Cancel: shown once a load takes more than a moment, or tells progress. */
export function LoadProgress() {
  const { t } = useTranslation();
  const label = useLoadProgress((state) => state.label);
  const progress = useLoadProgress((state) => state.progress);
  const cancel = useLoadProgress((state) => state.cancel);
  const slow = useAfterAMoment(label);
  const shown = label !== null && (progress !== null || slow);
  if (!shown) return null;
  const { percent, detail } = describeProgress(progress);
  return (
    <section ref={focusAfterBar} className="load-progress" aria-label={t("progress.region")}>
      <ProgressBar
        label={t("progress.opening", { what: label })}
        percent={percent}
        detail={detail}
        onCancel={cancel ?? undefined}
      />
    </section>
  );
}
