/**
 * Event titles may name places as `{place-id}` so that disputed islands are
 * written in the reader's chosen naming perspective everywhere.
 */
const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

const DASH = 45;
const CLOSE = 125;

const isSlugChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** Where `}` ends a place id that starts at `from` (as `TOKEN` reads one), or -1. */
function tokenEnd(text: string, from: number): number {
  let afterDash = true; // an id starts with a letter or digit
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSlugChar(code)) afterDash = false;
    else if (code === DASH && !afterDash) afterDash = true;
    else return code === CLOSE && !afterDash ? i : -1;
  }
  return -1;
}

/** The place ids a text names, as `TOKEN` finds them; scanned by hand, as checking 100,000 titles with matchAll is slow. */
export function placeTokens(text: string): string[] {
  const tokens: string[] = [];
  let open = text.indexOf("{");
  while (open >= 0) {
    const close = tokenEnd(text, open + 1);
    if (close >= 0) tokens.push(text.slice(open + 1, close));
    open = text.indexOf("{", close >= 0 ? close + 1 : open + 1);
  }
  return tokens;
}

/** Replace each `{place-id}` with `nameOf(id)`; unknown ids are left as written. */
export function fillPlaceTokens(text: string, nameOf: (id: string) => string | undefined): string {
  return text.replace(TOKEN, (token, placeId: string) => nameOf(placeId) ?? token);
}
