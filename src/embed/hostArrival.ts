/**
 * A host page opened at a deep link into an embed (`article.html#event=…`, the link a reader
 * shared) shows that embed, as an anchor link shows its target: it sat 1,500 px down an article
 * with nothing on screen about the link (review 36 R5). Only on arrival, and only while the reader
 * has not scrolled: a selection, Back or Forward leaves the page where the reader put it.
 *
 * No imports but the fragment reader: the host script (`embed.js`) bundles this.
 */
import { readFragment } from "./hostFragment";

/** Which of the page's embeds (by key, in document order) the fragment names, the first; -1 if none. */
export function arrivalEmbed(hash: string, keys: readonly string[]): number {
  return keys.findIndex((key) => Object.keys(readFragment(hash, key)).length > 0);
}

/** Centred where the frame fits the window; else its top at the window's top, as an anchor's. */
export function arrivalBlock(frameHeight: number, windowHeight: number): "center" | "start" {
  return frameHeight <= windowHeight ? "center" : "start";
}
