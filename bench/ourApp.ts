/** Our app (the production build) with `?data=/bench-data/events-N.json`. */
import type { Browser } from "@playwright/test";
import { newBenchContext } from "./browser";
import { dataArrival, loadTimes, watchDataRequest } from "./dataTiming";
import { clickTargetExpression, type Limits, type Subject } from "./interactions";
import { measureInteractions } from "./measureSubject";
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
  events: number,
  steps: number,
  limits: Limits & { loadTimeoutMs: number },
): Promise<SubjectResult> {
  const result: SubjectResult = { subject: "ours", events, errors: [] };
  const context = await newBenchContext(browser, {
    mode: "app",
    expectedEvents: events,
    loadTimeoutMs: limits.loadTimeoutMs,
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const dataPath = `/bench-data/events-${events}.json`;
    const dataRequest = watchDataRequest(page, dataPath);
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
      failure: string | null;
    };
    if (load.paintedAt === null || load.readyAt === null) {
      throw new Error(`the app failed to load the dataset: ${load.failure}`);
    }
    const arrival = await dataArrival(page, dataPath, dataRequest());
    result.load = loadTimes(arrival, load.readyAt, load.paintedAt);
    console.error(
      `  interactive ${result.load.interactiveAfterDataMs} ms after the data (fetch ${result.load.dataFetchMs} ms, from navigation ${result.load.navigationToInteractiveMs} ms)`,
    );

    const subject: Subject = {
      page,
      cdp: await context.newCDPSession(page),
      surfaceSelector: OUR_SURFACE,
      clickTargetExpression: CLICK_TARGET,
      selectedIdExpression: "window.__app?.store?.getState?.().selectedEventId ?? null",
      viewExpression: "JSON.stringify(window.__app?.store?.getState?.().timeWindow ?? null)",
    };
    await measureInteractions(subject, steps, limits, result);
  } catch (error) {
    result.errors.push(errorMessage(error));
    console.error(`  ${errorMessage(error)}`);
  } finally {
    await withTimeout(context.close(), 15_000, "closing the page").catch(() => undefined);
  }
  return result;
}
