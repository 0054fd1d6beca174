/**
 * TimelineJS slides, from its JSON or its spreadsheet template, into our
 * format: the title slide gives the title, groups become lanes (actors),
 * eras become named periods, `unique_id` becomes the id.
 */
import { formatEventDate } from "../data/dates";
import type { DatasetBuilder, ItemInput } from "./builder";
import { type DateField, readDateParts } from "./dateParts";
import type { Where } from "./types";

export interface SlideDate {
  year: string;
  month: string;
  day: string;
  /** "14:30", or the hour/minute/second parts joined so. */
  time: string;
  display: string;
}

export interface Slide {
  start: SlideDate;
  end: SlideDate;
  displayDate: string;
  headline: string;
  text: string;
  media: { url: string; caption: string; credit: string; thumbnail: string };
  group: string;
  uniqueId: string;
  /** "title", "era" or "" for an event. */
  type: string;
}

/** Where a field sits in the source, for messages: a JSON path or row 14, column Year. */
export type SlideWhere = (part: "start" | "end", field: DateField | "slide") => Where;

function isEmpty(date: SlideDate): boolean {
  return date.year === "" && date.month === "" && date.day === "";
}

/** A slide's start or end: the date, or undefined with an issue (and a text to show instead). */
function slideDate(
  builder: DatasetBuilder,
  date: SlideDate,
  part: "start" | "end",
  where: SlideWhere,
): { date?: string; time?: string; display?: string } {
  if (isEmpty(date)) return {};
  const read = readDateParts(date);
  if (read.ok) return { date: read.date, ...(read.time && { time: read.time }) };
  builder.issue(where(part, read.field), read.problem.code, read.problem.params);
  return read.display ? { display: read.display } : {};
}

export function addSlides(
  builder: DatasetBuilder,
  slides: Slide[],
  where: (i: number) => SlideWhere,
): void {
  slides.forEach((slide, i) => {
    const at = where(i);
    const type = slide.type.toLowerCase();
    if (type === "title") {
      builder.setTitle(slide.headline, slide.text);
      return;
    }
    const start = slideDate(builder, slide.start, "start", at);
    const end = slideDate(builder, slide.end, "end", at);
    if (type === "era") {
      if (start.date) builder.period(slide.headline, start.date, end.date);
      else builder.issue(at("start", "slide"), "eraNeedsStart");
      return;
    }
    if (isEmpty(slide.start) && !start.display) {
      builder.issue(at("start", "slide"), "noDate");
    }
    const shownDate =
      slide.displayDate ||
      slide.start.display ||
      start.display ||
      // A time is kept in the text shown; the timeline draws the day.
      (start.time && start.date ? timedDate(start, end) : "");
    const input: ItemInput = {
      idHint: slide.uniqueId,
      headline: slide.headline,
      text: slide.text,
      start: start.date,
      end: start.date ? end.date : undefined,
      displayDate: shownDate || undefined,
      actors: slide.group ? [slide.group] : [],
      media: slide.media,
    };
    builder.item(input, at("start", "slide"));
  });
}

/**
 * A timed start (and end) as text: "7 March 2018, 14:00–15:30" within one day; each end with its
 * own time across days ("5 January 1920, 06:45 – 5 January 1923, 06:45", which read as a daily
 * window "…, 06:45–06:45").
 */
function timedDate(
  start: { date?: string; time?: string },
  end: { date?: string; time?: string },
): string {
  const day = (date: string) => formatEventDate({ start: date });
  if (!start.date) return "";
  if (!end.date || end.date === start.date)
    return `${day(start.date)}, ${start.time}${end.time ? `–${end.time}` : ""}`;
  return `${day(start.date)}, ${start.time} – ${day(end.date)}${end.time ? `, ${end.time}` : ""}`;
}
