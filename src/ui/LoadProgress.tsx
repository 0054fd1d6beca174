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

/** The dataset being opened, with Cancel: shown only while a load takes time. */
export function LoadProgress() {
  const label = useLoadProgress((state) => state.label);
  const progress = useLoadProgress((state) => state.progress);
  const cancel = useLoadProgress((state) => state.cancel);
  if (label === null || progress === null) return null;
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
