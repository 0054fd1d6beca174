/**
 * Plain text out of the HTML that TimelineJS and StoryMapJS put in headlines
 * and texts, for titles, summaries and search. The result is only ever shown
 * as text (React escapes it), so it needs no sanitiser and runs in a worker,
 * where DOMPurify cannot (it needs a DOM). Rich text keeps its HTML in
 * `body`, which DOMPurify cleans whenever it is shown.
 */

import { hashId } from "../data/idTable";
import { slugify } from "../data/slug";
import { isWebUrl } from "../data/webUrl";

export { hostOf } from "../data/webUrl";

import { TextSet } from "./textSet";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Whether a text holds HTML markup (a tag or an entity). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][^>]*>|&(#?[a-z0-9]+);/i.test(text);
}

/**
 * What `htmlToText` would change: a tag or an entity, a space other than " ",
 * two spaces together, or a space at either end. A text with none (a title in
 * a catalogue's CSV) is returned as it is, sparing seven scans per text.
 */
const NOT_PLAIN = /[<&]|[^\S ]| {2}|^ | $/;

/** The words of an HTML fragment: no tags, no scripts or styles, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  if (!NOT_PLAIN.test(html)) return html;
  return decodeEntities(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<(br|\/p|\/li|\/blockquote|\/h[1-6]|\/div)\b[^>]*>/gi, " ")
      // Spans side by side are blocks of their own in StoryMapJS's Flickr and Instagram stories
      // (a location, then a description): "Brooklyn, NY, USAZach Wise is…" without the space.
      .replace(/<\/span>(?=<span\b)/gi, " ")
      // A tag starts with a letter, "/" or "!": "<- a manifestation…" or "a < b" is text, which
      // `<[^>]*>` swallowed up to the next tag's end (review 20).
      .replace(/<[a-z/!][^>]*>/gi, ""),
  )
    .replace(/\s+/g, " ")
    .trim();
}

/** At most `max` characters, ending in "…" when cut. */
/**
 * The first sentence of plain text, without its full stop: a caption's
 * "Hannibal Gazette. Begins work as a journeyman printer…" names its slide
 * "Hannibal Gazette" when the slide has no headline and no text.
 */
export function firstSentence(text: string): string {
  const match = /^(.+?)[.!?](?:\s|$)/.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * An id for a text with no Latin letter or digit (大阪での会議, Москва): made from the text itself,
 * so it stays the event's while rows are added around it. They were "item", "item-2"… in row
 * order, and a row added above made every shared link open another event (review 17).
 */
function textId(text: string): string {
  const trimmed = text.trim();
  return trimmed === "" ? "" : `item-${hashId(trimmed).toString(36)}`;
}

/** Ids unique within one dataset: a second "battle" becomes "battle-2". */
export class IdMaker {
  private readonly used = new TextSet();
  /**
   * The id the last `make` wanted, when it was taken and the id made is another ("battle" for
   * "battle-2"); else null. A source's own id renamed is said so (a CSV's `id` cell repeated was
   * renamed without a word, and `?event=x` opened the first row: review 32). A field, not a
   * callback: a million rows need not make a million closures.
   */
  renamedFrom: string | null = null;

  make(preferred: string, fallback: string): string {
    const base = slugify(preferred) || slugify(fallback) || textId(preferred || fallback) || "item";
    let id = base;
    for (let n = 2; !this.used.add(id); n++) id = `${base}-${n}`;
    this.renamedFrom = id === base ? null : base;
    return id;
  }
}

/** A trimmed string from any JSON value; numbers become their digits; anything else is "". */
export function str(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/**
 * The address if it is a web one, else null. A protocol-relative address ("//upload.wikimedia.org/…",
 * as TimelineJS's own examples write their media) is read as https:, as a page served over it would.
 */
export function webUrlOrNull(value: string): string | null {
  const url = value.startsWith("//") ? `https:${value}` : value;
  return url !== "" && isWebUrl(url) ? url : null;
}

export { quotedText as quoted } from "../data/issues";
