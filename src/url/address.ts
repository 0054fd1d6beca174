/**
 * Where the URL state lives. On the site it is the query string; the
 * one-file copy (opened from file://, where the query is not worth relying
 * on) keeps it in the fragment instead: see address.single.ts.
 */

/** The state's part of the address, as `?key=value…` (or empty). */
export function readQuery(win: Window): string {
  return win.location.search;
}

/** The address that shows `search` (`?key=value…` or empty) in place of the current state. */
export function addressWith(win: Window, search: string): string {
  return `${win.location.pathname}${search}${win.location.hash}`;
}
