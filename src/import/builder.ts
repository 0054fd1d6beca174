/**
 * The one place where converters turn what they read into our format: ids
 * made unique (with a note when a source's own id is renamed), texts cut to
 * the schema's lengths (with a note when cut, and another when two names
 * become one), repeated places, actors and tags of an item kept once, places
 * shared by coordinates, items without a date kept apart as undated.
 */
import type { DatasetIssue, IssueCode, IssueParam } from "../data/issues";
import { MAX_LENGTH } from "../data/limits";
import {
  clip,
  firstSentence,
  hostOf,
  htmlToText,
  IdMaker,
  looksLikeHtml,
  quoted,
  webUrlOrNull,
} from "./text";
import type { Converted, RawDataset, Where } from "./types";

/**
 * The kinds of text a cut is said for, one note per kind and item: "row 4: the summary "…" is
 * longer than 1,000 characters: shortened" (`datasetIssue.textShortened` words each).
 */
export type CutField =
  | "summary"
  | "body"
  | "note"
  | "actor"
  | "tag"
  | "linkLabel"
  | "displayDate"
  | "caption"
  | "credit"
  | "place"
  | "label"
  | "title"
  | "description"
  | "translation";

/** The longest place name, story title and description, translated label and era title kept. */
const MAX_PLACE_NAME = 120;
const MAX_STORY_TITLE = 160;
const MAX_DESCRIPTION = 2000;
const MAX_LABEL = 120;

/** A name as a note quotes it: a long one by its start and its end, where two cut alike differ. */
function nameShown(name: string): IssueParam {
  const shown =
    name.length > 50 ? `${name.slice(0, 24).trimEnd()}…${name.slice(-24).trimStart()}` : name;
  return { kind: "text", text: shown };
}

/** Each item once, in the order first given: "Japan;Japan" is one actor (the filter counted the event twice). */
function once(items: readonly string[]): string[] {
  if (items.length < 2) return items as string[];
  return items.length === new Set(items).size ? (items as string[]) : [...new Set(items)];
}

export interface ItemInput {
  /** Preferred id (a source's own id, else the headline). */
  idHint: string;
  /**
   * Where the source writes `idHint` as its own id (our CSV's `id` cell, TimelineJS's
   * `unique_id`): a repeat of it is renamed there with a note. Unset, a rename is silent.
   */
  idAt?: Where;
  /** Plain text or HTML; tags are dropped from the title. */
  headline: string;
  /** Plain text or HTML: the summary gets its words, `body` keeps the markup. */
  text?: string;
  /** The body as our own download keeps it (its summary is `text`), instead of one made from `text`. */
  body?: string;
  start?: string;
  end?: string;
  approximate?: boolean;
  displayDate?: string;
  places?: string[];
  actors?: string[];
  tags?: string[];
  media?: { url: string; caption?: string; credit?: string; thumbnail?: string };
  links?: { label?: string; url: string }[];
  /**
   * A link without a label stays without one (our CSV's `link text` column: the editor stores a
   * link without Link text so), rather than be labelled with its host's name.
   */
  linkLabelsAsGiven?: boolean;
  note?: string;
  quote?: { text: string; paragraph: number; dropCap?: boolean };
  /** The title, summary and note in other languages (our CSV's `title (ja)` and the like). */
  i18n?: Record<string, { title?: string; summary?: string; note?: string }>;
}

export interface PlaceInput {
  /** Preferred id (our CSV's `place id`), else made from the name. */
  id?: string;
  name: string;
  lon: number;
  lat: number;
  /** The coordinates as the file wrote them (a CSV's cells), named in a problem instead of NaN. */
  written?: { lat: string; lon: string };
  kind?: string;
  geometry?: unknown;
  /** What our own GeoJSON download keeps of a place beyond these (parseDataset checks it). */
  more?: Record<string, unknown>;
}

/** One empty list for the actors and tags of every plain event: a million rows need not make two million. */
const NO_NAMES: readonly string[] = Object.freeze([]);

/** The kinds of text an item lost some of, each with the first text cut and its limit. */
type Cuts = Map<CutField, { text: string; limit: number }>;

