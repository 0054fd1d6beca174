/**
 * The editor's draft: what the author typed, field by field, beside the last
 * valid form of each event and place. A field that does not validate never
 * breaks the rest: the timeline and map keep showing the last valid form,
 * and the typed text stays in the draft with its message, so nothing is lost.
 *
 * Everything here is pure; `draftHistory.ts` adds undo and redo on top.
 */

import { parsePartialDate } from "../data/dates";
import { type DatasetIssue, quotedText } from "../data/issues";
import { endBeforeStart, parseDataset } from "../data/parseDataset";
import { fillPlaceTokens, placeTokens } from "../data/placeTokens";
import type {
  Dataset,
  DatasetEvent,
  DatasetMeta,
  Period,
  Place,
  PlaceKind,
  UndatedItem,
} from "../data/schema";
import { slugify } from "../data/slug";
import { hasStoryToShow } from "../data/storyToShow";
import { typedDate } from "../data/typedDate";
import { joinList, listCell } from "../import/csvCells";
import { provideDraftEdits } from "../store/editorSlice";
import { typedCoordinate } from "./coordinatePair";
import * as histories from "./draftHistory";
import { historyStep, placeClicked, putPlace } from "./historyStep";
import { idFollowingTitle } from "./idFollowingTitle";
import { uniqueId } from "./uniqueId";

/** The event form's fields, as typed. Lists are typed as text separated by `;`. */
export interface EventFields {
  id: string;
  title: string;
  start: string;
  end: string;
  approximate: boolean;
  places: string[];
  actors: string;
  tags: string;
  summary: string;
  quote: string;
  paragraph: string;
  link: string;
  /** The first link's words; "" for none, and the reader's page says "Link" in its own language. */
  linkLabel: string;
  note: string;
}

export interface PlaceFields {
  id: string;
  name: string;
  kind: PlaceKind;
  longitude: string;
  latitude: string;
  /** Romanised Japanese and Russian forms, and the names in their own scripts. */
  nameJa: string;
  nameRu: string;
  nativeJa: string;
  nativeRu: string;
  disputed: boolean;
  /** Who administers it and who claims it, said neutrally; "" for none. */
  status: string;
  note: string;
}

/** Each field's first problem, as data: the form words it in the page's language. */
export type FieldErrors<F> = Partial<Record<keyof F, DatasetIssue>>;

/**
 * An item's English texts as editing began, for the translations it came with (absent without
 * them): once a text differs, its translations were written for this one (`translations.ts`).
 */
export type TranslationBasis<K extends string> = Partial<Record<K, string>>;

/** One of an event's links. */
export type EventLink = NonNullable<DatasetEvent["links"]>[number];

export interface DraftEvent {
  fields: EventFields;
  /** The event as last valid; null until it first validates (it is then not shown). */
  valid: DatasetEvent | null;
  errors: FieldErrors<EventFields>;
  basis?: TranslationBasis<"title" | "summary" | "note">;
  /**
   * The links after the first, which the form does not show (absent: none). Kept apart from the
   * last valid form: with Link cleared, that form's first link is one of these, and the next
   * keystroke took it for the form's own and dropped it (review 31 F3).
   */
  otherLinks?: EventLink[];
  /**
   * Its quote (`quoteKey`: paragraph and text) as the check of the dataset the draft was made from
   * found it in the source: shown as checked while unchanged, without the source at hand (the
   * shipped article is checked when the site is built and not served; review 39 R1). On the
   * event, so it is stored in the event's chunk, not rewritten with the draft's head at each save.
   */
  checkedQuote?: string;
  /**
   * Set on an event added in this draft (Add event, New story) until its author types an Id: its
   * id follows its title (`idFollowingTitle`). Not stored: a reopened draft's ids may be in links.
   */
  followsTitle?: true;
}

export interface DraftPlace {
  fields: PlaceFields;
  valid: Place | null;
  errors: FieldErrors<PlaceFields>;
  /** Parts of a place the form does not edit (outline, translations), kept as they were. */
  extra: Pick<Place, "geometry" | "i18n">;
  basis?: TranslationBasis<"name" | "status" | "note">;
}

/** A named period's fields, as typed. */
export interface PeriodFields {
  id: string;
  title: string;
  start: string;
  end: string;
  note: string;
}

export interface DraftPeriod {
  fields: PeriodFields;
  valid: Period | null;
  errors: FieldErrors<PeriodFields>;
  /** Its translations, which the form does not edit, kept as they were. */
  extra: Pick<Period, "i18n">;
  basis?: TranslationBasis<"title" | "note">;
}

/** An undated item's texts as typed: the event form's fields of those names. */
export type UndatedFields = Pick<EventFields, "title" | "summary" | "note">;

/** The texts an undated item's form edits, in the form's order. */
export const UNDATED_FIELDS = [
  "title",
  "summary",
  "note",
] as const satisfies (keyof UndatedFields)[];

/**
 * An undated item as the draft holds it: its texts as typed beside its last valid form, as an
 * event's. It came valid from the dataset, so it always has one: a title typed empty keeps the
 * last title in the story on show, and the empty field with its message in the draft.
 */
export interface DraftUndated {
  fields: UndatedFields;
  valid: UndatedItem;
  errors: FieldErrors<UndatedFields>;
  basis?: TranslationBasis<"title" | "summary" | "note">;
}

