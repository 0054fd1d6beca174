import type { Interval } from "../data/dates";
import type { UrlState } from "./codec";

/**
 * The window a link asks for, given the dataset's default window: `from` and `to` as written, or
 * one of them alone with the default window's span (`?from=2018-01-01` opens on 1 January 2018
 * for as long a stretch as the site opens on anyway). Null when the link names no window.
 */
export function linkWindow(
  url: Pick<UrlState, "window" | "edge">,
  fallback: Interval,
): Interval | null {
  if (url.window) return url.window;
  if (!url.edge) return null;
  const span = fallback.end - fallback.start;
  const { side, at } = url.edge;
  return side === "from" ? { start: at, end: at + span } : { start: at - span, end: at };
}
