import type { Place } from "./schema";

/** How disputed places are named: Japanese (Etorofu), Russian (Iturup) or both. */
export const NAMING_PERSPECTIVES = ["both", "ja", "ru"] as const;
export type NamingPerspective = (typeof NAMING_PERSPECTIVES)[number];

export const PERSPECTIVE_LABELS: Record<NamingPerspective, string> = {
  both: "Both names",
  ja: "Japanese names",
  ru: "Russian names",
};

/** A place's name in a perspective. Only disputed places change; "both" puts the Japanese form first, then the Russian. */
export function placeName(place: Place, perspective: NamingPerspective): string {
  if (!place.disputed) return place.name;
  const { ja, ru } = place.names ?? {};
  if (perspective === "ja") return ja ?? place.name;
  if (perspective === "ru") return ru ?? place.name;
  if (ja && ru && ja !== ru) return `${ja} / ${ru}`;
  return ja ?? ru ?? place.name;
}

/** Every form a place is known by, for search. */
export function allPlaceNames(place: Place): string[] {
  const { en, ja, ru, native } = place.names ?? {};
  const names = [place.name, en, ja, ru, ...Object.values(native ?? {})];
  return Array.from(new Set(names.filter((name): name is string => Boolean(name))));
}
