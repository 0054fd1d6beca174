import type { DraftPlace } from "./draft";

/**
 * The place names (as typed, compared trimmed and case-folded) that more than one place of the
 * draft has: an event's Places list tells those apart by id. Two "Baikonur" were two identical
 * checkboxes, and the author could not tell which one was ticked (review 37 R6).
 */
export function namesTwice(places: readonly DraftPlace[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const place of places) {
    const name = nameKey(place.fields.name);
    if (seen.has(name)) twice.add(name);
    seen.add(name);
  }
  return twice;
}

/** How `namesTwice` compares a name. */
export const nameKey = (name: string): string => name.trim().toLowerCase();
