import { useEffect, useState } from "react";
import type { ImportProgress } from "../load/importProgress";
import { useLoadProgress } from "../load/loadProgress";
import { formatBytes, ProgressBar } from "./ProgressBar";

const PHASES: Record<ImportProgress["phase"], string> = {
  downloading: "Downloading",
  reading: "Reading",
  parsing: "Reading rows",
  checking: "Checking",
  indexing: "Indexing",
};

export function describeProgress(progress: ImportProgress | null): {
  percent: number | null;
  detail: string;
} {
  if (!progress) return { percent: null, detail: "Starting" };
  const { phase, bytes, total, rows } = progress;
  if (phase === "indexing") {
    // Events, not bytes: the page makes them a slice at a time once the worker has checked them.
    if (!total) return { percent: null, detail: "Indexing events" };
    return {
      percent: (rows / total) * 100,
      detail: `Indexing · ${rows.toLocaleString("en")} of ${total.toLocaleString("en")} events`,
    };
  }
  const size = total ? `${formatBytes(bytes)} of ${formatBytes(total)}` : formatBytes(bytes);
  const rowText = rows > 0 ? ` · ${rows.toLocaleString("en")} ${rows === 1 ? "row" : "rows"}` : "";
  const percent = phase === "checking" ? 100 : total ? (bytes / total) * 100 : null;
  return { percent, detail: `${PHASES[phase]} · ${size}${rowText}` };
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

/** The dataset being opened, with Cancel: shown once a load takes more than a moment, or tells progress. */
export function LoadProgress() {
  const label = useLoadProgress((state) => state.label);
  const progress = useLoadProgress((state) => state.progress);
  const cancel = useLoadProgress((state) => state.cancel);
  const slow = useAfterAMoment(label);
  if (label === null || (progress === null && !slow)) return null;
  const { percent, detail } = describeProgress(progress);
  return (
    <section className="load-progress" aria-label="Opening a dataset">
      <ProgressBar
        label={`Opening ${label}`}
        percent={percent}
        detail={detail}
        onCancel={cancel ?? undefined}
      />
    </section>
  );
}