export interface Draft {
  meta: DatasetMeta;
  places: DraftPlace[];
  periods: DraftPeriod[];
  events: DraftEvent[];
  /** Items without a usable date (imported stories): their texts and places are edited here. */
  undated: DraftUndated[];
  /** The article the story is built from, pasted or opened by the author; "" for none. */
  sourceText: string;
  /** What the draft was made from, for its banner: the dataset's title when editing began; "" for a new story. */
  basedOn: string;
  /**
   * A new story's title as it began ("Untitled story"), until the author gives it one: the
   * editor asks for it while the title is still this.
   */
  placeholderTitle?: string;
  /**
   * The story's title as typed while the format refuses it (cleared, too long): the field shows
   * it with its message, and `meta.title` keeps the last valid title for the story on show.
   */
  typedTitle?: string;
}

// ------------------------------------------------------------------ fields

export function eventFields(event: DatasetEvent): EventFields {
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end ?? "",
    approximate: event.approximate ?? false,
    places: [...event.places],
    // Escaped as our CSV's cells are (`Smith\; Jones`): an actor with a ";" was split in two
    // by any edit of its event (review 31 F4).
    actors: joinList(event.actors),
    tags: joinList(event.tags),
    summary: event.summary,
    quote: event.quote?.text ?? "",
    paragraph: event.quote ? String(event.quote.paragraph) : "",
    link: event.links?.[0]?.url ?? "",
    linkLabel: event.links?.[0]?.label ?? "",
    note: event.note ?? "",
  };
}

/**
 * The fields as the dataset format has them (before validation), with what the form does not edit
 * kept: the event's other links, and from its last valid form its translations, an imported
 * story's media, its date text while the dates are unchanged, its body while the summary is, and
 * the quote's drop cap while its text is.
 */
function eventInput(
  fields: EventFields,
  previous: DatasetEvent | null,
  otherLinks: readonly EventLink[],
): Record<string, unknown> {
  const start = typedDate(fields.start);
  const end = typedDate(fields.end);
  // The date text ("Spring 1943") describes the dates it came with: shown in their place, it
  // outlived a new start and was read and downloaded as the event's date (review 31 F2).
  const sameDates = start === previous?.start && end === (previous.end ?? "");
  // The body is the imported rich text the summary holds the words of, shown in its place: an
  // edited summary was seen nowhere (review 31 F1). The summary is the text from then on.
  const sameSummary = fields.summary.trim() === previous?.summary;
  const input: Record<string, unknown> = {
    ...(sameDates && previous.displayDate !== undefined && { displayDate: previous.displayDate }),
    ...(sameSummary && previous.body !== undefined && { body: previous.body }),
    ...(previous?.media && { media: previous.media }),
    ...(previous?.i18n && { i18n: previous.i18n }),
    id: fields.id.trim(),
    title: fields.title,
    start,
    places: fields.places,
    actors: listCell(fields.actors),
    tags: listCell(fields.tags),
    summary: fields.summary,
  };
  if (end !== "") input.end = end;
  if (fields.approximate) input.approximate = true;
  if (fields.quote.trim() !== "" || fields.paragraph.trim() !== "") {
    const paragraph = Number(fields.paragraph.trim());
    input.quote = {
      text: fields.quote,
      paragraph:
        fields.paragraph.trim() === "" || Number.isNaN(paragraph) ? fields.paragraph : paragraph,
      ...(previous?.quote?.dropCap && previous.quote.text === fields.quote && { dropCap: true }),
    };
  }
  if (fields.link.trim() !== "") {
    // No label of the editor's own: a word here would be English on every page, and the reader's
    // page names an unlabelled link in its own language. The maker's Link text is the label.
    const label = fields.linkLabel.trim() === "" ? undefined : fields.linkLabel;
    input.links = [
      { ...(label !== undefined && { label }), url: fields.link.trim() },
      ...otherLinks,
    ];
  } else if (otherLinks.length > 0) {
    input.links = [...otherLinks];
  }
  if (fields.note.trim() !== "") input.note = fields.note;
  return input;
}

export function placeFields(place: Place): PlaceFields {
  return {
    id: place.id,
    name: place.name,
    kind: place.kind,
    longitude: String(place.coordinates[0]),
    latitude: String(place.coordinates[1]),
    nameJa: place.names?.ja ?? "",
    nameRu: place.names?.ru ?? "",
    nativeJa: place.names?.native?.ja ?? "",
    nativeRu: place.names?.native?.ru ?? "",
    disputed: place.disputed ?? false,
    status: place.status ?? "",
    note: place.note ?? "",
  };
}

function placeInput(fields: PlaceFields, extra: DraftPlace["extra"]): Record<string, unknown> {
  const native: Record<string, string> = {};
  if (fields.nativeJa.trim() !== "") native.ja = fields.nativeJa;
  if (fields.nativeRu.trim() !== "") native.ru = fields.nativeRu;
  const names: Record<string, unknown> = { en: fields.name };
  if (fields.nameJa.trim() !== "") names.ja = fields.nameJa;
  if (fields.nameRu.trim() !== "") names.ru = fields.nameRu;
  if (Object.keys(native).length > 0) names.native = native;
  const input: Record<string, unknown> = {
    id: fields.id.trim(),
    name: fields.name,
    names,
    kind: fields.kind,
    coordinates: [typedCoordinate(fields.longitude), typedCoordinate(fields.latitude)],
    ...extra,
  };
  if (fields.disputed) input.disputed = true;
  if (fields.status.trim() !== "") input.status = fields.status;
  if (fields.note.trim() !== "") input.note = fields.note;
  return input;
}

export function periodFields(period: Period): PeriodFields {
  return {
    id: period.id,
    title: period.title,
    start: period.start,
    end: period.end ?? "",
    note: period.note ?? "",
  };
}