const optional = <T>(key: string, value: T | undefined | "") =>
  value === undefined || value === "" ? {} : { [key]: value };

/** More notes than this of items titled from their text are said as one. */
const UNTITLED_LISTED = 3;

/**
 * Many items without a headline (a Flickr or Instagram story map's every slide) are one note in
 * the first one's place, not a line each: twenty lines of "has no headline" took half a laptop's
 * screen above the story (review 20: the Flickr and Instagram story maps).
 */
function untitledAsOne(issues: DatasetIssue[]): DatasetIssue[] {
  const untitled = issues.filter((issue) => issue.code === "noHeadline").length;
  if (untitled <= UNTITLED_LISTED) return issues;
  const first = issues.findIndex((issue) => issue.code === "noHeadline");
  const rest = issues.filter((issue) => issue.code !== "noHeadline");
  rest.splice(first, 0, { path: "", code: "untitledItems", params: { count: untitled } });
  return rest;
}

export class DatasetBuilder {
  readonly dataset: RawDataset;
  readonly issues: DatasetIssue[] = [];
  private readonly origins: Converted["origins"] = { events: [], undated: [] };
  private readonly itemIds = new IdMaker();
  private readonly placeIds = new IdMaker();
  private readonly periodIds = new IdMaker();
  private readonly placeAt = new Map<string, string>();
  private readonly placeById = new Map<string, RawDataset["places"][number]>();
  /** Each actor's (and tag's) name as cut, with the name it was cut from: two cut alike are said. */
  private readonly cutNames = { actor: new Map<string, string>(), tag: new Map<string, string>() };
  /** 1 for each event `plainEvent` made, by position in `dataset.events`; grown by doubling. */
  private parsed = new Uint8Array(1024);
  private parsedCount = 0;

  constructor(title: string, description = "") {
    const plainTitle =
      this.shortened(htmlToText(title), MAX_STORY_TITLE, "title", "") || "Untitled story";
    const plainDescription = this.shortened(
      htmlToText(description),
      MAX_DESCRIPTION,
      "description",
      "",
    );
    this.dataset = {
      meta: { title: plainTitle, ...optional("description", plainDescription) },
      places: [],
      periods: [],
      events: [],
      undated: [],
    };
  }

  /** A problem at a JSON path of the source (`events[3].start_date.year`) or a spreadsheet row and column. */
  issue(
    where: Where,
    code: IssueCode,
    params?: Record<string, IssueParam>,
    consequence?: Pick<DatasetIssue, "undated">,
  ): void {
    const at = typeof where === "string" ? { path: where } : { path: "", ...where };
    this.issues.push({ ...at, code, ...(params && { params }), ...consequence });
  }

  /** The story's title and description, from `where` in the source (the file itself: ""). */
  setTitle(title: string, description = "", where: Where = ""): void {
    const plain = this.shortened(htmlToText(title), MAX_STORY_TITLE, "title", where);
    if (plain) this.dataset.meta.title = plain;
    const plainDescription = this.shortened(
      htmlToText(description),
      MAX_DESCRIPTION,
      "description",
      where,
    );
    if (plainDescription) this.dataset.meta.description = plainDescription;
  }

  /** The title, description and translation note in another language (our CSV's title row), as `setTitle` takes them. */
  titleIn(
    lang: string,
    texts: { title?: string; description?: string; note?: string },
    where: Where = "",
  ): void {
    const cut = (text: string | undefined, max: number) =>
      text && this.shortened(text, max, "translation", where);
    const kept = {
      ...optional("title", cut(texts.title && htmlToText(texts.title), MAX_STORY_TITLE)),
      ...optional(
        "description",
        cut(texts.description && htmlToText(texts.description), MAX_DESCRIPTION),
      ),
      ...optional("note", cut(texts.note, MAX_LENGTH.note)),
    };
    if (Object.keys(kept).length === 0) return;
    const { meta } = this.dataset;
    meta.i18n ??= {};
    meta.i18n[lang] = { ...meta.i18n[lang], ...kept };
  }

