/**
 * The host page's fragment as a deep link into its embeds:
 * `#event=nagato-summit` for the page's (first) embed, and `#<key>.event=…`
 * for an embed with a key, so several embeds on one page keep apart:
 * `#event=nagato-summit&map2.place=iturup&map2.from=2016&map2.to=2018`.
 * Pairs that are not an embed's are kept as they are.
 *
 * No imports: the host script (`embed.js`) bundles this.
 */
import type { EmbedView } from "./protocol";

const VIEW_KEYS = ["event", "place", "from", "to"] as const;

/** A key names one embed in the fragment: letters, digits and dashes, up to 32. */
export const EMBED_KEY_PATTERN = /^[A-Za-z0-9-]{1,32}$/;

function pairsOf(hash: string): string[] {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  return body === "" ? [] : body.split("&");
}

function nameOf(pair: string): string {
  const eq = pair.indexOf("=");
  return eq === -1 ? pair : pair.slice(0, eq);
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

const paramName = (key: string, name: string) => (key === "" ? name : `${key}.${name}`);

/**
 * The view the fragment gives the embed with this key ("" for the unkeyed one): only the keys it
 * names. An empty value (`#event=`) is null: no selection, not the embed's own address's.
 */
export function readFragment(hash: string, key: string): Partial<EmbedView> {
  const view: Partial<EmbedView> = {};
  for (const pair of pairsOf(hash)) {
    const eq = pair.indexOf("=");
    if (eq === -1) continue;
    const name = nameOf(pair);
    for (const field of VIEW_KEYS) {
      if (name !== paramName(key, field) || field in view) continue;
      const value = decode(pair.slice(eq + 1));
      if (value !== null) view[field] = value === "" ? null : value;
    }
  }
  return view;
}

/** What an embed's own address (its `src`) selects: what it shows while the fragment names nothing. */
export interface OwnSelection {
  event: string | null;
  place: string | null;
}

const NO_SELECTION: OwnSelection = { event: null, place: null };

/**
 * The fragment (`#…`, or "" when empty) with this embed's pairs replaced by the view's. No
 * selection in an embed whose own address selects one is `event=`: without it the fragment was
 * the bare address, and a reload, Forward or a copied link brought the address's event back after
 * the reader had closed it.
 */
export function writeFragment(
  hash: string,
  key: string,
  view: EmbedView,
  own: OwnSelection = NO_SELECTION,
): string {
  const ours = new Set(VIEW_KEYS.map((field) => paramName(key, field)));
  const kept = pairsOf(hash).filter((pair) => !ours.has(nameOf(pair)));
  const ownSelects = own.event !== null || own.place !== null;
  if (ownSelects && view.event === null && view.place === null)
    kept.push(`${paramName(key, "event")}=`);
  for (const field of VIEW_KEYS) {
    const value = view[field];
    if (value !== null) kept.push(`${paramName(key, field)}=${encodeURIComponent(value)}`);
  }
  return kept.length === 0 ? "" : `#${kept.join("&")}`;
}

/**
 * The page's own link to an event in the embed with this key, but the event's id: what Share in
 * the embed gives (with the id), so a reader shares the article at that event, not the app alone.
 */
export function shareAddress(href: string, key: string): string {
  return `${href.split("#")[0]}#${paramName(key, "event")}=`;
}

/**
 * Whether a changed fragment is meant for this embed: it names one of the keys of this embed or
 * of another on the page (`pageKeys`: together they are the page's view, and an embed it does
 * not name is back at its own address), or it is empty (Back to the page as it opened). A
 * fragment for something else (`#section-2`, an in-page link) leaves the embed alone.
 */
export function speaksTo(hash: string, key: string, pageKeys: readonly string[] = [key]): boolean {
  const names = new Set(
    [key, ...pageKeys].flatMap((each) => VIEW_KEYS.map((field) => paramName(each, field))),
  );
  const pairs = pairsOf(hash);
  return pairs.length === 0 || pairs.some((pair) => names.has(nameOf(pair)));
}

/**
 * Whether a reported view selects something other than what the fragment says (or, where it
 * names no selection, the embed's own address): a step in history.
 */
export function isNewSelection(
  hash: string,
  key: string,
  view: EmbedView,
  own: OwnSelection = NO_SELECTION,
): boolean {
  const current = readFragment(hash, key);
  const named = current.event !== undefined || current.place !== undefined;
  const shown = named
    ? { event: current.event ?? null, place: current.place ?? null }
    : { event: own.event, place: own.event === null ? own.place : null };
  return shown.event !== view.event || shown.place !== view.place;
}

/**
 * Each embed's key, in document order: its `data-kuril-key` if valid, else ""
 * for the first embed without one and "2", "3", … for the next ones (a number declared is skipped).
 */
export function assignKeys(declared: readonly (string | undefined)[]): string[] {
  const valid = (key: string | undefined): key is string =>
    key !== undefined && EMBED_KEY_PATTERN.test(key);
  // A number an author declared is skipped: an embed keyed "2" and the second unkeyed one both
  // followed `#2.event=` (review 33 F4).
  const taken = new Set(declared.filter(valid));
  let unkeyed = 0;
  const next = (): string => {
    unkeyed++;
    const key = unkeyed === 1 ? "" : String(unkeyed);
    return taken.has(key) ? next() : key;
  };
  return declared.map((key) => (valid(key) ? key : next()));
}
