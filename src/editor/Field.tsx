import { type ReactNode, useId, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { DatasetIssue } from "../data/issues";
import { useLaterMessages } from "../i18n/useLaterMessages";
import { ISSUE_SLOT, WithIssue } from "../ui/IssueText";
import { EDITOR_FIELD } from "./editorField";
import "./editorMessages";

/**
 * One labelled form field with its message. The message is tied to the
 * input (`aria-describedby`, `aria-invalid`), so a screen reader hears it
 * with the field.
 */
export function Field({
  id: givenId,
  label,
  error,
  hint,
  describedBy,
  children,
}: {
  /** The input's id, when code outside the form finds it by id (New story's focus). */
  id?: string;
  label: string;
  /** A problem `parseDataset` found in this field, worded in the page's language. */
  error?: DatasetIssue;
  /** Shown beside the field when it is valid ("21 March 2018" beside "2018-03-21"). */
  hint?: string;
  /** The id of a note outside the field that also describes it (its translations). */
  describedBy?: string;
  children: (props: {
    id: string;
    /** The text's own direction: an Arabic title was set left to right, from the left edge. */
    dir: "auto";
    "aria-describedby"?: string;
    "aria-invalid"?: boolean;
  }) => ReactNode;
}) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const { t } = useTranslation();
  const messageId = `${id}-message`;
  const message = error ? t("editor.fieldError", { field: label, error: ISSUE_SLOT }) : hint;
  const messageRef = useRef<HTMLParagraphElement>(null);
  const fieldRef = useRef<HTMLDivElement>(null);
  // The message comes under the field as the author types: a field at the foot of a scrolled panel
  // (a phone's editor sheet, 143 px at 360×640) had it below the part on screen, unread. Each new
  // problem (told by its content, whichever object carries it) is scrolled into view while the
  // author is in the field; a scroll of the panel meanwhile is left where the author put it.
  // The problem's words may come later than the message (a later chunk, `useLaterMessages`): the
  // message, a line longer then, is scrolled into view again.
  const problem = error ? JSON.stringify(error) : null;
  const worded = useLaterMessages(problem !== null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `worded` runs it again once the words have come
  useLayoutEffect(() => {
    if (problem && fieldRef.current?.contains(document.activeElement))
      messageRef.current?.scrollIntoView({ block: "nearest" });
  }, [problem, worded]);
  return (
    <div ref={fieldRef} className={`${EDITOR_FIELD}${error ? " editor-field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        dir: "auto",
        "aria-describedby":
          [message ? messageId : undefined, describedBy].filter(Boolean).join(" ") || undefined,
        "aria-invalid": error ? true : undefined,
      })}
      {message && (
        <p ref={messageRef} id={messageId} className={error ? "editor-error" : "editor-hint"}>
          {error ? <WithIssue text={message ?? ""} issue={error} /> : message}
        </p>
      )}
    </div>
  );
}