  /** The id of the place at these coordinates, made on first use: the same point is one place. */
  place(input: PlaceInput, where: Where): string | null {
    const { lon, lat } = input;
    if (
      !Number.isFinite(lon) ||
      !Number.isFinite(lat) ||
      Math.abs(lon) > 180 ||
      Math.abs(lat) > 90
    ) {
      this.issue(where, "notLatLon", {
        lat: { kind: "code", text: input.written?.lat ?? String(lat) },
        lon: { kind: "code", text: input.written?.lon ?? String(lon) },
      });
      return null;
    }
    const key = `${lon.toFixed(6)},${lat.toFixed(6)}`;
    const known = this.placeAt.get(key);
    if (known) return known;
    const name =
      this.shortened(htmlToText(input.name), MAX_PLACE_NAME, "place", where) ||
      `${lat.toFixed(3)}, ${lon.toFixed(3)}`;
    const id = this.placeIds.make(input.id || name, "place");
    this.placeAt.set(key, id);
    const place = {
      id,
      name,
      kind: input.kind ?? "site",
      coordinates: [lon, lat],
      ...optional("geometry", input.geometry),
      ...input.more,
    };
    this.dataset.places.push(place);
    this.placeById.set(id, place);
    return id;
  }

  period(title: string, start: string, end: string | undefined, where: Where = ""): void {
    const plain = this.shortened(htmlToText(title), MAX_LENGTH.title, "title", where) || "Era";
    const id = this.periodIds.make(plain, "era");
    this.dataset.periods.push({ id, title: plain, start, ...optional("end", end) });
  }

  /** An event, or an undated item when it has no usable start. */
  item(input: ItemInput, origin: Where): void {
    let title = htmlToText(input.headline);
    const words = htmlToText(input.text ?? "");
    if (title === "") {
      // A slide of only a picture (StoryMapJS's marktwain.json has one) is named by its caption.
      const caption = firstSentence(htmlToText(input.media?.caption ?? ""));
      title = words ? clip(words, 80) : caption ? clip(caption, 80) : "Untitled";
      this.issue(origin, "noHeadline", { title: quoted(title) });
    }
    if (title.length > MAX_LENGTH.title) {
      this.issue(origin, "headlineShortened", { limit: MAX_LENGTH.title });
      title = clip(title, MAX_LENGTH.title);
    }
    // A quotation given as the media (TimelineJS allows a <blockquote>) is text: it joins the body.
    const mediaUrl = input.media?.url.trim() ?? "";
    const quotedMedia = /^<blockquote[\s>]/i.test(mediaUrl) ? mediaUrl : "";
    const rawText = [input.text ?? "", quotedMedia].join(" ").trim();
    // What this item's texts lost, one note per kind of text.
    const cuts: Cuts = new Map();
    // Two names cut alike, said after the cuts.
    const merged: Record<string, IssueParam>[] = [];
    const shorten = (text: string, max: number, field: CutField) =>
      this.shortened(text, max, field, cuts);
    // The markup (or a text too long for a summary) is kept whole as the body.
    const body =
      input.body !== undefined
        ? shorten(input.body, MAX_LENGTH.body, "body")
        : rawText !== "" && (looksLikeHtml(rawText) || words.length > MAX_LENGTH.summary)
          ? shorten(rawText, MAX_LENGTH.body, "body")
          : "";
    // A summary cut from a text the body keeps loses nothing; one beside its own body does.
    const summary =
      input.body !== undefined
        ? shorten(words, MAX_LENGTH.summary, "summary")
        : clip(words, MAX_LENGTH.summary);
    const media = quotedMedia ? undefined : this.media(input.media, origin, cuts);
    const links = (input.links ?? []).flatMap((link) => {
      const url = webUrlOrNull(link.url);
      if (!url) {
        // A row's links are our CSV template's `link` column: the message names it, as others do.
        const where = typeof origin === "string" ? origin : { ...origin, column: "link" };
        this.issue(where, "linkNotWeb", { url: quoted(link.url) });
        return [];
      }
      const label = link.label || (input.linkLabelsAsGiven ? "" : hostOf(url));
      return [
        { ...optional("label", label && shorten(label, MAX_LENGTH.linkLabel, "linkLabel")), url },
      ];
    });
    const fields = {
      id: this.itemId(input.idHint, title, input.idAt),
      title,
      places: once(input.places ?? []),
      actors: this.names(input.actors, "actor", cuts, merged),
      tags: this.names(input.tags, "tag", cuts, merged),
      summary,
      ...optional("quote", input.quote),
      ...optional("note", input.note && shorten(input.note, MAX_LENGTH.note, "note")),
      ...(links.length > 0 && { links }),
      ...optional(
        "displayDate",
        input.displayDate && shorten(input.displayDate, MAX_LENGTH.displayDate, "displayDate"),
      ),
      ...optional("body", body),
      ...optional("media", media),
      ...optional("i18n", this.translations(input.i18n, cuts)),
    };
    this.sayCuts(cuts, origin);
    for (const params of merged) this.issue(origin, "namesCutAlike", params);
    if (input.start === undefined) {
      this.dataset.undated.push(fields);
      this.origins.undated.push(origin);
      return;
    }
    this.dataset.events.push({
      ...fields,
      start: input.start,
      ...optional("end", input.end),
      ...(input.approximate !== undefined && { approximate: input.approximate }),
    });
    this.origins.events.push(origin);
  }

