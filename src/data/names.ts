import type { Place } from "./schema";

/** How disputed places are named: Japanese (Etorofu), Russian (Iturup) or both. */
export const NAMING_PERSPECTIVES = ["both", "ja", "ru"] as const;
export type NamingPerspective = (typeof NAMING_PERSPECTIVES)[number];

/** A place's name in a perspective. Only disputed places change; "both" puts the Japanese form first, then the Russian. */
export function placeName(place: Place, perspective: NamingPerspective): string {
  if (!place.disputed) return place.name;
  const { ja, ru } = place.names ?? {};
  if (perspective === "ja") return ja ?? place.name;
  if (perspective === "ru") return ru ?? place.name;
  if (ja && ru && ja !== ru) return `${ja} / ${ru}`;
  return ja ?? ru ?? place.name;
}

/**
 * Whether the naming switch changes anything: some place is named otherwise in one perspective
 * than in another. A story of earthquakes or of another country has no such place, and its reader
 * was offered Japanese and Russian names for islands it does not have.
 */
export function offersNamingChoice(places: Iterable<Place>): boolean {
  for (const place of places) {
    if (!place.disputed) continue;
    const both = placeName(place, "both");
    if (placeName(place, "ja") !== both || placeName(place, "ru") !== both) return true;
  }
  return false;
}

/** Every form a place is known by, for search. */
export function allPlaceNames(place: Place): string[] {
  const { en, ja, ru, native } = place.names ?? {};
  const translated = Object.values(place.i18n ?? {}).flatMap((t) => [t.name, t.ja, t.ru]);
  const names = [place.name, en, ja, ru, ...Object.values(native ?? {}), ...translated];
  return Array.from(new Set(names.filter((name): name is string => Boolean(name))));
}