function periodInput(fields: PeriodFields, extra: DraftPeriod["extra"]): Record<string, unknown> {
  const input: Record<string, unknown> = {
    id: fields.id.trim(),
    title: fields.title,
    start: typedDate(fields.start),
    ...extra,
  };
  const end = typedDate(fields.end);
  if (end !== "") input.end = end;
  if (fields.note.trim() !== "") input.note = fields.note;
  return input;
}

// -------------------------------------------------------------- validation

/** Which form field a dataset path (after `events[0].` or `places[0].`) belongs to. */
const EVENT_FIELD_OF: Record<string, keyof EventFields> = {
  id: "id",
  title: "title",
  start: "start",
  end: "end",
  approximate: "approximate",
  places: "places",
  actors: "actors",
  tags: "tags",
  summary: "summary",
  "quote.text": "quote",
  quote: "quote",
  "quote.paragraph": "paragraph",
  links: "link",
  "links[0].label": "linkLabel",
  note: "note",
};

const PLACE_FIELD_OF: Record<string, keyof PlaceFields> = {
  id: "id",
  name: "name",
  "names.en": "name",
  names: "name",
  "names.ja": "nameJa",
  "names.ru": "nameRu",
  "names.native.ja": "nativeJa",
  "names.native.ru": "nativeRu",
  kind: "kind",
  "coordinates[0]": "longitude",
  "coordinates[1]": "latitude",
  coordinates: "longitude",
  disputed: "disputed",
  status: "status",
  note: "note",
};

function fieldOf<F>(rest: string, table: Record<string, keyof F>): keyof F | undefined {
  // `links[0].url` → `links`; `places[2]` → `places`; longest known prefix wins.
  let key = rest;
  while (key !== "") {
    const field = table[key];
    if (field) return field;
    const cut = Math.max(key.lastIndexOf("."), key.lastIndexOf("["));
    key = cut <= 0 ? "" : key.slice(0, cut);
  }
  return undefined;
}

const CHECK_META: DatasetMeta = { title: "Draft" };

/**
 * Validate one event's fields with `parseDataset` itself, so the editor says
 * exactly what `npm run validate` would, and map each message to its field.
 * `otherLinks` follow the Link field's (`DraftEvent.otherLinks`).
 */
export function validateEvent(
  fields: EventFields,
  places: readonly Place[],
  previous: DatasetEvent | null,
  otherLinks: readonly EventLink[] = [],
): { valid: DatasetEvent | null; errors: FieldErrors<EventFields> } {
  // Only the places the event names: each check parsed all of them, and a draft of 10,000 events
  // and 1,000 places took 58 s to restore and 0.2–0.9 s a keystroke (review 16).
  const named = new Set(fields.places);
  // And the places its title names as `{place-id}`: the check says an unknown one is a problem.
  if (fields.title.includes("{")) for (const id of placeTokens(fields.title)) named.add(id);
  const result = parseDataset({
    meta: CHECK_META,
    places: places.filter((place) => named.has(place.id)),
    events: [eventInput(fields, previous, otherLinks)],
  });
  const issues = result.ok ? result.warnings : result.errors;
  const errors: FieldErrors<EventFields> = {};
  for (const issue of issues) {
    const match = /^events\[0\]\.?(.*)$/.exec(issue.path);
    if (!match) continue;
    const field = fieldOf<EventFields>(match[1] ?? "", EVENT_FIELD_OF) ?? "title";
    errors[field] ??= issue;
  }
  // A place id the event names but the draft no longer has is dropped with a warning: show it.
  const valid =
    result.ok && Object.keys(errors).length === 0 ? (result.dataset.events[0] ?? null) : null;
  // After `valid`: a notice, not a refusal, so the rest of the event as typed is still shown.
  const linkText = linkTextIssue(fields);
  if (linkText) errors.link ??= linkText;
  // A quote with no paragraph said only 'must be a number, not ""', and the download left the
  // quote out (review 34 F7): the field says what it is for.
  if (fields.quote.trim() !== "" && fields.paragraph.trim() === "") {
    errors.paragraph = { path: "events[0].quote.paragraph", code: "quoteNeedsParagraph" };
  }
  datesBesideOthers(fields, errors, "events[0]", "endBeforeStartIgnored");
  return { valid, errors };
}

/**
 * Link text typed with no link: the format has nowhere to keep it, so the dataset drops it. The
 * words stay in the fields (and the stored draft), and the Link field asks for the address.
 */
function linkTextIssue(fields: EventFields): DatasetIssue | undefined {
  if (fields.link.trim() !== "" || fields.linkLabel.trim() === "") return undefined;
  return {
    path: "events[0].links[0].url",
    code: "linkTextWithoutAddress",
    params: { text: quotedText(fields.linkLabel.trim()) },
  };
}

/** The start an undated item is checked with: the event's checks need one, and it is no text's. */
const CHECK_START = "2000";

/**
 * An undated item's texts, checked as the event form checks an event's (`validateEvent`, so the
 * messages are `npm run validate`'s, a title's `{place-id}` checked against `places`), over its
 * last valid form, which keeps what the form does not edit (its body while the summary is the
 * same, media, links, translations, date text). Its places are not checked here: they are the
 * draft's valid places' (`setUndatedPlaces`, a place renamed or deleted).
 */
