/**
 * Event titles may name places as `{place-id}` so that disputed islands are
 * written in the reader's chosen naming perspective everywhere.
 */
const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

export function placeTokens(text: string): string[] {
  // Most titles name no place this way; the check is far cheaper than matchAll.
  if (!text.includes("{")) return [];
  return Array.from(text.matchAll(TOKEN), (match) => match[1] ?? "");
}

/** Replace each `{place-id}` with `nameOf(id)`; unknown ids are left as written. */
export function fillPlaceTokens(text: string, nameOf: (id: string) => string | undefined): string {
  return text.replace(TOKEN, (token, placeId: string) => nameOf(placeId) ?? token);
}
