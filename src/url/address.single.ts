/**
 * The one-file copy's URL state: in the fragment (`#event=…&names=ru`), so
 * its deep links work from disk. With no fragment, the view saved with the copy.
 */
import { readOfflineCopy } from "../offline/embeddedCopy";
import { namesUrlKey } from "./codec";

export function readQuery(win: Window): string {
  // A query pasted after the `#` (`#?event=…`) reads as the fragment it meant (review 27 F8); a
  // copy is no embed, whatever its address says: its Open full view led to the disk's root (F3).
  // A fragment with no key of ours (`#%`, `#top`) is no state: the saved view shows, not the
  // story's opening with the saved view silently lost (F8's rest).
  const fragment = win.location.hash
    .slice(1)
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => !/^embed(=|$)/.test(pair))
    .join("&");
  if (namesUrlKey(fragment)) return `?${fragment}`;
  return readOfflineCopy()?.view ?? "";
}

export function addressWith(win: Window, search: string): string {
  return `${win.location.pathname}${win.location.search}#${search.replace(/^\?/, "")}`;
}