export function validateUndated(
  fields: UndatedFields,
  places: readonly Place[],
  previous: UndatedItem,
): { valid: UndatedItem | null; errors: FieldErrors<UndatedFields> } {
  const asEvent: DatasetEvent = { ...previous, start: CHECK_START, places: [] };
  const checked = validateEvent(
    { ...eventFields(asEvent), ...fields },
    places,
    asEvent,
    previous.links?.slice(1),
  );
  const errors: FieldErrors<UndatedFields> = {};
  for (const field of UNDATED_FIELDS) {
    const issue = checked.errors[field];
    if (issue) errors[field] = issue;
  }
  if (!checked.valid) return { valid: null, errors };
  const { start: _, end: _end, approximate: _approximate, ...item } = checked.valid;
  return { valid: { ...item, places: previous.places }, errors };
}

export function undatedFields(item: UndatedItem): UndatedFields {
  return { title: item.title, summary: item.summary, note: item.note ?? "" };
}

/** A valid undated item as the draft holds it, with the texts its translations were for. */
export function draftUndatedOf(item: UndatedItem): DraftUndated {
  const fields = undatedFields(item);
  return { fields, valid: item, errors: {}, ...(item.i18n && { basis: { ...fields } }) };
}

/** The draft's undated items in their last valid forms, made once per list (a change makes a new one). */
export function undatedItems(draft: Draft): UndatedItem[] {
  let items = validUndated.get(draft.undated);
  if (!items) {
    items = draft.undated.map((item) => item.valid);
    validUndated.set(draft.undated, items);
  }
  return items;
}

const validUndated = new WeakMap<readonly DraftUndated[], UndatedItem[]>();

export function validatePlace(
  fields: PlaceFields,
  extra: DraftPlace["extra"],
): { valid: Place | null; errors: FieldErrors<PlaceFields> } {
  const result = parseDataset({
    meta: CHECK_META,
    places: [placeInput(fields, extra)],
    events: [{ id: "check", title: "Check", start: "2000", summary: "Check" }],
  });
  const issues = result.ok ? result.warnings : result.errors;
  const errors: FieldErrors<PlaceFields> = {};
  for (const issue of issues) {
    const match = /^places\[0\]\.?(.*)$/.exec(issue.path);
    if (!match) continue;
    const field = fieldOf<PlaceFields>(match[1] ?? "", PLACE_FIELD_OF) ?? "name";
    errors[field] ??= issue;
  }
  const valid =
    result.ok && Object.keys(errors).length === 0 ? (result.dataset.places[0] ?? null) : null;
  return { valid, errors };
}

const PERIOD_FIELD_OF: Record<string, keyof PeriodFields> = {
  id: "id",
  title: "title",
  start: "start",
  end: "end",
  note: "note",
};

/** A period's fields, checked as `parseDataset` checks them (an end before the start included). */
export function validatePeriod(
  fields: PeriodFields,
  extra: DraftPeriod["extra"],
): { valid: Period | null; errors: FieldErrors<PeriodFields> } {
  const result = parseDataset({
    meta: CHECK_META,
    periods: [periodInput(fields, extra)],
    events: [{ id: "check", title: "Check", start: "2000", summary: "Check" }],
  });
  const issues = result.ok ? result.warnings : result.errors;
  const errors: FieldErrors<PeriodFields> = {};
  for (const issue of issues) {
    const match = /^periods\[0\]\.?(.*)$/.exec(issue.path);
    if (!match) continue;
    const field = fieldOf<PeriodFields>(match[1] ?? "", PERIOD_FIELD_OF) ?? "title";
    errors[field] ??= issue;
  }
  const valid =
    result.ok && Object.keys(errors).length === 0 ? (result.dataset.periods[0] ?? null) : null;
  datesBesideOthers(fields, errors, "periods[0]", "endBeforeStart");
  return { valid, errors };
}

/**
 * An end before the start, said beside another field's problem: the dataset's check compares the
 * dates only once the item passes its schema, so a form with an empty title and its dates the
 * wrong way round showed one problem, then the next once that was mended (review 22 L2).
 */
function datesBesideOthers(
  fields: { start: string; end: string; approximate?: boolean },
  errors: FieldErrors<{ start: string; end: string }>,
  path: string,
  code: "endBeforeStart" | "endBeforeStartIgnored",
): void {
  const start = typedDate(fields.start);
  const end = typedDate(fields.end);
  if (errors.start || errors.end || end === "") return;
  if (!parsePartialDate(start) || !parsePartialDate(end)) return;
  const issue = endBeforeStart({ start, end, approximate: fields.approximate }, path);
  if (issue) errors.end = { ...issue, code };
}

// ------------------------------------------------------------ the dataset

export function validPlaces(draft: Draft): Place[] {
  return draft.places.flatMap((place) => (place.valid ? [place.valid] : []));
}

/** The lists of the draft whose items have ids of their own. */
export type DraftList = "events" | "places" | "periods";

/**
 * The positions in `list` of the items the story leaves out: valid, with an id an earlier valid
 * item of that list already has (`draftDataset` keeps each id's first; their forms say why).
 */
export function duplicateIndexes(draft: Draft, list: DraftList): ReadonlySet<number> {
  const items: readonly { valid: { id: string } | null }[] = draft[list];
  // Asked for each list on every render and by each form's store selector on every change of
  // the store: made once per list (a change makes a new one).
  const known = duplicatesOf.get(items);
  if (known) return known;
  const later = laterDuplicates(items);
  duplicatesOf.set(items, later);
  return later;
}

const duplicatesOf = new WeakMap<object, ReadonlySet<number>>();

