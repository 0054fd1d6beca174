/**
 * The TimelineJS spreadsheet template (its published Google Sheet, saved as
 * CSV or TSV): one row per slide, a header row naming the columns.
 */
import { DatasetBuilder } from "./builder";
import { addSlides, type Slide } from "./timelineSlides";
import type { Converted } from "./types";

export const SHEET_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Type",
  "Group",
  "Background",
] as const;

type Column = (typeof SHEET_COLUMNS)[number];

/** Whether a header row is the TimelineJS template's. */
export function isTimelineSheetHeader(header: string[]): boolean {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return names.has("year") && names.has("headline");
}

export function fromTimelineSheet(rows: string[][]): Converted {
  const builder = new DatasetBuilder("Untitled timeline");
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const slides: Slide[] = [];
  const rowNumbers: number[] = [];
  rows.slice(1).forEach((row, i) => {
    const cell = (column: Column) => (row[index.get(column.toLowerCase()) ?? -1] ?? "").trim();
    if (row.every((value) => value.trim() === "")) return;
    slides.push({
      start: {
        year: cell("Year"),
        month: cell("Month"),
        day: cell("Day"),
        time: cell("Time"),
        display: "",
      },
      end: {
        year: cell("End Year"),
        month: cell("End Month"),
        day: cell("End Day"),
        time: cell("End Time"),
        display: "",
      },
      displayDate: cell("Display Date"),
      headline: cell("Headline"),
      text: cell("Text"),
      media: {
        url: cell("Media"),
        caption: cell("Media Caption"),
        credit: cell("Media Credit"),
        thumbnail: cell("Media Thumbnail"),
      },
      group: cell("Group"),
      uniqueId: "",
      type: cell("Type"),
    });
    // Row 1 is the header, so the first slide is row 2: as a spreadsheet numbers it.
    rowNumbers.push(i + 2);
  });
  const COLUMN_OF = { year: "Year", month: "Month", day: "Day", time: "Time", slide: "" } as const;
  addSlides(builder, slides, (i) => (part, field) => {
    const row = rowNumbers[i] ?? 0;
    if (field === "slide") return { row };
    const column = COLUMN_OF[field];
    return { row, column: part === "end" ? `End ${column}` : column };
  });
  return builder.result();
}
