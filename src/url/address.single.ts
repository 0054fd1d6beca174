/**
 * The one-file copy's URL state: in the fragment (`#event=…&names=ru`), so
 * its deep links work from disk. With no fragment, the view saved with the copy.
 */
import { readOfflineCopy } from "../offline/embeddedCopy";
import { decodeComponent, namesUrlKey } from "./codec";

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
  const saved = readOfflineCopy()?.view ?? "";
  return namesUrlKey(fragment) ? overSavedReading(fragment, saved) : saved;
}

/** What the saved view says of how to read, not of what to show: its language and its names. */
const READING_KEYS = new Set(["lang", "names"]);

/**
 * A fragment over the saved view: the fragment says what to show; the saved view's language and
 * names stay unless it names its own. `#event=…` written by hand or cut short opened a copy saved
 * in Japanese in the browser's language, drawn with faces the copy may not carry (review 40 V2).
 * The saved event, filters and dates do not stay: a link names the view it means.
 */
export function overSavedReading(fragment: string, saved: string): string {
  const keyOf = (pair: string) => decodeComponent(pair.split("=", 1)[0] ?? "");
  const named = new Set(fragment.split("&").map(keyOf));
  const kept = saved
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => READING_KEYS.has(keyOf(pair) ?? "") && !named.has(keyOf(pair)));
  return `?${[fragment, ...kept].join("&")}`;
}

export function addressWith(win: Window, search: string): string {
  return `${win.location.pathname}${win.location.search}#${search.replace(/^\?/, "")}`;
}
