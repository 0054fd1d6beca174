/** vis-timeline on the same dataset: dist/bench-vis/?data=/bench-data/events-N.json. */
import type { Browser } from "@playwright/test";
import { newBenchContext } from "./browser";
import { dataArrival, loadTimes, watchDataRequest } from "./dataTiming";
import { clickTargetExpression, type Limits, type Subject } from "./interactions";
import { measureInteractions } from "./measureSubject";
import { errorMessage, waitForExpression, withTimeout } from "./time";
import type { SubjectResult } from "./types";

const VIS_SURFACE = ".vis-panel.vis-center";

const CLICK_TARGET = clickTargetExpression(
  VIS_SURFACE,
  ".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point",
);

export async function measureVisTimeline(
  browser: Browser,
  origin: string,
  events: number,
  steps: number,
  limits: Limits & { loadTimeoutMs: number },
): Promise<SubjectResult> {
  const result: SubjectResult = { subject: "vis-timeline", events, errors: [] };
  const context = await newBenchContext(browser, { mode: "vis" });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const dataPath = `/bench-data/events-${events}.json`;
    const dataRequest = watchDataRequest(page, dataPath);
    const response = await page.goto(`${origin}/bench-vis/?data=${dataPath}`, {
      waitUntil: "commit",
    });
    if (!response?.ok())
      throw new Error(`the vis-timeline page answered HTTP ${response?.status() ?? "nothing"}`);
    await waitForExpression(
      page,
      "!!window.__vis && window.__vis.status !== 'loading'",
      limits.loadTimeoutMs,
      "vis-timeline loading the dataset",
    );
    const vis = (await page.evaluate(
      "({ status: window.__vis.status, error: window.__vis.error, count: window.__vis.count, marks: window.__vis.marks })",
    )) as {
      status: string;
      error: string | null;
      count: number;
      marks: { constructed: number; painted: number };
    };
    if (vis.status !== "ready") throw new Error(`vis page failed: ${vis.error}`);
    if (vis.count !== events) throw new Error(`vis page shows ${vis.count} items, not ${events}`);
    const arrival = await dataArrival(page, dataPath, dataRequest());
    result.load = loadTimes(arrival, vis.marks.constructed, vis.marks.painted);
    console.error(
      `  interactive ${result.load.interactiveAfterDataMs} ms after the data (fetch ${result.load.dataFetchMs} ms)`,
    );
    const subject: Subject = {
      page,
      cdp: await context.newCDPSession(page),
      surfaceSelector: VIS_SURFACE,
      clickTargetExpression: CLICK_TARGET,
      selectedIdExpression: "window.__vis.selected",
      viewExpression: "JSON.stringify(window.__vis.timeline.getWindow())",
      overMarkExpression: (x, y) =>
        `document.elementFromPoint(${x}, ${y})?.closest(".vis-item") != null`,
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
