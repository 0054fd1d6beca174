import { useTranslation } from "react-i18next";
import { currentLocale } from "../i18n/i18n";
import { memoizeByKey } from "../store/memo";
import "./panelMessages";
import "./progress.css";

/**
 * A progress bar for any long task: `role="progressbar"` with its value, a
 * line saying what is happening in words (phase, bytes, rows), and Cancel.
 * Without a known total it is indeterminate (no aria-valuenow), as ARIA asks.
 */
export interface ProgressBarProps {
  /** What is being done, as a sentence start: "Opening events.csv". */
  label: string;
  /** 0–100, or null when the total is not known. */
  percent: number | null;
  /** "Parsing · 4.2 MB of 9.8 MB · 41,210 rows". */
  detail: string;
  onCancel?: () => void;
}

export function ProgressBar({ label, percent, detail, onCancel }: ProgressBarProps) {
  const { t } = useTranslation();
  const value = percent === null ? null : Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value ?? undefined}
        aria-valuetext={value === null ? detail : `${value}%: ${detail}`}
      >
        <div
          className={`progress-fill${value === null ? " is-indeterminate" : ""}`}
          style={{ width: `${value ?? 100}%` }}
        />
      </div>
      <p className="progress-text">
        <span className="progress-label">{label}</span> <span aria-hidden="true">·</span>{" "}
        <span data-testid="progress-detail">{detail}</span>
      </p>
      {onCancel && (
        <button type="button" className="progress-cancel" onClick={onCancel}>
          {t("progress.cancel")}
        </button>
      )}
    </div>
  );
}

/** One `Intl.NumberFormat` per locale and unit: making one costs more than formatting with it. */
const byteFormat = memoizeByKey((locale: string, unit: "byte" | "kilobyte" | "megabyte") => {
  const digits = unit === "megabyte" ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
    // "96 bytes": the short form would say "96 byte".
    unitDisplay: unit === "byte" ? "long" : "short",
  });
});

/** "4.2 MB", "812 KB", "96 bytes", in the interface's language (`Intl`'s units). */
export function formatBytes(bytes: number): string {
  const locale = currentLocale();
  if (bytes >= 1e6) return byteFormat(locale, "megabyte").format(bytes / 1e6);
  if (bytes >= 1e3) return byteFormat(locale, "kilobyte").format(bytes / 1e3);
  return byteFormat(locale, "byte").format(bytes);
}