  /**
   * `item` for an event of only a headline, a start (a valid date) and
   * places, when it needs no issue: the same event, built without `item`'s
   * general work. False, having done nothing, when it would need one.
   *
   * The event is already what the check makes of it (`quickParseEvent`, handed
   * over: the same fields, in the schema's order), and `result()` says so in
   * `parsedEvents`, so `parseDataset` need not read it again nor make a
   * second object. With `ourCsv.ts`'s place pass, `importRows` of 1,000,000
   * rows took 4.2–5.2 s of CPU against 7.9–10.4 s before (Node 20, bundled,
   * alternate runs, load average ~7 on 2 cores).
   * `places` must be ids that `place` made; `start` a valid partial date; `row`
   * the spreadsheet row, kept as a number (`origins`).
   */
  plainEvent(
    idHint: string,
    headline: string,
    start: string,
    places: string[],
    row: number,
  ): boolean {
    const title = htmlToText(headline);
    if (title === "" || title.length > MAX_LENGTH.title) return false;
    const events = this.dataset.events;
    const at = events.length;
    if (at >= this.parsed.length) {
      const grown = new Uint8Array(this.parsed.length * 2);
      grown.set(this.parsed);
      this.parsed = grown;
    }
    this.parsed[at] = 1;
    this.parsedCount++;
    // The schema's keys in the schema's order, as `quickParseEvent` returns them.
    events.push({
      id: this.itemId(idHint, title, row),
      title,
      start,
      places,
      actors: NO_NAMES,
      tags: NO_NAMES,
      summary: "",
    });
    this.origins.events.push(row);
    return true;
  }

  /**
   * A new item's id, from the source's own id where it has one. A source's id used before is
   * renamed ("x" → "x-2") with a note at `idAt` (a number: that row's `id` cell) naming the new id.
   */
  private itemId(idHint: string, title: string, idAt: Where | number | undefined): string {
    const id = this.itemIds.make(idHint, title);
    const base = this.itemIds.renamedFrom;
    if (base !== null && idHint !== "" && idAt !== undefined) {
      const where = typeof idAt === "number" ? { row: idAt, column: "id" } : idAt;
      this.issue(where, "idRenamed", { id: quoted(base), renamed: quoted(id, 120) });
    }
    return id;
  }

  /**
   * `text`, cut to `max` characters; a cut noted in `cuts` (said once per kind by `sayCuts`), or
   * said at once at `where`.
   */
  private shortened(text: string, max: number, field: CutField, where: Cuts | Where): string {
    if (text.length <= max) return text;
    if (where instanceof Map) {
      if (!where.has(field)) where.set(field, { text, limit: max });
    } else this.sayCut(where, field, text, max);
    return clip(text, max);
  }

  private sayCut(where: Where, field: CutField, text: string, limit: number): void {
    this.issue(where, "textShortened", { field, text: quoted(text), limit });
  }

  private sayCuts(cuts: Cuts, where: Where): void {
    for (const [field, { text, limit }] of cuts) this.sayCut(where, field, text, limit);
  }

