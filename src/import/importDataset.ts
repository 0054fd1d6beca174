/**
 * Any supported file into a checked dataset: the format found from the
 * content, the converter run, then `parseDataset` (validation lives there
 * alone). What the converter noticed comes first, then what the check found,
 * with each `events[3]` path renamed to the row or path it came from.
 */
import { type DatasetIssue, fileIssue, type IssueCode } from "../data/issues";
import { parseJson } from "../data/jsonSyntax";
import { type ParseResult, parseDataset } from "../data/parseDataset";
import { hasStoryToShow } from "../data/storyToShow";
import { readCsv } from "./csvRows";
import { fromGeoJson } from "./geoJson";
import { notADatasetText } from "./notADataset";
import { fromOurCsv } from "./ourCsv";
import {
  explainComment,
  headerIssues,
  isTimelineJs2,
  looksLikeJson,
  sniffHeader,
  sniffJson,
} from "./sniff";
import { fromStoryMap } from "./storyMap";
import { fromTimelineJson } from "./timelineJson";
import { fromTimelineSheet } from "./timelineSheet";
import type { Converted, FormatId } from "./types";

export type ImportResult = ParseResult & { format?: FormatId };

const failure = (issue: DatasetIssue): ImportResult => ({ ok: false, errors: [issue] });

/**
 * `events[2].title` → row 4 (`events[2].title`), or `slides[5].text.headline`: the converter knows
 * where event 2 came from.
 */
function renamePaths(issues: DatasetIssue[], converted: Converted): DatasetIssue[] {
  return issues.map((issue) => {
    const match = /^(events|undated)\[(\d+)\](.*)$/.exec(issue.path);
    if (!match) return issue;
    const list = converted.origins[match[1] as "events" | "undated"];
    const origin = list[Number(match[2])];
    if (origin === undefined) return issue;
    if (typeof origin === "number") return { ...issue, row: origin };
    if (typeof origin !== "string") return { ...issue, ...origin };
    // The source's own field where the converter says which it was (review 32 F16).
    const field = /^\.(\w+)(.*)$/.exec(match[3] ?? "");
    const source = field?.[1] && converted.sourceFields?.[field[1]];
    return {
      ...issue,
      path: source ? `${origin}.${source}${field[2]}` : `${origin} (${issue.path})`,
    };
  });
}

/** Notes on how an item was titled: beside the reason nothing could be shown, they only distract. */
const TITLE_NOTES = new Set<IssueCode>(["noHeadline", "untitledItems", "headlineShortened"]);

/**
 * Why a converted file shows nothing, first: a story on a picture says so alone (its points are
 * not on the Earth, whatever else it holds); otherwise the items' notes follow the reason, those
 * that say why an item has no date or place, not how it was titled.
 */
function refusal(undated: number, issues: DatasetIssue[]): DatasetIssue[] {
  if (issues.some((issue) => issue.code === "mapIsImage")) return [fileIssue("storyOnImage")];
  return [
    undated > 0 ? fileIssue("noDatedItems", { count: undated }) : fileIssue("noEventsInFile"),
    ...issues.filter((issue) => !TITLE_NOTES.has(issue.code)),
  ];
}

function finish(converted: Converted, format: FormatId): ImportResult {
  const { dataset, issues } = converted;
  // Undated items with places are a story (a map without dates): the map and their list.
  if (!hasStoryToShow(dataset)) {
    return { ok: false, format, errors: refusal(dataset.undated.length, issues) };
  }
  // The converter's lists are as plain as JSON's, nothing else holds them, and
  // its builder made every id distinct (and some events already checked).
  const result = parseDataset(dataset, {
    handedOver: true,
    idsDistinct: true,
    ...(converted.parsedEvents && { parsedEvents: converted.parsedEvents }),
  });
  if (!result.ok)
    return { ok: false, format, errors: [...renamePaths(result.errors, converted), ...issues] };
  return { ...result, format, warnings: [...issues, ...renamePaths(result.warnings, converted)] };
}

export function importJsonValue(value: unknown): ImportResult {
  const format = sniffJson(value);
  if (format === null) {
    return failure(fileIssue(isTimelineJs2(value) ? "timelineJs2" : "unknownJson"));
  }
  const json = value as Record<string, unknown>;
  if (format === "ours") return { ...parseDataset(value, { handedOver: true }), format };
  if (format === "timeline-json") return finish(fromTimelineJson(json), format);
  if (format === "storymap") return finish(fromStoryMap(json), format);
  return finish(fromGeoJson(json), format);
}

/**
 * Rows of a CSV or TSV file; `readIssues` are what reading its text found (a
 * quote never closed), said first: they explain what follows.
 */
export function importRows(
  rows: string[][],
  title?: string,
  readIssues: DatasetIssue[] = [],
): ImportResult {
  const result = importRowsOnly(rows, title);
  if (readIssues.length === 0) return result;
  return result.ok
    ? { ...result, warnings: [...readIssues, ...result.warnings] }
    : { ...result, errors: [...readIssues, ...result.errors] };
}

function importRowsOnly(rows: string[][], title?: string): ImportResult {
  const header = rows[0] ?? [];
  if (rows.length === 0 || header.every((cell) => cell.trim() === "")) {
    return failure(fileIssue("noHeaderRow"));
  }
  const format = sniffHeader(header);
  if (format === null) return { ok: false, errors: headerIssues(header) };
  if (format === "timeline-sheet") return finish(fromTimelineSheet(rows), format);
  return finish(fromOurCsv(rows, title), format);
}

/** A title for a CSV of our template, which has no title of its own: the file's name. */
export function titleFromName(name: string | undefined): string | undefined {
  const base = name?.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");
  return base ? base.replace(/[-_]+/g, " ") : undefined;
}

export function importText(text: string, name?: string): ImportResult {
  if (text.trim() === "") return failure(fileIssue("emptyFile"));
  const foreign = notADatasetText(text);
  if (foreign) return failure(foreign);
  if (looksLikeJson(text)) {
    const body = text.replace(/^\uFEFF/, "");
    const json = parseJson(body);
    if (!json.ok) return failure(explainComment(body, json.error));
    return importJsonValue(json.value);
  }
  const { rows, issues } = readCsv(text);
  return importRows(rows, titleFromName(name), issues);
}
