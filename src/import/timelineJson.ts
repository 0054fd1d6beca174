/** TimelineJS JSON (`title`, `events[]`, `eras[]`) into our format. */
import { isRecord } from "../data/isRecord";
import { DatasetBuilder } from "./builder";
import { str } from "./text";
import { addSlides, type Slide, type SlideDate } from "./timelineSlides";
import type { Converted } from "./types";

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function slideDate(value: unknown): SlideDate {
  const date = record(value);
  const hour = str(date.hour);
  const minute = str(date.minute);
  const second = str(date.second);
  const time =
    hour === ""
      ? ""
      : `${hour}:${(minute || "0").padStart(2, "0")}${second ? `:${second.padStart(2, "0")}` : ""}`;
  return {
    year: str(date.year),
    month: str(date.month),
    day: str(date.day),
    time,
    display: str(date.display_date),
  };
}

function toSlide(value: unknown, type: string): Slide {
  const slide = record(value);
  const text = record(slide.text);
  const media = record(slide.media);
  return {
    start: slideDate(slide.start_date),
    end: slideDate(slide.end_date),
    displayDate: str(slide.display_date),
    headline: str(text.headline),
    text: str(text.text),
    media: {
      url: str(media.url),
      caption: str(media.caption),
      credit: str(media.credit),
      thumbnail: str(media.thumbnail),
    },
    group: str(slide.group),
    uniqueId: str(slide.unique_id),
    type,
  };
}

const FIELD_PATH = { year: "year", month: "month", day: "day", time: "hour" } as const;

export function fromTimelineJson(json: Record<string, unknown>): Converted {
  const builder = new DatasetBuilder("Untitled timeline");
  const title = record(json.title);
  if (json.title !== undefined) {
    const text = record(title.text);
    builder.setTitle(str(text.headline), str(text.text), "title.text");
  }
  const events = Array.isArray(json.events) ? json.events : [];
  const eras = Array.isArray(json.eras) ? json.eras : [];
  const at = (list: string) => (i: number) => (part: "start" | "end", field: string) =>
    field === "slide"
      ? `${list}[${i}]`
      : `${list}[${i}].${part}_date.${FIELD_PATH[field as keyof typeof FIELD_PATH] ?? field}`;
  addSlides(
    builder,
    events.map((event) => toSlide(event, "")),
    at("events"),
  );
  addSlides(
    builder,
    eras.map((era) => toSlide(era, "era")),
    at("eras"),
  );
  return { ...builder.result(), sourceFields: SLIDE_FIELDS };
}

/** An event's fields in a TimelineJS slide (`Converted.sourceFields`). */
export const SLIDE_FIELDS: Readonly<Record<string, string>> = {
  title: "text.headline",
  summary: "text.text",
  start: "start_date",
  end: "end_date",
  displayDate: "display_date",
  media: "media",
  group: "group",
};
