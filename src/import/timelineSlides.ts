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

type ReadDate = {
  date?: string;
  time?: string;
  /** An unread date's text to show instead: a year before 1 as "44 BCE", else as the source writes it. */
  display?: string;
  /** The display is a year before 1, which the page writes in the reader's language. */
  early?: true;
};

/** A slide's start or end: the date, or undefined with an issue (and a text to show instead). */
function slideDate(
  builder: DatasetBuilder,
  date: SlideDate,
  part: "start" | "end",
  where: SlideWhere,
  /** An event's start: unread, its slide is listed as undated, and the problem says so. */
  listsUndated = false,
): ReadDate {
  if (isEmpty(date)) return {};
  const read = readDateParts(date);
  if (read.ok) return { date: read.date, ...(read.time && { time: read.time }) };
  builder.issue(
    where(part, read.field),
    read.problem.code,
    read.problem.params,
    // beforeYearOne's own words say it already ("kept as undated").
    listsUndated && read.problem.code !== "beforeYearOne" ? { undated: true } : undefined,
  );
  // Kept as written, as our CSV keeps an unread start: "2018 April 1" was nowhere (review 28).
  return read.display ? { display: read.display, early: true } : { display: written(date) };
}

/** A date's parts as the source writes them, in its order: "2018 April 1 14:30". */
function written(date: SlideDate): string {
  return [date.year, date.month, date.day, date.time].filter((part) => part !== "").join(" ");
}

/**
 * What an item whose start was not read shows: the source's own display date, with a year before
 * 1 added when it does not name it ("Ides of March, 44 BCE": the year was lost, review 28); else
 * the start as written, with its end (a year before 1 alone, for the page to write).
 */
function undatedText(own: string, start: ReadDate, end: ReadDate, slide: Slide): string {
  if (own) {
    const digits = (text: string) => text.replaceAll(",", "");
    const year = start.early && start.display ? /^[\d,.]+/.exec(start.display)?.[0] : undefined;
    return year && !digits(own).includes(digits(year)) ? `${own}, ${start.display}` : own;
  }
  if (!start.display || start.early || isEmpty(slide.end)) return start.display ?? "";
  return `${start.display} – ${end.date ?? end.display ?? written(slide.end)}`;
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
      builder.setTitle(slide.headline, slide.text, at("start", "slide"));
      return;
    }
    const start = slideDate(builder, slide.start, "start", at, type !== "era");
    const end = slideDate(builder, slide.end, "end", at);
    if (type === "era") {
      if (start.date) builder.period(slide.headline, start.date, end.date, at("start", "slide"));
      else builder.issue(at("start", "slide"), "eraNeedsStart");
      return;
    }
    if (isEmpty(slide.start) && !start.display) {
      builder.issue(at("start", "slide"), "noDate");
    }
    const own = slide.displayDate || slide.start.display;
    const shownDate = start.date
      ? // A time is kept in the text shown; the timeline draws the day.
        own || (start.time ? timedDate(start, end) : "")
      : undatedText(own, start, end, slide);
    const input: ItemInput = {
      idHint: slide.uniqueId,
      // A repeated `unique_id` is renamed with a note there (the sheet template has no such column).
      ...(slide.uniqueId && { idAt: idWhere(at("start", "slide")) }),
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

/** Where a slide's `unique_id` is: under its JSON path, or its sheet row. */
const idWhere = (slide: Where): Where =>
  typeof slide === "string" ? `${slide}.unique_id` : { ...slide, column: "unique_id" };

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
