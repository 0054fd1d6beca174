/**
 * Every text the map may label in a language: its countries and seas, and
 * each place in every naming (the reader can switch it), as the map names
 * them (`placesIn`, `placeName`). A one-file copy carries the faces these need,
 * and the map declares the CJK faces they need (`labelFamily`).
 */
import { NAMING_PERSPECTIVES, placeName } from "../data/names";
import type { Place } from "../data/schema";
import { localPlace } from "../i18n/datasetText";
import type { Language } from "../i18n/languages";
import { type CjkFamily, labelFamily } from "./labelFamily";
import { mapLabel } from "./placeFeatures";
import { REFERENCE_LABEL_NAMES } from "./referenceLabels";

/** The labels for `places` as the map has them (already in the reader's language), and the countries and seas in `lang`. */
export function mapLabels(places: readonly Place[], lang: Language): string[] {
  const countriesAndSeas = Object.entries(REFERENCE_LABEL_NAMES).map(([english, names]) =>
    lang === "en" ? english : names[lang],
  );
  const placeLabels = places.flatMap((place) =>
    NAMING_PERSPECTIVES.map((perspective) => mapLabel(placeName(place, perspective))),
  );
  return [...countriesAndSeas, ...placeLabels];
}

/** The labels of a dataset's `places` in `lang`, one a line. */
export function mapLabelText(places: readonly Place[], lang: Language): string {
  const local = lang === "en" ? places : places.map((place) => localPlace(place, lang));
  return mapLabels(local, lang).join("\n");
}

const families = new WeakMap<readonly Place[], Map<Language, CjkFamily | null>>();

/**
 * The CJK family the labels of `places` (as the map has them) and the countries and seas in `lang`
 * need first (`labelFamily`), found once per list and language: the map's start asked four times,
 * each a pass over every place's names (~50 ms at 10,000 places on this machine).
 */
export function placesLabelFamily(places: readonly Place[], lang: Language): CjkFamily | null {
  let byLang = families.get(places);
  if (!byLang) {
    byLang = new Map();
    families.set(places, byLang);
  }
  let family = byLang.get(lang);
  if (family === undefined) {
    family = labelFamily(mapLabels(places, lang), lang);
    byLang.set(lang, family);
  }
  return family;
}
