/**
 * The one-file copy's URL state: in the fragment (`#event=…&names=ru`), so
 * its deep links work from disk. With no fragment, the view saved with the copy.
 */
import { readOfflineCopy } from "../offline/embeddedCopy";

export function readQuery(win: Window): string {
  const fragment = win.location.hash.slice(1);
  if (fragment.length > 0) return `?${fragment}`;
  return readOfflineCopy()?.view ?? "";
}

export function addressWith(win: Window, search: string): string {
  return `${win.location.pathname}${win.location.search}#${search.replace(/^\?/, "")}`;
}
