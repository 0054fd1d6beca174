import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { DatasetIssue } from "../data/issues";
import { ISSUE_SLOT, WithIssue } from "../ui/IssueText";

/**
 * One labelled form field with its message. The message is tied to the
 * input (`aria-describedby`, `aria-invalid`), so a screen reader hears it
 * with the field.
 */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  /** A problem `parseDataset` found in this field, worded in the page's language. */
  error?: DatasetIssue;
  /** Shown beside the field when it is valid ("21 March 2018" beside "2018-03-21"). */
  hint?: string;
  children: (props: {
    id: string;
    "aria-describedby"?: string;
    "aria-invalid"?: boolean;
  }) => ReactNode;
}) {
  const id = useId();
  const { t } = useTranslation();
  const messageId = `${id}-message`;
  const message = error ? t("editor.fieldError", { field: label, error: ISSUE_SLOT }) : hint;
  return (
    <div className={`editor-field${error ? " editor-field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-describedby": message ? messageId : undefined,
        "aria-invalid": error ? true : undefined,
      })}
      {message && (
        <p id={messageId} className={error ? "editor-error" : "editor-hint"}>
          {error ? <WithIssue text={message ?? ""} issue={error} /> : message}
        </p>
      )}
    </div>
  );
}
