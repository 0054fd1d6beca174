import type { Interval } from "../data/dates";
import { type StoryExtentSource, storyExtent } from "../data/storyExtent";
import { clampWindow, minSpanOf, paddedExtent, span } from "../data/timeWindow";
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
  const extent = storyExtent(dataset);
  // A window beside the story (`?to=1900`) opens on its nearest events, a tenth of its span beyond
  // them: slid only into the bounds, it showed their empty margin (1941–43, "24 later events →").
  const margin = span(asked) / 10;
  const near = besideStory(asked, extent)
    ? clampWindow(asked, { start: extent.start - margin, end: extent.end + margin }, minSpan)
    : asked;
  return clampWindow(near, paddedExtent(extent, minSpan), minSpan);
}

/** Which side of the story a window lies wholly on, holding none of it; null when it holds some. */
export function besideStory(window: Interval, extent: Interval): "before" | "after" | null {
  if (window.end <= extent.start) return "before";
  if (window.start >= extent.end) return "after";
  return null;
}

/** Which side of the dataset's story the link's window lies wholly on (a notice says it moved). */
export function linkWindowBeside(
  url: Pick<UrlState, "window" | "edge">,
  fallback: Interval,
  dataset: StoryExtentSource,
): "before" | "after" | null {
  const asked = askedWindow(url, fallback);
  return asked && besideStory(asked, storyExtent(dataset));
}

function askedWindow(url: Pick<UrlState, "window" | "edge">, fallback: Interval): Interval | null {
  if (url.window) return url.window;
  if (!url.edge) return null;
  const span = fallback.end - fallback.start;
  const { side, at } = url.edge;
  return side === "from" ? { start: at, end: at + span } : { start: at - span, end: at };
}