function laterDuplicates(items: readonly { valid: { id: string } | null }[]): ReadonlySet<number> {
  const seen = new Set<string>();
  const later = new Set<number>();
  items.forEach(({ valid }, i) => {
    if (!valid) return;
    if (seen.has(valid.id)) later.add(i);
    else seen.add(valid.id);
  });
  return later;
}

/** The id of item `index` of `list` when the story leaves it out for it (`useDuplicateId`), else null. */
export function duplicateIdOf(draft: Draft, list: DraftList, index: number): string | null {
  const id = draft[list][index]?.valid?.id;
  return id !== undefined && duplicateIndexes(draft, list).has(index) ? id : null;
}

/** The valid items of a list that the story keeps (all but `later`). */
function keptItems<T>(items: readonly { valid: T | null }[], later: ReadonlySet<number>): T[] {
  return items.flatMap(({ valid }, i) => (valid && !later.has(i) ? [valid] : []));
}

/**
 * The dataset the draft shows: each event and place in its last valid form.
 * Ids must stay unique, so a later duplicate of an id is left out (its form says why).
 */
export function draftDataset(draft: Draft): Dataset {
  const places = keptItems(draft.places, duplicateIndexes(draft, "places"));
  const placeIds = new Set(places.map((place) => place.id));
  const events = keptItems(draft.events, duplicateIndexes(draft, "events")).map((event) => {
    const known = event.places.filter((id) => placeIds.has(id));
    return known.length === event.places.length ? event : { ...event, places: known };
  });
  return {
    meta: draft.meta,
    places,
    periods: keptItems(draft.periods, duplicateIndexes(draft, "periods")),
    events,
    ...(draft.undated.length > 0 && { undated: undatedItems(draft) }),
  };
}

/** A draft of a dataset: every event and place valid, as the dataset has them. */
export function draftFromDataset(dataset: Dataset, sourceText = ""): Draft {
  return {
    meta: dataset.meta,
    periods: dataset.periods.map((period) => ({
      fields: periodFields(period),
      valid: period,
      errors: {},
      extra: period.i18n ? { i18n: period.i18n } : {},
      ...(period.i18n && { basis: { title: period.title, note: period.note ?? "" } }),
    })),
    places: dataset.places.map((place) => ({
      fields: placeFields(place),
      valid: place,
      errors: {},
      extra: pickExtra(place),
      ...(place.i18n && {
        basis: { name: place.name, status: place.status ?? "", note: place.note ?? "" },
      }),
    })),
    events: dataset.events.map(draftEventOf),
    undated: (dataset.undated ?? []).map(draftUndatedOf),
    sourceText,
    basedOn: dataset.meta.title,
  };
}

/** A valid event as the draft holds it: its fields, the texts its translations were for, its other links. */
export function draftEventOf(event: DatasetEvent): DraftEvent {
  return {
    fields: eventFields(event),
    valid: event,
    errors: {},
    ...(event.i18n && {
      basis: { title: event.title, summary: event.summary, note: event.note ?? "" },
    }),
    ...((event.links?.length ?? 0) > 1 && { otherLinks: event.links?.slice(1) }),
  };
}

function pickExtra(place: Place): DraftPlace["extra"] {
  const extra: DraftPlace["extra"] = {};
  if (place.geometry) extra.geometry = place.geometry;
  if (place.i18n) extra.i18n = place.i18n;
  return extra;
}

// ------------------------------------------------------------- operations

function eventIds(draft: Draft): Set<string> {
  return new Set(draft.events.map((event) => event.fields.id));
}

function placeIds(draft: Draft): Set<string> {
  return new Set(draft.places.map((place) => place.fields.id));
}

function revalidateEvent(draft: Draft, event: DraftEvent, fields: EventFields): DraftEvent {
  const { valid, errors } = validateEvent(
    fields,
    validPlaces(draft),
    event.valid,
    event.otherLinks,
  );
  // An invalid field keeps the last valid event on screen.
  return { ...event, fields, valid: valid ?? event.valid, errors };
}

export function updateEvent(draft: Draft, index: number, patch: Partial<EventFields>): Draft {
  const event = draft.events[index];
  if (!event) return draft;
  const events = [...draft.events];
  const others = () => new Set(draft.events.filter((_, i) => i !== index).map((e) => e.fields.id));
  const id = idFollowingTitle(event, others, patch);
  const fields = { ...event.fields, ...patch, ...(id === undefined ? {} : { id }) };
  // An id the author typed is theirs from then on, even one that is the title's slug.
  const { followsTitle: _, ...typedId } = event;
  events[index] = revalidateEvent(draft, patch.id === undefined ? event : typedId, fields);
  return { ...draft, events };
}

/**
 * A new event after `after` (or at the end). `title` is the placeholder the author types over, in
 * the page's language ("New event"). Its Start is empty, as New story's first event's is: it is not
 * valid, so neither on the timeline nor in a download, until its author gives it a date. It was
 * dated like its neighbour, and a date typed then refused left it published at that borrowed date
 * (review 37 R1: "Thales eclipse" drawn and downloaded in October 1957).
 */
export function addEvent(
  draft: Draft,
  after: number | null,
  title: string,
): { draft: Draft; index: number } {
  const fields = blankEventFields(uniqueId("new-event", eventIds(draft)), title, "");
  const blank: DraftEvent = { fields, valid: null, errors: {}, followsTitle: true };
  const index = after === null ? draft.events.length : after + 1;
  const events = [...draft.events];
  events.splice(index, 0, revalidateEvent(draft, blank, fields));
  return { draft: { ...draft, events }, index };
}

