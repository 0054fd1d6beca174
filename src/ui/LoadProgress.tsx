import { useTranslation } from "react-i18next";
import { t } from "../i18n/i18n";
import type { ImportProgress } from "../load/importProgress";
import { useLoadProgress } from "../load/loadProgress";
import { formatBytes, ProgressBar } from "./ProgressBar";

export function describeProgress(progress: ImportProgress | null): {
  percent: number | null;
  detail: string;
} {
  if (!progress) return { percent: null, detail: t("progress.starting") };
  const { phase, bytes, total, rows } = progress;
  const size = total
    ? t("progress.of", { done: formatBytes(bytes), total: formatBytes(total) })
    : formatBytes(bytes);
  const percent = phase === "checking" ? 100 : total ? (bytes / total) * 100 : null;
  return {
    percent,
    detail: t("progress.detail", { phase: t(`progress.phase.${phase}`), size, rows }),
  };
}

/** The dataset being opened, with Cancel: shown only while a load takes time. */
export function LoadProgress() {
  const { t } = useTranslation();
  const label = useLoadProgress((state) => state.label);
  const progress = useLoadProgress((state) => state.progress);
  const cancel = useLoadProgress((state) => state.cancel);
  if (label === null || progress === null) return null;
  const { percent, detail } = describeProgress(progress);
  return (
    <section className="load-progress" aria-label={t("progress.region")}>
      <ProgressBar
        label={t("progress.opening", { what: label })}
        percent={percent}
        detail={detail}
        onCancel={cancel ?? undefined}
      />
    </section>
  );
}
