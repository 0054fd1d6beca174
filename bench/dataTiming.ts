/**
 * When the dataset's last byte arrived, on the page's clock (ms since its
 * time origin): from Resource Timing when the page fetched it itself, else
 * from Playwright's network events (a fetch from a worker, for example), else
 * from the app's own mark of it (`dataset:fetched`, the worker's clock put on
 * the page's): with Chromium 150 Playwright once reported no finished request
 * for the worker's fetch, and the figure was lost.
 */
import type { Page, Request } from "@playwright/test";
import { round } from "./metrics";
import type { LoadResult } from "./types";

export interface DataArrival {
  fetchMs: number;
  arrivedAt: number;
  source: "resource-timing" | "playwright" | "app-mark";
}

/**
 * Start watching the network for `path` before navigating: every finished
 * request for it. A load can make two (the dataset worker's fetch, and the
 * service worker's own fetch behind it or its copy into Cache Storage), and
 * the first reported was not always one with timings (the figure was lost).
 */
export function watchDataRequest(page: Page, path: string): () => Request[] {
  const found: Request[] = [];
  page.on("requestfinished", (request) => {
    if (new URL(request.url()).pathname === path) found.push(request);
  });
  return () => [...found];
}

/** Of the arrivals known, the last to end before the page was ready: the one that brought the data. */
export function lastArrivalBefore(
  arrivals: readonly DataArrival[],
  before: number,
): DataArrival | null {
  let last: DataArrival | null = null;
  for (const arrival of arrivals) {
    if (arrival.arrivedAt > before) continue;
    if (!last || arrival.arrivedAt > last.arrivedAt) last = arrival;
  }
  return last;
}

interface ResourceEntry {
  startTime: number;
  responseEnd: number;
}

export async function dataArrival(
  page: Page,
  path: string,
  requests: readonly Request[],
  /** The page's ready time: a later request for the same file (the service worker keeping it) is not the load's. */
  before = Number.POSITIVE_INFINITY,
): Promise<DataArrival | null> {
  const entries = (await page.evaluate(
    `performance.getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname === ${JSON.stringify(path)} && e.startTime < ${before})
      .map((e) => ({ startTime: e.startTime, responseEnd: e.responseEnd }))`,
  )) as ResourceEntry[];
  const entry = entries[0];
  if (entry && entry.responseEnd > 0) {
    return {
      fetchMs: entry.responseEnd - entry.startTime,
      arrivedAt: entry.responseEnd,
      source: "resource-timing",
    };
  }
  const origin = (await page.evaluate("performance.timeOrigin")) as number;
  const arrivals = requests
    .map((request) => request.timing())
    .filter((timing) => timing.responseEnd > 0)
    .map(
      (timing): DataArrival => ({
        fetchMs: timing.responseEnd,
        arrivedAt: timing.startTime + timing.responseEnd - origin,
        source: "playwright",
      }),
    );
  return lastArrivalBefore(arrivals, before) ?? (await markedArrival(page, before));
}

/** The app's `dataset:fetched` mark, timed from its `dataset:load-start`. */
async function markedArrival(page: Page, before: number): Promise<DataArrival | null> {
  const marks = (await page.evaluate(
    `(() => {
      const at = (name) => performance.getEntriesByName(name, "mark").at(-1)?.startTime ?? null;
      return { start: at("dataset:load-start"), fetched: at("dataset:fetched") };
    })()`,
  )) as { start: number | null; fetched: number | null };
  if (marks.start === null || marks.fetched === null || marks.fetched > before) return null;
  return { fetchMs: marks.fetched - marks.start, arrivedAt: marks.fetched, source: "app-mark" };
}

/** Load figures from the page's own marks (ms since its time origin): data ready, and its first paint. */
export function loadTimes(
  arrival: DataArrival | null,
  readyAt: number,
  paintedAt: number,
): LoadResult {
  return {
    dataFetchMs: arrival ? round(arrival.fetchMs) : null,
    dataTimingSource: arrival?.source ?? "none",
    navigationToInteractiveMs: round(paintedAt),
    readyAfterDataMs: arrival ? round(readyAt - arrival.arrivedAt) : null,
    interactiveAfterDataMs: arrival ? round(paintedAt - arrival.arrivedAt) : null,
  };
}