function blankEventFields(id: string, title: string, start: string): EventFields {
  return {
    id,
    title,
    start,
    end: "",
    approximate: false,
    places: [],
    actors: "",
    tags: "",
    summary: "",
    quote: "",
    paragraph: "",
    link: "",
    linkLabel: "",
    note: "",
  };
}

export function duplicateEvent(draft: Draft, index: number): { draft: Draft; index: number } {
  const event = draft.events[index];
  if (!event) return { draft, index };
  const id = uniqueId(`${event.fields.id}-copy`, eventIds(draft));
  const fields = { ...event.fields, id, places: [...event.fields.places] };
  const copy = revalidateEvent(draft, { fields, valid: null, errors: {} }, fields);
  const events = [...draft.events];
  events.splice(index + 1, 0, copy);
  return { draft: { ...draft, events }, index: index + 1 };
}

export function deleteEvent(draft: Draft, index: number): Draft {
  if (!draft.events[index]) return draft;
  return { ...draft, events: draft.events.filter((_, i) => i !== index) };
}

/**
 * A new place at `coordinates`, named `name` (the page's placeholder, "New place"); its id is a
 * slug of the name, or `new-place` for a name in another script (新しい場所), as events' ids are.
 */
export function addPlace(
  draft: Draft,
  coordinates: [number, number],
  name: string,
): { draft: Draft; index: number } {
  const fields: PlaceFields = {
    id: uniqueId(slugify(name, 60) || "new-place", placeIds(draft)),
    name,
    kind: "site",
    longitude: coordinates[0].toFixed(4),
    latitude: coordinates[1].toFixed(4),
    nameJa: "",
    nameRu: "",
    nativeJa: "",
    nativeRu: "",
    disputed: false,
    status: "",
    note: "",
  };
  const { valid, errors } = validatePlace(fields, {});
  const places = [...draft.places, { fields, valid, errors, extra: {} }];
  return { draft: { ...draft, places }, index: places.length - 1 };
}

export function updatePlace(draft: Draft, index: number, patch: Partial<PlaceFields>): Draft {
  const place = draft.places[index];
  if (!place) return draft;
  const fields = { ...place.fields, ...patch };
  let extra = place.extra;
  let { valid, errors } = validatePlace(fields, extra);
  if (valid && place.valid && extra.geometry) {
    extra = outlineMoved(extra, place.valid.coordinates, valid.coordinates);
    if (extra !== place.extra) ({ valid, errors } = validatePlace(fields, extra));
  }
  const places = [...draft.places];
  places[index] = { ...place, fields, extra, valid: valid ?? place.valid, errors };
  const next = { ...draft, places };
  const oldId = place.valid?.id;
  const newId = valid?.id;
  // A renamed id follows into the events that name the place, unless another place has either
  // id: typing "tokyo-2" passed through "tokyo", and Tokyo's events came along to the new place.
  const others = idsOfOtherPlaces(draft, index);
  if (oldId && newId && oldId !== newId && !others.has(oldId) && !others.has(newId))
    return renamePlaceInItems(next, oldId, newId);
  return next;
}

/**
 * The outline moved by as much as the place's point. A place moved is moved whole, as a drawing
 * moves a shape by its handle, whether its coordinates are typed or its marker dragged: left
 * where it was, the outline drew the place where it no longer is (review 31 F7), and dropped, a
 * nudge of the marker lost a coastline. Each step moves the outline the last valid point had, so
 * typing a coordinate digit by digit ends where typing it at once does. An outline the move
 * would take over the world's edges is dropped: it cannot be drawn there.
 */
function outlineMoved(
  extra: DraftPlace["extra"],
  from: readonly [number, number],
  to: readonly [number, number],
): DraftPlace["extra"] {
  const { geometry, ...rest } = extra;
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  if (!geometry || (dx === 0 && dy === 0)) return extra;
  let inside = true;
  // Rounded to 1e-7° (about a centimetre), so a move writes no 146.10000000000002.
  const shift = ([x, y]: [number, number]): [number, number] => {
    const point: [number, number] = [
      Math.round((x + dx) * 1e7) / 1e7,
      Math.round((y + dy) * 1e7) / 1e7,
    ];
    inside &&= Math.abs(point[0]) <= 180 && Math.abs(point[1]) <= 90;
    return point;
  };
  const moved: NonNullable<Place["geometry"]> =
    geometry.type === "Polygon"
      ? { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(shift)) }
      : {
          type: "MultiPolygon",
          coordinates: geometry.coordinates.map((polygon) =>
            polygon.map((ring) => ring.map(shift)),
          ),
        };
  return inside ? { ...rest, geometry: moved } : rest;
}

/** The valid ids of the draft's places but the one at `index`. */
function idsOfOtherPlaces(draft: Draft, index: number): Set<string> {
  return new Set(
    draft.places.flatMap((other, i) => (i !== index && other.valid ? [other.valid.id] : [])),
  );
}

/**
 * The ids the events lose with the place at `index`: its last valid one and the one typed, but
 * not one another place has (a place typed as a duplicate of "tokyo" takes nothing from Tokyo).
 */
function idsLeavingWith(draft: Draft, index: number): Set<string> {
  const place = draft.places[index];
  const others = idsOfOtherPlaces(draft, index);
  return new Set(
    [place?.valid?.id, place?.fields.id].filter(
      (id): id is string => id !== undefined && id !== "" && !others.has(id),
    ),
  );
}

/**
 * How many events, and apart how many undated items, name the place at `index` (in their places
 * or as a title's `{place-id}`): what deleting it takes them off. Apart, since an undated item is
 * no event: the notice said "which 1 event named" of a place only an undated item named.
 */
