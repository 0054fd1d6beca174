/**
 * Which format a file is in, from its content (never its name alone: a
 * TimelineJS export is `.json` like ours, a pasted sheet has no name).
 */

import { isRecord } from "../data/isRecord";
import { type DatasetIssue, fileIssue } from "../data/issues";
import { isOurCsvHeader } from "./ourCsv";
import { isTimelineSheetHeader } from "./timelineSheet";
import type { FormatId } from "./types";

/** JSON starts with `{` or `[` (after a byte-order mark and spaces); anything else is read as CSV or TSV. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[{[]/.test(text);
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

/** A header of neither template: its first names, as the file writes them. */
export function unknownHeader(header: string[]): DatasetIssue {
  // The row as the file has it, cells joined: its own words, shown verbatim.
  const joined = `${header.slice(0, 6).join(", ")}${header.length > 6 ? ", …" : ""}`;
  const shown = joined.length > SHOWN_HEADER ? `${joined.slice(0, SHOWN_HEADER)}…` : joined;
  return fileIssue("unknownHeader", { names: { kind: "code", text: shown } });
}
