/**
 * Where an event matched, for the result list. Apart from the index
 * (`searchIndex.ts`, loaded when search is first wanted) so that the list's
 * rendering does not pull the index into the first load.
 */
import type { DatasetIndex, IndexedEvent } from "../data/indexDataset";
import { allPlaceNames } from "../data/names";
import type { Place } from "../data/schema";
import { DATASET_LANGUAGE } from "../i18n/datasetText";
import { highlightRanges, type Range } from "./normalize";

export interface Snippet {
  /** What the text is: "Place", "Actor", "Tag", "Summary", "Quote", "Note". */
  label: string;
  text: string;
  ranges: Range[];
  /** A place name's language (`placeNameLang`); the rest are the dataset's own words. */
  lang?: string;
}

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 110;

/** Cut a long text around its first highlight, with ellipses, keeping the ranges right. */
function around(text: string, ranges: Range[]): { text: string; ranges: Range[] } {
  const first = ranges[0];
  if (!first || text.length <= SNIPPET_LENGTH) return { text, ranges };
  let from = Math.max(0, first[0] - SNIPPET_BEFORE);
  const spaceBefore = text.lastIndexOf(" ", from);
  if (from > 0 && spaceBefore !== -1 && first[0] - spaceBefore < SNIPPET_BEFORE + 15) {
    from = spaceBefore + 1;
  }
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  const spaceAfter = text.indexOf(" ", to);
  if (to < text.length && spaceAfter !== -1 && spaceAfter - to < 15) to = spaceAfter;
  const prefix = from > 0 ? "…" : "";
  const suffix = to < text.length ? "…" : "";
  const shift = prefix.length - from;
  return {
    text: `${prefix}${text.slice(from, to)}${suffix}`,
    ranges: ranges
      .filter(([start, end]) => start >= from && end <= to)
      .map(([start, end]) => [start + shift, end + shift] as const),
  };
}

/**
 * Where an event matched, other than its title as shown: the first place
 * name, actor, tag, summary, quote or note that holds a term. null when none does.
 */
export function matchSnippet(
  dataset: DatasetIndex,
  event: IndexedEvent,
  terms: readonly string[],
): Snippet | null {
  for (const id of event.places) {
    const place = dataset.places.get(id);
    if (!place) continue;
    for (const name of allPlaceNames(place)) {
      const ranges = highlightRanges(name, terms);
      if (ranges.length > 0) {
        return { label: "Place", text: name, ranges, lang: placeNameLang(place, name) };
      }
    }
  }
  for (const actor of event.actors) {
    const ranges = highlightRanges(actor, terms);
    if (ranges.length > 0) return { label: "Actor", text: actor, ranges };
  }
  for (const tag of event.tags) {
    const ranges = highlightRanges(tag, terms);
    if (ranges.length > 0) return { label: "Tag", text: tag, ranges };
  }
  const long: [string, string | undefined][] = [
    ["Summary", event.summary],
    ["Quote", event.quote?.text],
    ["Note", event.note],
  ];
  for (const [label, text] of long) {
    if (!text) continue;
    const ranges = highlightRanges(text, terms);
    if (ranges.length > 0) return { label, ...around(text, ranges) };
  }
  return null;
}

/**
 * The language a form of a place's name is written in, as a `lang` tag: a translation's or a
 * native name's own tag, else the dataset's language (its name and the sides' names: "Northern
 * Territories / Southern Kurils", "Kunashiri"). A Japanese voice read these English aliases in the
 * search results with its own phonetics (review 54).
 */
export function placeNameLang(place: Place, name: string): string {
  const { en, ja, ru, native } = place.names ?? {};
  if ([place.name, en, ja, ru].includes(name)) return DATASET_LANGUAGE;
  for (const [tag, words] of Object.entries(native ?? {})) if (words === name) return tag;
  for (const [tag, words] of Object.entries(place.i18n ?? {})) {
    if ([words.name, words.ja, words.ru].includes(name)) return tag;
  }
  return DATASET_LANGUAGE;
}

/**
 * A place found by its note alone (search covers notes): the note that holds the terms, the
 * reader's translation first, cut around the match, with its language. Without it the result
 * showed the place's English name as "Also called", nothing highlighted ("Kunashri" found the
 * Northern Territories by their note: review 54). null when no note holds them all.
 */
export function placeNoteSnippet(
  place: Place,
  terms: readonly string[],
  lang: string,
): { text: string; ranges: Range[]; lang: string } | null {
  const notes: [string, string | undefined][] = [
    [lang, place.i18n?.[lang]?.note],
    [DATASET_LANGUAGE, place.note],
    ...Object.entries(place.i18n ?? {}).map(
      ([tag, words]) => [tag, words.note] as [string, string | undefined],
    ),
  ];
  for (const [tag, note] of notes) {
    if (!note) continue;
    const ranges = highlightRanges(note, terms);
    if (ranges.length > 0) return { ...around(note, ranges), lang: tag };
  }
  return null;
}
