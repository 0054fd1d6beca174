/**
 * The editor's quote check: the same verbatim match as `npm run validate
 * --source` (`checkQuotes`: quotes, dashes and spaces normalised), for one
 * event as it is typed, and the paragraph a selection in the source lies in.
 */
import { checkQuotes, paragraphRanges } from "../data/checkQuotes";
import type { DatasetIssue } from "../data/issues";
import { t } from "../i18n/i18n";
import "./editorMessages";

export type QuoteStatus =
  | { state: "none" }
  | { state: "no-source" }
  | { state: "checked-before" }
  | { state: "ok" }
  | { state: "fail"; issue: DatasetIssue };

/** A quote as an event's `checkedQuote` names it: its paragraph and text, as the form holds them. */
export function quoteKey(quote: string, paragraph: string): string {
  return `${paragraph.trim()}\n${quote}`;
}

/**
 * The form's word on a quote: against the draft's source text where it has one, else checked as
 * the dataset's own check found it (the event's `checkedQuote`) while the quote is as it was then.
 */
export function quoteStatus(
  quote: string,
  paragraph: string,
  source: string,
  checkedBefore?: string,
): QuoteStatus {
  if (quote.trim() === "") return { state: "none" };
  if (source.trim() === "")
    return checkedBefore === quoteKey(quote, paragraph)
      ? { state: "checked-before" }
      : { state: "no-source" };
  const number = Number(paragraph.trim());
  const { issues } = checkQuotes(
    [
      {
        quote: {
          text: quote,
          paragraph: Number.isInteger(number) && number > 0 ? number : undefined,
        },
      },
    ],
    source,
  );
  const issue = issues[0];
  return issue ? { state: "fail", issue } : { state: "ok" };
}

/**
 * A selection in the source, as a quote: its text trimmed, and the paragraph
 * it lies in. A selection across paragraphs is refused, since the check
 * would refuse it too.
 */
export function quoteFromSelection(
  selected: string,
  paragraphNumbers: readonly number[],
): { text: string; paragraph: number } | { problem: string } {
  const text = selected.replace(/\s+/g, " ").trim();
  if (text === "") return { problem: t("editor.selectFirst") };
  const distinct = [...new Set(paragraphNumbers)];
  if (distinct.length !== 1 || distinct[0] === undefined) {
    return {
      problem: t("editor.oneParagraph"),
    };
  }
  return { text, paragraph: distinct[0] };
}

/**
 * A selection made in the source's text box (Shift and the arrow keys, where the numbered
 * paragraphs cannot be selected from the keyboard): `text` is the box's value and
 * [start, end) the selection. The paragraphs are numbered as the check numbers them; a
 * selection in the first block (headline and byline) is refused, since it has no number.
 */
export function quoteFromTextBox(
  text: string,
  start: number,
  end: number,
): { text: string; paragraph: number } | { problem: string } {
  const selected = text.slice(start, end);
  if (selected.trim() === "") return { problem: t("editor.selectFirst") };
  const touched = paragraphRanges(text)
    .map((range, i) => ({ ...range, paragraph: i + 1 }))
    .filter((range) => range.start < end && start < range.end)
    .map((range) => range.paragraph);
  if (touched.length === 0) return { problem: t("editor.inHeadline") };
  return quoteFromSelection(selected, touched);
}
