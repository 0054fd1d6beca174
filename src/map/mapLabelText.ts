/**
 * Every text the map may label in a language: its countries and seas, and
 * each place in every naming (the reader can switch it), as the map names
 * them (`placesIn`, `placeName`). A one-file copy carries the faces these need.
 */
import { NAMING_PERSPECTIVES, placeName } from "../data/names";
import type { Place } from "../data/schema";
import { localPlace } from "../i18n/datasetText";
import type { Language } from "../i18n/languages";
import { REFERENCE_LABEL_NAMES } from "./referenceLabels";

export function mapLabelText(places: readonly Place[], lang: Language): string {
  const countriesAndSeas = Object.entries(REFERENCE_LABEL_NAMES).map(([english, names]) =>
    lang === "en" ? english : names[lang],
  );
  const placeLabels = places.flatMap((place) => {
    const local = lang === "en" ? place : localPlace(place, lang);
    return NAMING_PERSPECTIVES.map((perspective) => placeName(local, perspective));
  });
  return [...countriesAndSeas, ...placeLabels].join("\n");
}
