/**
 * StoryMapJS JSON (`storymap.slides[]`) into our format. The overview slide
 * gives the title; each location becomes a place (the same coordinates are
 * one place; a nameless location takes the slide's headline); `date` is free
 * text, read when it can mean only one date and otherwise kept for display.
 * Most story maps have no dates at all (13 of StoryMapJS's 22 examples): their
 * slides are undated items with places, and only a slide without a date in a
 * story with dates is worth a warning. A story drawn on an image (a gigapixel
 * map) has points on the picture, not on the Earth: they are left out, once said;
 * one on its author's own tiles is drawn on ours, and said so.
 */
import { isRecord } from "../data/isRecord";
import { DatasetBuilder } from "./builder";
import { readFreeDate } from "./dateParts";
import { firstSentence, htmlToText, quoted, str } from "./text";
import type { Converted } from "./types";

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function coordinate(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return Number.NaN;
}

export function fromStoryMap(json: Record<string, unknown>): Converted {
  const storymap = record(json.storymap);
  const slides: unknown[] = Array.isArray(storymap.slides) ? storymap.slides : [];
  const builder = new DatasetBuilder("Untitled story map");
  const mapType = str(storymap.map_type);
  const onImage = storymap.map_as_image === true || mapType === "zoomify";
  if (onImage) builder.issue("storymap.map_type", "mapIsImage");
  // The author's own tiles (a picture, as often as a map): drawn on ours instead, said once.
  else if (/^https?:\/\//i.test(mapType)) {
    builder.issue("storymap.map_type", "ownTilesNotUsed", { url: quoted(mapType) });
  }
  let titled = false;
  const dated = slides.some((slide) => str(record(slide).date) !== "");
  slides.forEach((value, i) => {
    const path = `storymap.slides[${i}]`;
    const slide = record(value);
    const text = record(slide.text);
    const headline = str(text.headline);
    const body = withoutCounters(str(text.text));
    // The first overview slide is the story's title and introduction; a later one (a closing
    // slide, as katrina.json's Aug 31) is a slide like the others, as StoryMapJS shows it.
    if (str(slide.type) === "overview" && !titled) {
      titled = true;
      // "Title <small>subtitle</small>" (population.json) reads "Title — subtitle", not run together.
      builder.setTitle(headline.replace(/\s*<small>/i, " — <small>"), body, `${path}.text`);
      return;
    }
    const location = record(slide.location);
    const places: string[] = [];
    if (!onImage && slide.location !== undefined && location.lat !== undefined) {
      // Nameless: the slide's headline, else its caption's first sentence (never its coordinates).
      const name =
        str(location.name) ||
        htmlToText(headline) ||
        (body ? "" : firstSentence(htmlToText(str(record(slide.media).caption))));
      const place = builder.place(
        { name, lat: coordinate(location.lat), lon: coordinate(location.lon) },
        `${path}.location`,
      );
      if (place) places.push(place);
    }
    const written = str(slide.date);
    const read = written ? readFreeDate(written) : null;
    if (!written) {
      if (dated) builder.issue(path, "noDate");
    } else if (!read) {
      builder.issue(`${path}.date`, "ambiguousDate", { value: quoted(written) });
    }
    const media = record(slide.media);
    builder.item(
      {
        idHint: str(slide.id) || headline,
        headline,
        text: body,
        start: read?.date,
        approximate: read?.approximate,
        displayDate: written && written !== read?.date ? written : undefined,
        places,
        media: {
          url: str(media.url),
          caption: str(media.caption),
          credit: str(media.credit),
        },
      },
      path,
    );
  });
  return {
    ...builder.result(),
    sourceFields: { title: "text.headline", summary: "text.text", start: "date", media: "media" },
  };
}

/**
 * StoryMapJS's own Flickr and Instagram importer set a photo's views or likes beside its caption
 * (`<span class="vco-snapmap-flickr-views">196</span>`): counts, not words, which titled slides
 * "White-out196", or "7" for a photo without a caption.
 */
function withoutCounters(html: string): string {
  return html.replace(/<span class="vco-[a-z-]*(?:views|likes)">\s*\d*\s*<\/span>/gi, "");
}