  /**
   * An item's actors or tags, each cut to the schema's length and kept once. Two different names
   * cut alike become one actor (one lane, one box) here: that is noted in `merged`, with both names.
   */
  private names(
    given: readonly string[] | undefined,
    field: "actor" | "tag",
    cuts: Cuts,
    merged: Record<string, IssueParam>[],
  ): string[] {
    if (!given || given.length === 0) return [];
    const max = field === "actor" ? MAX_LENGTH.actor : MAX_LENGTH.tag;
    const names = given.map((name) => {
      if (name.length <= max) return name;
      const cut = this.shortened(name, max, field, cuts);
      const first = this.cutNames[field].get(cut);
      if (first === undefined) this.cutNames[field].set(cut, name);
      else if (first !== name) {
        merged.push({ field, first: nameShown(first), second: nameShown(name), limit: max });
      }
      return cut;
    });
    return once(names);
  }

  /** An item's translations, cut as its own texts are; none when every text is empty. */
  private translations(i18n: ItemInput["i18n"], cuts: Cuts): ItemInput["i18n"] {
    if (!i18n) return undefined;
    const kept: NonNullable<ItemInput["i18n"]> = {};
    const cut = (text: string | undefined, max: number) =>
      text && this.shortened(text, max, "translation", cuts);
    for (const [lang, { title, summary, note }] of Object.entries(i18n)) {
      const texts = {
        ...optional("title", cut(title && htmlToText(title), MAX_LENGTH.title)),
        ...optional("summary", cut(summary, MAX_LENGTH.summary)),
        ...optional("note", cut(note, MAX_LENGTH.note)),
      };
      if (Object.keys(texts).length > 0) kept[lang] = texts;
    }
    return Object.keys(kept).length > 0 ? kept : undefined;
  }

  /** A place's name in another language, unless it has one there already (the first row's wins). */
  placeName(id: string, lang: string, name: string, where: Where = ""): void {
    const place = this.placeById.get(id);
    if (!place) return;
    const text = this.shortened(htmlToText(name), MAX_PLACE_NAME, "translation", where);
    if (text === "") return;
    place.i18n ??= {};
    const i18n = place.i18n as Record<string, { name: string }>;
    i18n[lang] ??= { name: text };
  }

  /**
   * An actor's or tag's name in another language (`meta.i18n[lang].labels`), the first one given;
   * keyed by the name as `item` keeps it (a long one cut).
   */
  label(lang: string, name: string, translated: string, where: Where = ""): void {
    if (translated === "") return;
    const text = this.shortened(translated, MAX_LABEL, "label", where);
    const { meta } = this.dataset;
    meta.i18n ??= {};
    meta.i18n[lang] ??= {};
    const translations = meta.i18n[lang];
    translations.labels ??= {};
    translations.labels[clip(name, MAX_LENGTH.actor)] ??= text;
  }

  private media(
    media: ItemInput["media"],
    origin: Where,
    cuts: Cuts,
  ): RawDataset["events"][number] | undefined {
    if (!media || media.url.trim() === "") return undefined;
    const url = webUrlOrNull(media.url.trim());
    if (!url) {
      // Embedded HTML (a blockquote, an iframe) or a relative path: nothing we can link to safely.
      this.issue(origin, "mediaNotWeb", { url: quoted(media.url.trim()) });
      return undefined;
    }
    const thumbnail = media.thumbnail ? webUrlOrNull(media.thumbnail.trim()) : null;
    return {
      url,
      ...optional(
        "caption",
        media.caption && this.shortened(media.caption.trim(), MAX_LENGTH.caption, "caption", cuts),
      ),
      ...optional(
        "credit",
        media.credit && this.shortened(media.credit.trim(), MAX_LENGTH.caption, "credit", cuts),
      ),
      ...optional("thumbnail", thumbnail ?? undefined),
    };
  }

  result(): Converted {
    const { dataset, origins } = this;
    const issues = untitledAsOne(this.issues);
    if (this.parsedCount === 0) return { dataset, issues, origins };
    return { dataset, issues, origins, parsedEvents: this.parsed.slice(0, dataset.events.length) };
  }
}
