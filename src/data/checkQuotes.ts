/**
 * Provenance checks: every event's `quote` must occur verbatim in the source
 * text, in the paragraph it names. "Verbatim" forgives only typography:
 * curly and straight quotes, dashes and runs of whitespace are normalised.
 */

import { isRecord } from "./isRecord";
import type { DatasetIssue, IssueValue } from "./issues";

export interface QuoteCheckOptions {
  /**
   * Blank-line separated blocks at the top of the source that are not
   * numbered (the headline and byline). Paragraph 1 is the block after them.
   */
  headerBlocks?: number;
}

export interface QuoteCheckResult {
  /** How many quotes were checked. */
  checked: number;
  issues: DatasetIssue[];
}

const SINGLE_QUOTES = /[‘’‚‛′`]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;
const WHITESPACE = /\s+/g;

/** Straight quotes, hyphens for every dash, single spaces: the forms quotes are compared in. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(WHITESPACE, " ")
    .trim();
}

/**
 * The source's paragraphs: blocks separated by blank lines, trimmed, with the
 * first `headerBlocks` blocks (headline and byline; 1 by default) left out.
 * `splitParagraphs(text)[0]` is paragraph 1.
 */
export function splitParagraphs(text: string, options: QuoteCheckOptions = {}): string[] {
  const lines = text.replace(/\r\n?/g, "\n");
  return paragraphRanges(lines, options).map(({ start, end }) => lines.slice(start, end));
}

/**
 * Where `splitParagraphs`'s paragraphs lie in `text` (its line breaks already "\n", as a text
 * box's value has them): each trimmed block's [start, end) offsets, paragraph 1 first.
 */
export function paragraphRanges(
  text: string,
  options: QuoteCheckOptions = {},
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const blankLine = /\n[ \t]*\n/g;
  let from = 0;
  for (;;) {
    const match = blankLine.exec(text);
    const block = text.slice(from, match ? match.index : text.length);
    const trimmed = block.trim();
    if (trimmed !== "") {
      const start = from + block.length - block.trimStart().length;
      ranges.push({ start, end: start + trimmed.length });
    }
    if (!match) break;
    from = match.index + match[0].length;
  }
  return ranges.slice(options.headerBlocks ?? 1);
}

/** The longest start of `needle` that occurs in `haystack` (containment is monotone, so binary search). */
function longestMatchingPrefix(needle: string, haystack: string): number {
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (haystack.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A quote as a message shows it: cut at `max` characters, "…" included. */
function shortened(text: string, max = 50): IssueValue {
  return { kind: "text", text: text.length > max ? `${text.slice(0, max - 1)}…` : text };
}

/** Paragraph numbers as a message lists them: "2 and 5". */
const paragraphList = (numbers: number[]): IssueValue => ({
  kind: "allOf",
  items: numbers.map((n) => ({ kind: "code", text: String(n) })),
});

/**
 * Check the quotes of a list of events (raw input or parsed, so paths match
 * the file). Events without a quote, or with a malformed one, are skipped:
 * `parseDataset` reports those.
 */
export function checkQuotes(
  events: readonly unknown[],
  source: string,
  options: QuoteCheckOptions = {},
): QuoteCheckResult {
  const paragraphs = splitParagraphs(source, options).map(normaliseText);
  const whole = paragraphs.join("\n");
  const issues: DatasetIssue[] = [];
  let checked = 0;

  events.forEach((event, i) => {
    if (!isRecord(event) || !isRecord(event.quote)) return;
    const { text, paragraph } = event.quote;
    if (typeof text !== "string") return;
    const path = `events[${i}].quote`;
    const quote = normaliseText(text);
    if (quote === "") return;
    checked++;

    const found = paragraphs.flatMap((body, p) => (body.includes(quote) ? [p + 1] : []));
    if (found.length === 0 && whole.replace(/\n/g, " ").includes(quote)) {
      issues.push({
        path: `${path}.text`,
        code: "quoteAcrossParagraphs",
        params: { quote: shortened(quote) },
      });
      return;
    }
    if (found.length === 0) {
      const matched = longestMatchingPrefix(quote, whole);
      issues.push({
        path: `${path}.text`,
        ...(matched < 12
          ? { code: "quoteNotInSource", params: { quote: shortened(quote) } }
          : {
              code: "quoteDiffersAfter",
              params: {
                quote: shortened(quote),
                matched: shortened(quote.slice(Math.max(0, matched - 30), matched), 30),
              },
            }),
      });
      return;
    }
    if (typeof paragraph !== "number") return;
    if (paragraph > paragraphs.length) {
      issues.push({
        path: `${path}.paragraph`,
        code: "noSuchParagraph",
        params: { count: paragraphs.length, paragraph, found: paragraphList(found) },
      });
    } else if (!found.includes(paragraph)) {
      issues.push({
        path: `${path}.paragraph`,
        code: "wrongParagraph",
        params: { paragraph, count: found.length, found: paragraphList(found) },
      });
    }
  });

  return { checked, issues };
}
