import { useTranslation } from "react-i18next";
import { t } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";
import type { DatasetSource } from "../store/datasetSlice";
import { useAppActions } from "./AppActions";
import { IssueLine } from "./IssueText";

/** The most problems listed; the rest are counted. */
const MAX_LISTED = 50;

function describeSource(source: DatasetSource | null): string {
  if (!source || source.kind === "default") return t("problems.defaultDataset");
  if (source.kind === "url") return source.url;
  if (source.kind === "draft") return t("problems.draft");
  // A link's `file=1` says a file was on show, not which.
  return source.name === "" ? t("problems.unnamedFile") : t("problems.file", { name: source.name });
}

/**
 * A dataset that failed (errors), or opened with changes (warnings: an item left out, a date
 * kept as undated, a missing title given one): every problem with its JSON path.
 */
export function DatasetProblems() {
  useTranslation();
  const status = useAppStore((state) => state.status);
  const problems = useAppStore((state) => state.problems);
  const pendingSource = useAppStore((state) => state.pendingSource);
  const source = useAppStore((state) => state.source);
  const hasData = useAppStore((state) => state.index !== null);
  const dismiss = useAppStore((state) => state.dismissProblems);
  const { openSource } = useAppActions();
  if (problems.length === 0 || status === "loading") return null;

  const failed = status === "error";
  const listed = problems.slice(0, MAX_LISTED);
  const rest = problems.length - listed.length;
  const shownSource = failed ? pendingSource : source;
  const offerDefault = failed ? pendingSource?.kind !== "default" : source.kind !== "default";

  return (
    <section
      className={`dataset-problems ${failed ? "is-error" : "is-warning"}`}
      role={failed ? "alert" : "status"}
      aria-labelledby="dataset-problems-title"
    >
      <h2 id="dataset-problems-title">
        {failed
          ? t("problems.couldNotOpen", { source: describeSource(shownSource) })
          : t("problems.openedWithChanges", { source: describeSource(shownSource) })}
      </h2>
      <p>
        {failed
          ? t("problems.found", { count: problems.length })
          : t("problems.changes", { count: problems.length })}
        {failed && hasData && t("problems.previousKept")}
      </p>
      <ul className="problem-list">
        {listed.map((issue, i) => (
          // Problems have no ids; their order is stable for one load.
          // biome-ignore lint/suspicious/noArrayIndexKey: a list that never reorders
          <li key={i}>
            <IssueLine issue={issue} />
          </li>
        ))}
      </ul>
      {rest > 0 && <p>{t("problems.more", { count: rest })}</p>}
      <div className="problem-actions">
        {offerDefault && (
          <button type="button" onClick={() => openSource({ kind: "default" })}>
            {t("problems.backToDefault")}
          </button>
        )}
        {(hasData || !failed) && (
          <button type="button" onClick={dismiss}>
            {t("problems.dismiss")}
          </button>
        )}
      </div>
    </section>
  );
}
