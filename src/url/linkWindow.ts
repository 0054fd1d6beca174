import type { Interval } from "../data/dates";
import { type StoryExtentSource, storyExtent } from "../data/storyExtent";
import { clampWindow, minSpanOf, paddedExtent } from "../data/timeWindow";
import type { UrlState } from "./codec";

/**
 * The window a link asks for, given the dataset's default window: `from` and `to` as written, or
 * one of them alone with the default window's span (`?from=2018-01-01` opens on 1 January 2018
 * for as long a stretch as the site opens on anyway). Null when the link names no window.
 * With the dataset's `extent`, the window is kept where the timeline can zoom and pan to (the
 * timeline's own bounds): `?from=0001&to=9999` opens on the whole story with a margin,
 * not on years of empty axis that the first touch of the timeline would jump out of. The bounds
 * take in the story's periods (`storyExtent`): a window saved around a period's band opens whole.
 */
export function linkWindow(
  url: Pick<UrlState, "window" | "edge">,
  fallback: Interval,
  dataset?: StoryExtentSource & { minDuration: number },
): Interval | null {
  const asked = askedWindow(url, fallback);
  if (!asked || !dataset) return asked;
  const minSpan = minSpanOf(dataset);
  return clampWindow(asked, paddedExtent(storyExtent(dataset), minSpan), minSpan);
}

function askedWindow(url: Pick<UrlState, "window" | "edge">, fallback: Interval): Interval | null {
  if (url.window) return url.window;
  if (!url.edge) return null;
  const span = fallback.end - fallback.start;
  const { side, at } = url.edge;
  return side === "from" ? { start: at, end: at + span } : { start: at - span, end: at };
}
