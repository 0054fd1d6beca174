/**
 * A dataset's texts in the reader's language. A dataset may carry
 * translations (`i18n: { ja: { title, summary } }` on events, names on
 * places, title and labels in `meta`); what a language lacks is shown in the
 * dataset's own words, which are English, and says so with its `lang`.
 */
import { type NamingPerspective, placeName } from "../data/names";
import type { DatasetMeta, Period, Place } from "../data/schema";
import { LANG_ATTRIBUTES, type Language } from "./languages";

/** The language a dataset's own texts are written in. */
export const DATASET_LANGUAGE: Language = "en";

/**
 * The `lang` of the dataset's own words (a quote, a source, a link's label) on a page in `lang`:
 * none on a page in the dataset's language, whose `lang` is theirs already.
 */
export function datasetWordsLang(lang: Language): string | undefined {
  return lang === DATASET_LANGUAGE ? undefined : LANG_ATTRIBUTES[DATASET_LANGUAGE];
}

/** A text and the `lang` it is written in. */
export interface LangText {
  text: string;
  lang: string;
}

type Translated<T> = { i18n?: Record<string, T> | undefined };

function translation<T>(item: Translated<T>, lang: Language): T | undefined {
  return lang === DATASET_LANGUAGE ? undefined : item.i18n?.[lang];
}

function pick(own: string, translated: string | undefined, lang: Language): LangText {
  return translated
    ? { text: translated, lang: LANG_ATTRIBUTES[lang] }
    : { text: own, lang: LANG_ATTRIBUTES[DATASET_LANGUAGE] };
}

type EventTexts = Translated<{ title?: string; summary?: string; note?: string }> & {
  title: string;
  summary?: string;
  note?: string;
};

/** An event's title (tokens not yet filled), summary and note in `lang`, each with its own `lang`. */
export function eventTexts(event: EventTexts, lang: Language) {
  const tr = translation(event, lang);
  return {
    title: pick(event.title, tr?.title, lang),
    summary: pick(event.summary ?? "", tr?.summary, lang),
    note: event.note === undefined ? undefined : pick(event.note, tr?.note, lang),
  };
}

/** The place as `lang` names it: its name, and the disputed names in that language's script. */
export function localPlace(place: Place, lang: Language): Place {
  const tr = translation(place, lang);
  if (!tr) return place;
  return {
    ...place,
    name: tr.name,
    names: { en: place.name, ...place.names, ja: tr.ja ?? tr.name, ru: tr.ru ?? tr.name },
    status: tr.status ?? place.status,
    note: tr.note ?? place.note,
  };
}

/** A place's name in a naming perspective and a language. */
export function placeNameIn(place: Place, perspective: NamingPerspective, lang: Language): string {
  return placeName(localPlace(place, lang), perspective);
}

/** Whether a place has its name in `lang` (else its English name is shown). */
export function placeTranslated(place: Place, lang: Language): boolean {
  return lang === DATASET_LANGUAGE || translation(place, lang) !== undefined;
}

/** The dataset's title, description and translation note in `lang`. */
export function metaTexts(meta: DatasetMeta, lang: Language) {
  const tr = translation(meta, lang);
  return {
    title: pick(meta.title, tr?.title, lang),
    description:
      meta.description === undefined ? undefined : pick(meta.description, tr?.description, lang),
    note: tr?.note,
  };
}

/** An actor or tag as `lang` writes it (the dataset's `meta.i18n[lang].labels`). */
export function labelIn(meta: DatasetMeta, lang: Language, label: string): string {
  return translation(meta, lang)?.labels?.[label] ?? label;
}

/** A named period's title and note in `lang`, each with its own `lang`. */
export function periodTexts(period: Period, lang: Language) {
  const tr = translation(period, lang);
  return {
    title: pick(period.title, tr?.title, lang),
    note: period.note === undefined ? undefined : pick(period.note, tr?.note, lang),
  };
}
