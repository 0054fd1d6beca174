/**
 * A text's translations (`i18n[lang][field]`: the story's title, an event's or an undated item's
 * title, summary and note, a place's name, status and note, a period's title and note), which the editor does not
 * edit: once the English text is changed, they were written for the earlier one, and a reader in
 * that language still sees them. The editor says so beside the field and offers to drop them, so every language
 * shows the new text (the dataset's own words, marked as English).
 */
import type { Draft } from "./draft";

/** The format's translations of one item, by language. */
type Translations = Readonly<Record<string, object | undefined>>;

export interface FieldTranslations {
  /** The languages with a text of their own, as the dataset names them (`ja`, `ru`, `zh`). */
  langs: string[];
  /** The English text they were written for, when it has been changed since; else null. */
  writtenFor: string | null;
}

const NONE: FieldTranslations = { langs: [], writtenFor: null };

/**
 * Which languages have their own `field`, and whether the English `text` has changed since
 * `basis`, the text when editing began (undefined: not known, a new item or a new story).
 */
export function fieldTranslations(
  i18n: Translations | undefined,
  field: string,
  text: string,
  basis: string | undefined,
): FieldTranslations {
  const langs = Object.entries(i18n ?? {})
    .filter(([, texts]) => texts !== undefined && field in texts)
    .map(([lang]) => lang);
  if (langs.length === 0) return NONE;
  return { langs, writtenFor: basis !== undefined && text !== basis ? basis : null };
}

/**
 * `i18n` without `field` in any language; a language left with nothing goes, and so does one whose
 * entry the format cannot have without it (`whole`: a place's translation needs its name).
 * Undefined when no language is left.
 */
export function withoutField<T extends object>(
  i18n: Readonly<Record<string, T | undefined>>,
  field: string,
  whole = false,
): Record<string, T> | undefined {
  const kept: Record<string, T> = {};
  for (const [lang, texts] of Object.entries(i18n)) {
    if (!texts) continue;
    if (!(field in texts)) {
      kept[lang] = texts;
      continue;
    }
    if (whole) continue;
    const rest = Object.fromEntries(Object.entries(texts).filter(([key]) => key !== field)) as T;
    if (Object.keys(rest).length > 0) kept[lang] = rest;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** The texts the editor marks: the story's title, and each item's translated fields. */
export type TranslatedText =
  | { kind: "story" }
  | { kind: "event" | "undated"; index: number; field: "title" | "summary" | "note" }
  | { kind: "place"; index: number; field: "name" | "status" | "note" }
  | { kind: "period"; index: number; field: "title" | "note" };

/** The translations of one text of the draft, marked once its English text has changed. */
export function translationsOf(draft: Draft, text: TranslatedText): FieldTranslations {
  switch (text.kind) {
    case "story":
      // `basedOn` is the title when editing began, the one the story's translations went with.
      return fieldTranslations(
        draft.meta.i18n,
        "title",
        draft.meta.title,
        draft.basedOn === "" ? undefined : draft.basedOn,
      );
    case "event": {
      // The last valid form: what the story on show and its download say in English.
      const event = draft.events[text.index];
      if (!event?.valid) return NONE;
      const english = event.valid[text.field] ?? "";
      return fieldTranslations(event.valid.i18n, text.field, english, event.basis?.[text.field]);
    }
    case "undated": {
      const item = draft.undated[text.index];
      if (!item) return NONE;
      const english = item.valid[text.field] ?? "";
      return fieldTranslations(item.valid.i18n, text.field, english, item.basis?.[text.field]);
    }
    case "place": {
      const place = draft.places[text.index];
      if (!place?.valid) return NONE;
      const english = place.valid[text.field] ?? "";
      return fieldTranslations(place.extra.i18n, text.field, english, place.basis?.[text.field]);
    }
    case "period": {
      const period = draft.periods[text.index];
      if (!period?.valid) return NONE;
      const english = period.valid[text.field] ?? "";
      return fieldTranslations(period.extra.i18n, text.field, english, period.basis?.[text.field]);
    }
  }
}

/**
 * The draft without that text's translations, so every language shows the English one; the item's
 * other translated texts stay (a place's, which the format cannot keep without its name, go with it).
 */
export function dropTranslations(draft: Draft, text: TranslatedText): Draft {
  switch (text.kind) {
    case "story":
      if (!draft.meta.i18n) return draft;
      return { ...draft, meta: withI18n(draft.meta, withoutField(draft.meta.i18n, "title")) };
    case "event": {
      const event = draft.events[text.index];
      if (!event?.valid?.i18n) return draft;
      const events = [...draft.events];
      // The last valid form's i18n is the one each later edit carries on (eventInput).
      const valid = withI18n(event.valid, withoutField(event.valid.i18n, text.field));
      events[text.index] = { ...event, valid };
      return { ...draft, events };
    }
    case "undated": {
      const item = draft.undated[text.index];
      if (!item?.valid.i18n) return draft;
      const undated = [...draft.undated];
      // Its last valid form's i18n is the one each later edit carries on (`validateUndated`).
      const valid = withI18n(item.valid, withoutField(item.valid.i18n, text.field));
      undated[text.index] = { ...item, valid };
      return { ...draft, undated };
    }
    case "place": {
      const place = draft.places[text.index];
      if (!place?.extra.i18n) return draft;
      // A language's entry needs its name: without it, that language's status and note go too.
      const kept = withoutField(place.extra.i18n, text.field, text.field === "name");
      const places = [...draft.places];
      places[text.index] = {
        ...place,
        extra: withI18n(place.extra, kept),
        valid: place.valid && withI18n(place.valid, kept),
      };
      return { ...draft, places };
    }
    case "period": {
      const period = draft.periods[text.index];
      if (!period?.extra.i18n) return draft;
      const kept = withoutField(period.extra.i18n, text.field);
      const periods = [...draft.periods];
      periods[text.index] = {
        ...period,
        extra: withI18n(period.extra, kept),
        valid: period.valid && withI18n(period.valid, kept),
      };
      return { ...draft, periods };
    }
  }
}

/** `value` with these translations, or without any. */
function withI18n<T extends { i18n?: unknown }>(value: T, i18n: T["i18n"] | undefined): T {
  const { i18n: _, ...rest } = value;
  return (i18n ? { ...rest, i18n } : rest) as T;
}

/** The earlier text as the note quotes it: a long summary cut at a word, so the note stays short. */
export function quotedBriefly(text: string, max = 100): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
