/** Our app (the production build) with `?data=/bench-data/…` (JSON or CSV). */
import type { Browser, Page } from "@playwright/test";
import { newBenchContext } from "./browser";
import { dataArrival, loadTimes, watchDataRequest } from "./dataTiming";
import {
  COMPILE_CATEGORY,
  LOAD_START,
  splitTasksAtPageTime,
  type TaskSplit,
  type TraceEvent,
} from "./gpuWaits";
import { clickTargetExpression, type Limits, type Subject } from "./interactions";
import { longestTaskBefore, measureFloor } from "./loadFloor";
import { measureInteractions } from "./measureSubject";
import { round } from "./metrics";
import type { BenchDataset } from "./prepare";
import { measureReaderLoad } from "./readerLoad";
import { settleSearchPrebuild } from "./searchPrebuild";
import { settleServiceWorker } from "./serviceWorker";
import { errorMessage, waitForExpression, withTimeout } from "./time";
import type { SubjectResult } from "./types";

export const OUR_SURFACE = '[data-testid="timeline-zoom"]';

/** A visible event mark whose centre really hits it; marks with an event id first. */
const CLICK_TARGET = clickTargetExpression(
  OUR_SURFACE,
  '[data-testid="timeline-events"] :is(button, [role="button"])',
  "data-event-id",
);

