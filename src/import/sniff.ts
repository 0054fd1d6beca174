/**
 * Which format a file is in, from its content (never its name alone: a
 * TimelineJS export is `.json` like ours, a pasted sheet has no name).
 */

import { isRecord } from "../data/isRecord";
import { type DatasetIssue, fileIssue } from "../data/issues";
import type { JsonParseFailure } from "../data/jsonSyntax";
import { missingRequiredColumns } from "./csvHeader";
import { isOurCsvHeader } from "./ourCsv";
import { quoted } from "./text";
import { isTimelineSheetHeader } from "./timelineSheet";
import type { FormatId } from "./types";

/**
 * JSON starts with `{` or `[` (after a byte-order mark, spaces, and comments, which JSON cannot
 * hold but a hand-edited file may: `// my story` read as a CSV header was a wrong lead, review 32);
 * anything else is read as CSV or TSV.
 */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*(?:(?:\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)\s*)*[{[]/.test(text);
}

/**
 * A JSON text's syntax error, told as a comment where the error is one (`//` or `/*`): "JSON
 * cannot hold comments", at its line and column, rather than "expected a value, found /".
 */
export function explainComment(text: string, failure: JsonParseFailure): DatasetIssue {
  const { issue, line, column } = failure;
  if (line === undefined || column === undefined || issue.code !== "jsonBrokenAt") return issue;
  const lineText = text.split(/\r\n|\r|\n/)[line - 1] ?? "";
  const at = lineText.slice(column - 1, column + 1);
  if (at !== "//" && at !== "/*") return issue;
  return { ...issue, params: { ...issue.params, reason: { kind: "issue", code: "jsonComment" } } };
}

export function sniffJson(value: unknown): FormatId | null {
  if (!isRecord(value)) return null;
  if (isRecord(value.storymap)) return "storymap";
  if (value.type === "FeatureCollection" || value.type === "Feature") return "geojson";
  if (isRecord(value.meta) && Array.isArray(value.events)) return "ours";
  if (Array.isArray(value.events)) {
    const first = value.events.find(isRecord);
    if (first && ("start_date" in first || "text" in first || "media" in first)) {
      return "timeline-json";
    }
    if (first && ("start" in first || "id" in first)) return "ours";
    if (isRecord(value.title)) return "timeline-json";
  }
  if ("meta" in value || "events" in value) return "ours";
  return null;
}

/**
 * TimelineJS 2's JSON: `{ timeline: { headline, type, date: [{ startDate: "2011,12,10" }] } }`.
 * TimelineJS 3 replaced it and reads it no more (Knight Lab offers no converter); told apart from
 * JSON of no known format so that the refusal says what it is and what to do.
 */
export function isTimelineJs2(value: unknown): boolean {
  return isRecord(value) && isRecord(value.timeline) && Array.isArray(value.timeline.date);
}

export function sniffHeader(header: string[]): FormatId | null {
  if (isTimelineSheetHeader(header)) return "timeline-sheet";
  if (isOurCsvHeader(header)) return "our-csv";
  return null;
}

/** How much of an unknown header a message quotes: enough to recognise the row, not a screenful. */
const SHOWN_HEADER = 80;

/** A header's first names as a message quotes them: the row as the file has it, cells joined, verbatim. */
function headerShown(header: string[]): { kind: "code"; text: string } {
  const joined = `${header.slice(0, 6).join(", ")}${header.length > 6 ? ", …" : ""}`;
  const shown = joined.length > SHOWN_HEADER ? `${joined.slice(0, SHOWN_HEADER)}…` : joined;
  return { kind: "code", text: shown };
}

/** A header of neither template: its first names, as the file writes them. */
export function unknownHeader(header: string[]): DatasetIssue {
  return fileIssue("unknownHeader", { names: headerShown(header) });
}

/**
 * Why a header of neither template is not read: close to ours (`titel, start`), each required
 * column it lacks, with the name that probably is it; else `unknownHeader`.
 */
export function headerIssues(header: string[]): DatasetIssue[] {
  // A web address pasted as rows (the paste box is the dialog's one text box): it names data, it
  // is not data, and `?data=` opens it (review 32 F18).
  const only = header.length === 1 ? (header[0] ?? "").trim() : "";
  if (/^https?:\/\/\S+$/i.test(only))
    return [fileIssue("webAddressPasted", { address: quoted(only) })];
  const missing = missingRequiredColumns(header);
  if (!missing) return [unknownHeader(header)];
  const names = headerShown(header);
  return missing.map(({ column, cell }) => {
    const required = { kind: "code", text: column } as const;
    return cell === undefined
      ? fileIssue("headerMissingColumn", { names, column: required })
      : fileIssue("headerMissingColumnLike", { names, column: required, cell: quoted(cell) });
  });
}
