import "./panelMessages";
import "./datasetProblems.css";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DatasetIssue } from "../data/issues";
import { focusSoon, timelineRegion } from "../details/focusDetails";
import { t } from "../i18n/i18n";
import { useAppStore } from "../store/appStore";
import { describeSource } from "../store/sourceWords";
import { useMediaQuery } from "../timeline/useMediaQuery";
import { useAppActions } from "./AppActions";
import { IssueLine } from "./IssueText";
import { PHONE_OR_SHORT_LAYOUT } from "./layoutQueries";
import { pickerLabelKey } from "./pickerLabel";
import { listProblems } from "./problemList";
import { unreachedHere } from "./unreachedIssue";

/** Failures of an address that a later try may not meet. */
const RETRYABLE: ReadonlySet<DatasetIssue["code"]> = new Set([
  "unreachable",
  "offlineNotKept",
  "notKeptUnreachable",
  "httpError",
]);

/**
 * A dataset that failed (errors), or opened with changes (warnings: an item left out, a date
 * kept as undated, a missing title given one): every problem with its JSON path.
 * On a phone, a short screen (a phone held sideways) and in an embed a list of more than one
 * is folded behind a button ("Show 6 problems") until asked for: six problems took 296 px, 40%
 * of a 360×740 phone, above the map and the timeline, and 156 of an 844×390 one's 390.
 */
export function DatasetProblems() {
  useTranslation();
  const status = useAppStore((state) => state.status);
  const problems = useAppStore((state) => state.problems);
  const pendingSource = useAppStore((state) => state.pendingSource);
  const source = useAppStore((state) => state.source);
  const hasData = useAppStore((state) => state.index !== null);
  const dismiss = useAppStore((state) => state.dismissProblems);
  const embed = useAppStore((state) => state.embed);
  const { openSource } = useAppActions();
  const small = useMediaQuery(PHONE_OR_SHORT_LAYOUT);
  // The problems asked for: a new load's are folded again.
  const [unfolded, setUnfolded] = useState<readonly DatasetIssue[] | null>(null);
  const listId = useId();
  if (problems.length === 0 || status === "loading") return null;
  // One problem is its own summary: folded, it hid a failed load's only reason and the way back.
  const folds = (small || embed) && problems.length > 1;
  const folded = folds && unfolded !== problems;

  const failed = status === "error";
  // Nothing is on show: the page's one way back and its picker are here, always in sight (the
  // header offered "Show the shipped story" and "Open another file…" beside this panel's "Back
  // to the default dataset": two names for one action, review 37 R9).
  const nothingShown = failed && !hasData;
  // Worded as the page knows it: offline, or not kept by its service worker (unreachedIssue.ts).
  const { lines, rest } = listProblems(problems.map(unreachedHere));
  const shownSource = failed ? pendingSource : source;
  // Not while the default dataset is on show: a broken file opened over it offered the way back
  // to it (review 32 F18).
  const offerDefault =
    !(hasData && source.kind === "default") && (!failed || pendingSource?.kind !== "default");
  // An address that could not be reached (offline, a dropped connection, a server's error) may
  // answer later: the load again, without going back to the link (the error stayed once the
  // connection came back).
  // The default dataset that failed is offered again the same way.
  const retry =
    failed &&
    (pendingSource?.kind === "default" ||
      (pendingSource?.kind === "url" && problems.some((p) => RETRYABLE.has(p.code))))
      ? pendingSource
      : null;
  // No picker in an embed, which opens no dataset of its own.
  const picker = nothingShown && !embed && (
    <button
      type="button"
      onClick={() => document.querySelector<HTMLButtonElement>(".open-dataset")?.click()}
    >
      {t(pickerLabelKey(pendingSource))}
    </button>
  );

  // Each button goes with the list (a load hides it too): focus goes to the timeline's region,
  // as after the last notice, instead of falling to the page.
  const thenFocusTimeline = (run: () => void) => () => {
    run();
    focusSoon([timelineRegion]);
  };
  const dismissButton = (hasData || !failed) && (
    <button type="button" onClick={thenFocusTimeline(dismiss)}>
      {t("problems.dismiss")}
    </button>
  );
  const count = problems.length;
  const actions = (offerDefault || retry || picker || !folds) && (
    <div className="problem-actions">
      {retry && (
        <button type="button" onClick={thenFocusTimeline(() => openSource(retry))}>
          {t("error.tryAgain")}
        </button>
      )}
      {offerDefault && (
        <button type="button" onClick={thenFocusTimeline(() => openSource({ kind: "default" }))}>
          {t("problems.backToDefault")}
        </button>
      )}
      {picker}
      {/* Where the list folds it is beside the button that folds it. */}
      {!folds && dismissButton}
    </div>
  );

  const message = (
    <div className="problems-body">
      <p>
        {failed ? t("problems.found", { count }) : t("problems.changes", { count })}
        {failed && hasData && t("problems.previousKept")}
      </p>
      <ul className="problem-list">
        {lines.map((line, i) => (
          // Problems have no ids; their order is stable for one load.
          // biome-ignore lint/suspicious/noArrayIndexKey: a list that never reorders
          <li key={i}>
            {line.kind === "issue" ? (
              <IssueLine issue={line.issue} />
            ) : (
              t("problems.moreAlike", { count: line.count })
            )}
          </li>
        ))}
      </ul>
      {rest > 0 && <p>{t("problems.more", { count: rest })}</p>}
    </div>
  );

  // The live region holds the title and the problems, not the buttons: on the section it read
  // them out as part of the message ("…HTTP 404 Not Found Try again Back to the default
  // dataset…", review 39 R5). Where the list folds it is behind its button, and only the title
  // is read out (a hidden list was never read).
  return (
    <section
      className={`dataset-problems ${failed ? "is-error" : "is-warning"}${folds ? " is-foldable" : ""}${nothingShown ? " is-alone" : ""}`}
      aria-labelledby="dataset-problems-title"
    >
      <div role={failed ? "alert" : "status"}>
        <h2 id="dataset-problems-title">
          {failed
            ? t("problems.couldNotOpen", { source: describeSource(shownSource) })
            : t("problems.openedWithChanges", { source: describeSource(shownSource) })}
        </h2>
        {!folds && message}
      </div>
      {folds && (
        <>
          <div className="problem-actions">
            <button
              type="button"
              className="problems-toggle"
              aria-expanded={!folded}
              aria-controls={listId}
              onClick={() => setUnfolded(folded ? problems : null)}
            >
              {t(folded ? "problems.showList" : "problems.hideList", { count })}
              <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
            </button>
            {dismissButton}
          </div>
          {/* A load hides the buttons with the list; with nothing on show they stay out of it. */}
          <div id={listId} hidden={folded}>
            {message}
            {!nothingShown && actions}
          </div>
        </>
      )}
      {/* With nothing on show they are the page's only way on: never folded. */}
      {(!folds || nothingShown) && actions}
    </section>
  );
}
