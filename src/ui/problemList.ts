/**
 * Which of a load's problems are listed. Of a kind with more than a few, those past the first
 * three are one line, "…and 1,234 more like these", after the last listed: a sheet of 60,000 rows without a date
 * listed fifty lines of "no date" and hid the one other problem below them (review 23 L3).
 */
import type { DatasetIssue } from "../data/issues";

/** The most lines listed; the rest are counted. */
export const MAX_LISTED = 50;
/** Problems of one kind listed before the rest of that kind are counted. */
export const LISTED_PER_KIND = 3;
/** A kind with this many problems or fewer is listed whole: each names its own item. */
export const LISTED_WHOLE = 8;

export type ProblemLine =
  | { kind: "issue"; issue: DatasetIssue }
  /** How many more problems there are of the kind of the issue line before it. */
  | { kind: "alike"; count: number };

export interface ListedProblems {
  lines: ProblemLine[];
  /** Problems in neither a line nor an "alike" count: past MAX_LISTED lines. */
  rest: number;
}

export function listProblems(
  problems: readonly DatasetIssue[],
  maxLines = MAX_LISTED,
  perKind = LISTED_PER_KIND,
): ListedProblems {
  const total = new Map<string, number>();
  for (const issue of problems) total.set(issue.code, (total.get(issue.code) ?? 0) + 1);
  const listed = new Map<string, number>();
  const lines: ProblemLine[] = [];
  let counted = 0;
  for (const issue of problems) {
    const seen = listed.get(issue.code) ?? 0;
    const whole = (total.get(issue.code) ?? 0) <= LISTED_WHOLE;
    if (seen >= perKind && !whole) continue;
    if (lines.length >= maxLines) break;
    lines.push({ kind: "issue", issue });
    counted++;
    listed.set(issue.code, seen + 1);
    const more = (total.get(issue.code) ?? 0) - perKind;
    if (!whole && seen + 1 === perKind && more > 0) {
      lines.push({ kind: "alike", count: more });
      counted += more;
    }
  }
  return { lines, rest: problems.length - counted };
}