export async function measureOurApp(
  browser: Browser,
  origin: string,
  dataset: BenchDataset,
  steps: number,
  limits: Limits & { loadTimeoutMs: number },
  traceCompiles = false,
): Promise<SubjectResult> {
  const { events, kind, bytes } = dataset;
  const result: SubjectResult = { subject: "ours", events, dataset: kind, bytes, errors: [] };
  const trace = loadTrace(browser, traceCompiles);
  const context = await newBenchContext(browser, {
    mode: "app",
    expectedEvents: events,
    loadTimeoutMs: limits.loadTimeoutMs,
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const dataPath = dataset.path;
    const dataRequest = watchDataRequest(page, dataPath);
    await trace.start(page).catch((error) => {
      result.errors.push(`the load was not traced: ${errorMessage(error)}`);
    });
    const response = await page.goto(`${origin}/?data=${dataPath}`, { waitUntil: "commit" });
    if (!response?.ok())
      throw new Error(`the app answered HTTP ${response?.status() ?? "nothing"}`);
    try {
      await waitForExpression(
        page,
        "!!window.__bench && (window.__bench.load.paintedAt !== null || window.__bench.load.failedAt !== null)",
        limits.loadTimeoutMs,
        "loading the dataset",
      );
    } catch (error) {
      const state = await withTimeout(
        page.evaluate(
          `(() => { const s = window.__app?.store?.getState?.(); return JSON.stringify({ app: !!window.__app, status: s?.status, events: s?.index?.events?.length, timeline: !!document.querySelector('section[aria-label="Timeline"]'), marks: !!document.querySelector('[data-testid="timeline-events"]') }); })()`,
        ),
        5000,
        "reading the page state",
      ).catch(() => "(page not answering)");
      throw new Error(
        `the app did not show the dataset: ${errorMessage(error)}; page state ${state}`,
      );
    }
    const load = (await page.evaluate("window.__bench.load")) as {
      readyAt: number | null;
      paintedAt: number | null;
      mapAt: number | null;
      failure: string | null;
    };
    if (load.paintedAt === null || load.readyAt === null) {
      throw new Error(`the app failed to load the dataset: ${load.failure}`);
    }
    const arrival = await dataArrival(page, dataPath, dataRequest(), load.readyAt);
    result.load = loadTimes(arrival, load.readyAt, load.paintedAt);
    console.error(
      `  interactive ${result.load.interactiveAfterDataMs} ms after the data (fetch ${result.load.dataFetchMs} ms, from navigation ${result.load.navigationToInteractiveMs} ms)`,
    );
    await measureLoadFloor(trace, page, dataset, load, arrival, result);

    const subject: Subject = {
      page,
      cdp: await context.newCDPSession(page),
      surfaceSelector: OUR_SURFACE,
      clickTargetExpression: CLICK_TARGET,
      selectedIdExpression: "window.__app?.store?.getState?.().selectedEventId ?? null",
      viewExpression: "JSON.stringify(window.__app?.store?.getState?.().timeWindow ?? null)",
      // The surface marks a pointer over a mark, on canvas as in the DOM (`useCanvasPointer`).
      overMarkExpression: () =>
        `document.querySelector(${JSON.stringify(OUR_SURFACE)})?.classList.contains("is-over-mark") ?? false`,
    };
    await measureInteractions(subject, steps, limits, result);
  } catch (error) {
    result.errors.push(errorMessage(error));
    console.error(`  ${errorMessage(error)}`);
  } finally {
    // Before the page goes: a trace left running would refuse the next case's.
    await withTimeout(trace.stop(), 30_000, "stopping the trace").catch(() => undefined);
    await withTimeout(context.close(), 15_000, "closing the page").catch(() => undefined);
  }
  // Last, in a browser of its own: the figures above are measured as before it existed.
  if (result.load) {
    result.readerLoadSplit = await measureReaderLoad(origin, dataset, limits.loadTimeoutMs).catch(
      (error) => {
        result.errors.push(`the reader's load was not traced: ${errorMessage(error)}`);
        return null;
      },
    );
    const reader = result.readerLoadSplit;
    console.error(
      reader
        ? `  a reader's load (no inspector): longest task ${reader.longestMs} ms, ${reader.longestGpuWaitMs} ms of it waiting for the GPU process; longest of the page's own ${reader.longestOwnMs} ms`
        : "  a reader's load: no trace",
    );
  }
  return result;
}

/** The load's trace: begun before navigation, stopped once (at interactive, or when the case ends). */
function loadTrace(browser: Browser, traceCompiles: boolean) {
  let stopped: Promise<TraceEvent[]> | null = null;
  // Few categories (tasks, GPU waits, user marks): the trace costs the load next to nothing.
  // V8's compiles (`--trace-compiles`) show its source-position collection, at a cost.
  const categories = ["toplevel", "gpu", "blink.user_timing"];
  if (traceCompiles) categories.push(COMPILE_CATEGORY);
  return {
    start: (page: Page) => browser.startTracing(page, { categories }),
    stop: (): Promise<TraceEvent[]> => {
      stopped ??= browser
        .stopTracing()
        .then(
          (buffer) =>
            (JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents,
        );
      return stopped;
    },
  };
}

/**
 * Splits the longest task up to `interactiveAt` (page clock) into GPU waits and the rest;
 * the app's `dataset:load-start` mark ties the page's clock to the trace's.
 */
async function splitTasksUntil(
  trace: ReturnType<typeof loadTrace>,
  page: Page,
  interactiveAt: number,
): Promise<TaskSplit | null> {
  const events = await withTimeout(trace.stop(), 30_000, "stopping the trace");
  const loadStart = (await page.evaluate(LOAD_START)) as number | null;
  if (loadStart === null) throw new Error("no dataset:load-start mark on the page");
  return splitTasksAtPageTime(events, loadStart, interactiveAt);
}

/** Map, floor and ratios, and the longest task up to interactive: the loading figures of issue 20. */
async function measureLoadFloor(
  trace: ReturnType<typeof loadTrace>,
  page: Page,
  dataset: BenchDataset,
  load: { paintedAt: number | null; mapAt: number | null },
  arrival: Awaited<ReturnType<typeof dataArrival>>,
  result: SubjectResult,
): Promise<void> {
  // The map may finish after the first paint (software WebGL): give it a few seconds.
  if (load.mapAt === null)
    await waitForExpression(page, "window.__bench.load.mapAt !== null", 15_000, "the map").catch(
      () => undefined,
    );
  const mapAt = (await page.evaluate("window.__bench.load.mapAt")) as number | null;
  const paintedAt = load.paintedAt ?? 0;
  const interactiveAt = Math.max(paintedAt, mapAt ?? paintedAt);
  result.longestTaskMs = await longestTaskBefore(page, interactiveAt);
  result.longestTaskSplit = await splitTasksUntil(trace, page, interactiveAt).catch((error) => {
    result.errors.push(`no trace of the load's tasks: ${errorMessage(error)}`);
    return null;
  });
  // The app registers its service worker once the map has drawn: the floor (and the interactions
  // after it) are measured once it is active.
  console.error(`  service worker: ${await settleServiceWorker(page)}`);
  console.error(`  search index: ${await settleSearchPrebuild(page)}`);
  if (!result.load) return;
  const loadStart = (await page.evaluate(LOAD_START)) as number | null;
  const start = loadStart ?? (arrival ? arrival.arrivedAt - arrival.fetchMs : null);
  if (start === null) {
    result.errors.push("no start of the data load found: no ratio to the floor");
    return;
  }
  if (arrival)
    result.load.mapAfterDataMs = mapAt === null ? null : round(mapAt - arrival.arrivedAt);
  result.load.interactiveAfterRequestMs = round(interactiveAt - start);
  result.load.timelineAfterRequestMs = round(paintedAt - start);
  try {
    const floor = await measureFloor(page, dataset);
    floor.ratio = round(result.load.interactiveAfterRequestMs / floor.totalMs, 2);
    floor.timelineRatio = round(result.load.timelineAfterRequestMs / floor.totalMs, 2);
    result.floor = floor;
    console.error(
      `  floor ${floor.totalMs} ms (fetch ${floor.fetchMs}, parse ${floor.parseMs}); ours ${result.load.timelineAfterRequestMs} ms to the timeline (${floor.timelineRatio}×), ${result.load.interactiveAfterRequestMs} ms with the map (${floor.ratio}×); longest task ${result.longestTaskMs ?? "< 50"} ms (${describeSplit(result.longestTaskSplit)})`,
    );
  } catch (error) {
    result.errors.push(errorMessage(error));
  }
}

function describeSplit(split: TaskSplit | null | undefined): string {
  if (!split) return "no trace";
  const positions =
    split.longestSourcePositionsMs === null
      ? "source positions not traced"
      : `${split.longestSourcePositionsMs} ms collecting source positions for Playwright`;
  return `traced ${split.longestMs} ms, ${split.longestGpuWaitMs} ms of it waiting for the GPU process, ${positions}; longest of the page's own ${split.longestOwnMs} ms`;
}