export function itemsNamingPlace(draft: Draft, index: number): { events: number; undated: number } {
  const ids = idsLeavingWith(draft, index);
  return {
    events: draft.events.filter((event) => namesPlace(event.fields, ids)).length,
    undated: draft.undated.filter((item) => undatedNamesPlace(item, ids)).length,
  };
}

/** A place renamed or deleted, as the items that name it see it. */
interface PlaceChange {
  /** The ids it goes by. */
  ids: ReadonlySet<string>;
  /** Its new id; null when it is deleted. */
  to: string | null;
  /** A deleted place's name in a language (`en` for the English title): its tokens become it. */
  nameIn: (lang: string) => string;
}

/** What a place change reads and rewrites: an event's fields or last valid form, an undated item. */
interface NamingItem {
  title: string;
  places: string[];
  i18n?: DatasetEvent["i18n"];
}

/** Whether an item names one of `ids` among its places or as a `{place-id}` in a title. */
function namesPlace(item: NamingItem, ids: ReadonlySet<string>): boolean {
  const titles = [item.title, ...Object.values(item.i18n ?? {}).map((texts) => texts.title ?? "")];
  return (
    item.places.some((id) => ids.has(id)) ||
    titles.some((title) => title.includes("{") && placeTokens(title).some((id) => ids.has(id)))
  );
}

/** Whether an undated item names one of `ids`, in its last valid form or its title as typed. */
function undatedNamesPlace(item: DraftUndated, ids: ReadonlySet<string>): boolean {
  return namesPlace(item.valid, ids) || namesPlace({ title: item.fields.title, places: [] }, ids);
}

/** A title's tokens of the changed place: its new id, or, deleted, its name (the words they showed). */
function retitled(title: string, change: PlaceChange, lang: string): string {
  if (!title.includes("{")) return title;
  return fillPlaceTokens(title, (id) =>
    change.ids.has(id) ? (change.to === null ? change.nameIn(lang) : `{${change.to}}`) : undefined,
  );
}

/**
 * An item's places and title tokens, its translations' too, after the change: a renamed id left
 * the `{old-id}` of a title naming no place, and the event fell off the map (review 31 F6).
 */
function withPlaceChange<T extends NamingItem>(item: T, change: PlaceChange): T {
  const { ids, to } = change;
  const places =
    to === null
      ? item.places.filter((id) => !ids.has(id))
      : [...new Set(item.places.map((id) => (ids.has(id) ? to : id)))];
  const i18n =
    item.i18n &&
    Object.fromEntries(
      Object.entries(item.i18n).map(([lang, texts]) => [
        lang,
        texts.title === undefined
          ? texts
          : { ...texts, title: retitled(texts.title, change, lang) },
      ]),
    );
  return { ...item, title: retitled(item.title, change, "en"), places, ...(i18n && { i18n }) };
}

/**
 * The events and undated items that name the place, changed: undated items too, which a
 * StoryMapJS map is all of, and which kept naming a place that was no longer there (review 31 F5).
 */
function changePlaceInItems(draft: Draft, change: PlaceChange): Draft {
  return {
    ...draft,
    events: draft.events.map((event) => {
      if (
        !namesPlace(event.fields, change.ids) &&
        !(event.valid && namesPlace(event.valid, change.ids))
      )
        return event;
      const valid = event.valid && withPlaceChange(event.valid, change);
      const basis = retitledBasis(event.basis, change);
      const changed = { ...event, valid, ...(basis && { basis }) };
      return revalidateEvent(draft, changed, withPlaceChange(event.fields, change));
    }),
    undated: draft.undated.map((item) => {
      if (!undatedNamesPlace(item, change.ids)) return item;
      const basis = retitledBasis(item.basis, change);
      const changed = {
        ...item,
        valid: withPlaceChange(item.valid, change),
        ...(basis && { basis }),
      };
      const fields = { ...item.fields, title: retitled(item.fields.title, change, "en") };
      return revalidateUndated(draft, changed, fields);
    }),
  };
}

/** The title an item's translations were written for, with the same change: not the author's edit. */
function retitledBasis<T extends { title?: string }>(
  basis: T | undefined,
  change: PlaceChange,
): T | undefined {
  const title = basis?.title;
  return title === undefined ? basis : ({ ...basis, title: retitled(title, change, "en") } as T);
}

/** An undated item with these texts: an invalid one keeps its last valid form on show. */
export function revalidateUndated(
  draft: Draft,
  item: DraftUndated,
  fields: UndatedFields,
): DraftUndated {
  const { valid, errors } = validateUndated(fields, validPlaces(draft), item.valid);
  return { ...item, fields, valid: valid ?? item.valid, errors };
}

function renamePlaceInItems(draft: Draft, from: string, to: string): Draft {
  return changePlaceInItems(draft, { ids: new Set([from]), to, nameIn: () => to });
}

/**
 * A deleted place leaves the events and undated items that named it; a title's `{place-id}` of it
 * becomes its name, so the title reads as it did.
 */
export function deletePlace(draft: Draft, index: number): Draft {
  const place = draft.places[index];
  if (!place) return draft;
  const name = place.valid?.name ?? place.fields.name;
  const i18n = place.valid?.i18n ?? place.extra.i18n;
  const next = { ...draft, places: draft.places.filter((_, i) => i !== index) };
  return changePlaceInItems(next, {
    ids: idsLeavingWith(draft, index),
    to: null,
    nameIn: (lang) => i18n?.[lang]?.name ?? name,
  });
}

