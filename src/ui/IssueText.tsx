import { useTranslation } from "react-i18next";
import type { DatasetIssue } from "../data/issues";
import {
  type IssuePart,
  issueLineParts,
  issueMessageParts,
  type Translate,
} from "../data/issueText";
import { currentLocale } from "../i18n/i18n";
import { useLaterMessages } from "../i18n/useLaterMessages";

/**
 * Words of ours as text; the file's own texts (paths, ids, quoted values) as
 * `<code>`, never translated by the browser: they are shown as written. A
 * browser's own reason (a failed fetch) is English, and says so.
 */
function Parts({ parts }: { parts: IssuePart[] }) {
  return parts.map((part, i) =>
    typeof part === "string" ? (
      part
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one sentence never reorder
      <code key={i} translate="no" lang={part.lang}>
        {part.verbatim}
      </code>
    ),
  );
}

/**
 * A dataset problem in the page's language: `where: what`, worded again when the language changes.
 * Worded once English's messages for problems are in (i18n.ts), however the problem came.
 */
export function IssueLine({ issue }: { issue: DatasetIssue }) {
  const { t } = useTranslation();
  if (!useLaterMessages()) return null;
  return <Parts parts={issueLineParts(issue, t as Translate, currentLocale())} />;
}

/** What is wrong, without where (a form field says where). */
export function IssueMessage({ issue }: { issue: DatasetIssue }) {
  const { t } = useTranslation();
  if (!useLaterMessages()) return null;
  return <Parts parts={issueMessageParts(issue, t as Translate, currentLocale())} />;
}

/** Stands for an issue in a message of ours that frames it ("Start: {error}"). */
export const ISSUE_SLOT = "\uE002";

/** A message of ours with `ISSUE_SLOT` where the issue goes, the issue worded there. */
export function WithIssue({ text, issue }: { text: string; issue: DatasetIssue }) {
  const [before, after] = text.split(ISSUE_SLOT);
  return (
    <>
      {before}
      <IssueMessage issue={issue} />
      {after}
    </>
  );
}
