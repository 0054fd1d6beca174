/**
 * The load as a reader's browser runs it: the same page, URL and in-page recorders as the bench's
 * load (bench/ourApp.ts), in a browser of its own driven through a bare DevTools pipe
 * (bench/cdpPipe.ts) with only `Tracing`, `Target`, `Emulation`, `Page` and `Runtime.evaluate`. No `Network` domain, so V8 never parses the app's chunk again for initiator
 * stacks, which under Playwright adds ~100–200 ms to the first chunk's task (docs/performance.md).
 * Its trace gives the longest main-thread task from navigation to interactive, split as the bench's
 * own trace is (bench/gpuWaits.ts): what remains once software WebGL's GPU waits are out is the
 * page's own work, the figure issue 20's "never frozen" target is judged by.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath, recordersScript, VIEWPORT } from "./browser";
import { type CdpBrowser, launchOverPipe } from "./cdpPipe";
import { LOAD_START, splitTasksAtPageTime, type TaskSplit, type TraceEvent } from "./gpuWaits";
import type { BenchDataset } from "./prepare";
import { waitForExpression, withTimeout } from "./time";

/** Few categories (tasks, GPU waits, the app's user-timing marks), as the bench's own trace. */
const CATEGORIES = ["toplevel", "gpu", "blink.user_timing"];

/** The page's side of the load: the recorders' times and the app's `dataset:load-start` mark. */
const LOAD_STATE = `JSON.stringify({ load: window.__bench?.load ?? null, loadStart: ${LOAD_START} })`;

export async function measureReaderLoad(
  origin: string,
  dataset: BenchDataset,
  timeoutMs: number,
): Promise<TaskSplit | null> {
  const browser = await launchOverPipe(chromiumPath() ?? chromium.executablePath(), [
    ...CHROMIUM_ARGS,
    `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
  ]);
  try {
    return await withTimeout(
      traceLoad(browser, origin, dataset, timeoutMs),
      timeoutMs + 60_000,
      "the reader's load",
    );
  } finally {
    await browser.close();
  }
}

async function traceLoad(
  browser: CdpBrowser,
  origin: string,
  dataset: BenchDataset,
  timeoutMs: number,
): Promise<TaskSplit | null> {
  const created = await browser.send("Target.createTarget", { url: "about:blank" });
  const attached = await browser.send("Target.attachToTarget", {
    targetId: created.result?.targetId,
    flatten: true,
  });
  const session = attached.result?.sessionId as string;
  const send = (method: string, params?: Record<string, unknown>) =>
    browser.send(method, params, session);
  await send("Emulation.setDeviceMetricsOverride", {
    ...VIEWPORT,
    deviceScaleFactor: 1,
    mobile: false,
  });
  // The page's scripts-to-come are kept only once its `Page` domain is on (no stacks in it).
  await send("Page.enable");
  await send("Page.addScriptToEvaluateOnNewDocument", {
    source: await recordersScript({
      mode: "app",
      expectedEvents: dataset.events,
      loadTimeoutMs: timeoutMs,
    }),
  });

  const events: TraceEvent[] = [];
  const complete = new Promise<void>((done) =>
    browser.on((message) => {
      if (message.method === "Tracing.dataCollected")
        events.push(...((message.params?.value as TraceEvent[]) ?? []));
      if (message.method === "Tracing.tracingComplete") done();
    }),
  );
  await browser.send("Tracing.start", {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: "ReportEvents",
  });
  await send("Page.navigate", { url: `${origin}/?data=${dataset.path}` });
  // Runtime.evaluate works without the Runtime domain on: no console or exception stacks either.
  const page = {
    evaluate: async (expression: string) =>
      (
        (await send("Runtime.evaluate", { expression, returnByValue: true })).result?.result as
          | { value?: unknown }
          | undefined
      )?.value,
  };
  const read = async () =>
    JSON.parse(String((await page.evaluate(LOAD_STATE)) ?? "{}")) as {
      load: { paintedAt: number | null; mapAt: number | null; failedAt: number | null } | null;
      loadStart: number | null;
    };
  const loaded = `(() => { const l = window.__bench?.load; return !!l && (l.failedAt !== null || (l.paintedAt !== null && l.mapAt !== null)); })()`;
  await waitForExpression(page, loaded, timeoutMs, "the reader's load");
  const { load, loadStart } = await read();
  await browser.send("Tracing.end");
  await complete;
  if (!load || load.failedAt !== null || load.paintedAt === null || load.mapAt === null)
    throw new Error("the reader's load did not show the dataset");
  if (loadStart === null) throw new Error("no dataset:load-start mark in the reader's load");
  return splitTasksAtPageTime(events, loadStart, Math.max(load.paintedAt, load.mapAt));
}