function periodIds(draft: Draft): Set<string> {
  return new Set(draft.periods.map((period) => period.fields.id));
}

/**
 * A new period from `start` to `end` (the panel passes the middle of the timeline's view, so it
 * shows), titled with the page's placeholder ("New period"); its id as a new place's.
 */
export function addPeriod(
  draft: Draft,
  start: string,
  end: string,
  title: string,
): { draft: Draft; index: number } {
  const fields: PeriodFields = {
    id: uniqueId(slugify(title, 60) || "new-period", periodIds(draft)),
    title,
    start,
    end,
    note: "",
  };
  const { valid, errors } = validatePeriod(fields, {});
  const periods = [...draft.periods, { fields, valid, errors, extra: {} }];
  return { draft: { ...draft, periods }, index: periods.length - 1 };
}

/** A field that does not validate (a bad date, an end before the start) keeps the last valid band on the timeline. */
export function updatePeriod(draft: Draft, index: number, patch: Partial<PeriodFields>): Draft {
  const period = draft.periods[index];
  if (!period) return draft;
  const fields = { ...period.fields, ...patch };
  const { valid, errors } = validatePeriod(fields, period.extra);
  const periods = [...draft.periods];
  periods[index] = { ...period, fields, valid: valid ?? period.valid, errors };
  return { ...draft, periods };
}

export function deletePeriod(draft: Draft, index: number): Draft {
  if (!draft.periods[index]) return draft;
  return { ...draft, periods: draft.periods.filter((_, i) => i !== index) };
}

/**
 * A new, blank story: `title` a placeholder the editor asks the author to replace, no places,
 * no periods, no source, and one event to fill, its title and start empty (the format needs an
 * event, and a placeholder one would be shown as if it were the author's). Nothing of the story
 * on show is carried over: its source, licence and translations are not the author's.
 */
export function newStoryDraft(title: string): { draft: Draft; index: number } {
  const blank: Draft = {
    meta: { title },
    places: [],
    periods: [],
    events: [],
    undated: [],
    sourceText: "",
    basedOn: "",
    placeholderTitle: title,
  };
  const fields = blankEventFields("new-event", "", "");
  const event = revalidateEvent(
    blank,
    { fields, valid: null, errors: {}, followsTitle: true },
    fields,
  );
  return { draft: { ...blank, events: [event] }, index: 0 };
}

/** What a draft lacks before it is a story the format accepts, or that its author meant. */
export type StoryNeed =
  /** The title is still a new story's placeholder. */
  | { kind: "title" }
  /** No event at all. */
  | { kind: "noEvents" }
  /** No event, and no undated item has a place: the reader refuses it, with nothing to show. */
  | { kind: "undatedUnplaced"; count: number }
  /** No event is complete yet: the first one and the fields it still needs. */
  | { kind: "event"; index: number; fields: (keyof EventFields)[] };

export function storyNeeds(draft: Draft): StoryNeed[] {
  const needs: StoryNeed[] = [];
  if (
    draft.typedTitle !== undefined ||
    (draft.placeholderTitle !== undefined && draft.meta.title === draft.placeholderTitle)
  ) {
    needs.push({ kind: "title" });
  }
  // The reader's rule: undated items on the map are a story without an event.
  if (draftHasStory(draft)) return needs;
  if (draft.events.length > 0) {
    const index = 0;
    const fields = Object.keys(draft.events[index]?.errors ?? {}) as (keyof EventFields)[];
    needs.push({ kind: "event", index, fields });
  } else if (draft.undated.length > 0) {
    needs.push({ kind: "undatedUnplaced", count: draft.undated.length });
  } else needs.push({ kind: "noEvents" });
  return needs;
}

/**
 * Whether the draft's file is a story the reader opens, by the reader's own rule
 * (`hasStoryToShow`) on what `draftDataset` keeps: a valid event (the first of each id is kept),
 * or an undated item with a place. A dateless story whose places were all deleted was still
 * "a story" here, and its download was refused by Open dataset and `npm run validate`.
 */
export function draftHasStory(draft: Draft): boolean {
  const kept = draft.events.find((event) => event.valid !== null);
  return hasStoryToShow({ events: kept ? [kept] : [], undated: undatedItems(draft) });
}

export function setSourceText(draft: Draft, sourceText: string): Draft {
  return { ...draft, sourceText };
}

/** The story's title as the format checks it: its first problem, or none. */
function titleIssue(title: string): DatasetIssue | undefined {
  const result = parseDataset({
    meta: { title },
    events: [{ id: "check", title: "Check", start: "2000", summary: "Check" }],
  });
  const issues = result.ok ? result.warnings : result.errors;
  return issues.find((issue) => issue.path === "meta.title");
}

/**
 * The title as typed, always: one the format refuses (cleared, too long) is kept beside the
 * last valid one, never dropped, so the field shows what the author typed and says why.
 */
export function setTitle(draft: Draft, title: string): Draft {
  const { typedTitle: _, ...rest } = draft;
  if (titleIssue(title)) return { ...rest, typedTitle: title };
  return { ...rest, meta: { ...draft.meta, title } };
}

/** The story title field: what it shows, and its problem when the format refuses it. */
export function titleField(draft: Draft): { value: string; error?: DatasetIssue } {
  if (draft.typedTitle === undefined) return { value: draft.meta.title };
  const error = titleIssue(draft.typedTitle);
  return error ? { value: draft.typedTitle, error } : { value: draft.typedTitle };
}

// The store's map-click actions edit drafts with these; see `DraftEdits`.
provideDraftEdits({ history: histories, step: historyStep, placeClicked, putPlace });
