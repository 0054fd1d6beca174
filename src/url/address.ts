/**
 * Where the URL state lives. On the site it is the query string; the
 * one-file copy (opened from file://, where the query is not worth relying
 * on) keeps it in the fragment instead: see address.single.ts.
 */
import { namesUrlKey } from "./codec";

/**
 * The state's part of the address, as `?key=value…` (or empty). A fragment in the URL format
 * (`#event=…`, `#?event=…`) wins: an embedding page's link form pasted onto the app's address was
 * ignored without a word.
 */
export function readQuery(win: Window): string {
  const fragment = win.location.hash.replace(/^#\??/, "?");
  return namesUrlKey(fragment) ? fragment : win.location.search;
}

/** The address that shows `search` in place of the current state; a fragment that was state goes. */
export function addressWith(win: Window, search: string): string {
  const { pathname, hash } = win.location;
  return pathname + search + (namesUrlKey(hash.slice(1)) ? "" : hash);
}
