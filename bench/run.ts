/**
 * `npm run bench`: build, serve dist/ on loopback, and measure our timeline
 * and vis-timeline on synthetic datasets in headless Chromium. Writes
 * bench/results/latest.{md,json} and prints the Markdown table.
 * See bench/README.md for what is measured and how.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "@playwright/test";
import { launchBrowser } from "./browser";
import { measureFirstLoad } from "./firstLoad";
import type { Limits } from "./interactions";
import { measureLighthouse } from "./lighthouse";
import { machineInfo } from "./machine";
import { parseOptions } from "./options";
import { measureOurApp } from "./ourApp";
import { type BenchDataset, copyBuild, copyVisPage, runViteBuild, writeDatasets } from "./prepare";
import { checkTargets, toMarkdown } from "./report";
import { serveStatic } from "./serve";
import { errorMessage, withTimeout } from "./time";
import type { BenchResults, FirstLoadResult, SubjectResult } from "./types";
import { measureVisTimeline } from "./visTimeline";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = join(ROOT, "bench/results");
/** The whole run is abandoned (cleanly) after this long. */
const WATCHDOG_MS = 25 * 60_000;
/** vis-timeline is not tried at a size where one zoom step would take longer than this. */
const VIS_STEP_LIMIT_MS = 10_000;

const LIMITS: Limits & { loadTimeoutMs: number } = {
  stepTimeoutMs: 30_000,
  zoomBudgetMs: 30_000,
  gestureMs: 1000,
  loadTimeoutMs: 150_000,
};

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup(): Promise<void> {
  while (cleanups.length > 0) {
    const step = cleanups.pop();
    if (step) await withTimeout(step(), 15_000, "cleanup").catch(() => undefined);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  console.error(`\n${signal}: stopping the browser and the server`);
  cleanup().finally(() => process.exit(130));
}

/** Why vis-timeline is not tried at `events`, judging by the largest smaller size, or null. */
function visSkipReason(events: number, done: readonly SubjectResult[]): string | null {
  const previous = [...done].reverse().find((r) => r.events < events && !r.skipped);
  if (!previous) return null;
  if (!previous.zoom)
    return `failed or timed out at ${previous.events.toLocaleString("en-US")} events`;
  const estimate = (previous.zoom.msPerStep * events) / previous.events;
  if (estimate <= VIS_STEP_LIMIT_MS) return null;
  return `timed out: one zoom step would take ~${(estimate / 1000).toFixed(0)} s (scaled from ${previous.zoom.msPerStep.toFixed(0)} ms at ${previous.events.toLocaleString("en-US")})`;
}

async function measureAll(
  browser: Browser,
  origin: string,
  options: ReturnType<typeof parseOptions>,
  datasets: readonly BenchDataset[],
) {
  const ours: SubjectResult[] = [];
  for (const dataset of datasets) {
    console.error(`ours, ${dataset.kind}, ${dataset.events} events`);
    ours.push(
      await measureOurApp(browser, origin, dataset, options.steps, LIMITS, options.traceCompiles),
    );
  }
  console.error("first load of the default app");
  let firstLoad: FirstLoadResult | null = null;
  try {
    firstLoad = await measureFirstLoad(browser, origin);
    console.error(`  ${firstLoad.totalGzipKB} KB gzipped in all`);
  } catch (error) {
    console.error(`  failed: ${errorMessage(error)}`);
  }
  // vis-timeline last: a renderer it leaves stuck cannot slow our measurements down.
  const vis: SubjectResult[] = [];
  if (options.vis) {
    for (const events of options.sizes) {
      const skip = visSkipReason(events, vis);
      if (skip) {
        console.error(`vis-timeline, ${events} events: skipped, ${skip}`);
        vis.push({ subject: "vis-timeline", events, errors: [], skipped: skip });
        continue;
      }
      console.error(`vis-timeline, ${events} events`);
      vis.push(await measureVisTimeline(browser, origin, events, options.steps, LIMITS));
    }
  }
  return { ours, vis, firstLoad };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const watchdog = setTimeout(() => {
    console.error(`the benchmark took more than ${WATCHDOG_MS / 60_000} minutes: giving up`);
    cleanup().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  watchdog.unref();

  const dist = options.dist ? resolve(options.dist) : join(ROOT, "dist");
  if (options.build) await runViteBuild(ROOT);
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run bench\` without --no-build`);
  }
  const served = await copyBuild(dist);
  cleanups.push(served.remove);
  const datasets = await writeDatasets(served.dir, options);
  if (options.vis) await copyVisPage(ROOT, served.dir);

  const server = await serveStatic(served.dir);
  cleanups.push(server.close);
  console.error(`serving a copy of ${dist} at ${server.origin}`);
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const machine = machineInfo(browser.version());

  const { ours, vis, firstLoad } = await measureAll(browser, server.origin, options, datasets);
  let lighthouse = null;
  if (options.lighthouse) {
    console.error("Lighthouse, mobile, against the build served gzipped");
    lighthouse = await measureLighthouse(served.dir);
    console.error(
      `  LCP ${lighthouse.lcpMs} ms, CLS ${lighthouse.cls}${lighthouse.error ? `; ${lighthouse.error}` : ""}`,
    );
  }
  const ratios = options.vis
    ? options.sizes.map((events) => {
        const visMs = vis.find((r) => r.events === events)?.zoom?.msPerStep ?? null;
        const oursMs =
          ours.find((r) => r.events === events && r.dataset === "synthetic")?.zoom?.msPerStep ??
          null;
        const ratio = visMs !== null && oursMs !== null && oursMs > 0 ? visMs / oursMs : null;
        return { events, visMsPerStep: visMs, oursMsPerStep: oursMs, ratio };
      })
    : [];
  const partial = {
    machine,
    options: {
      sizes: options.sizes,
      steps: options.steps,
      seed: options.seed,
      build: options.build,
      vis: options.vis,
      realistic: options.realistic,
      csv: options.csv,
      lighthouse: options.lighthouse,
      traceCompiles: options.traceCompiles,
    },
    ours,
    vis,
    ratios,
    firstLoad,
    lighthouse,
  };
  const results: BenchResults = {
    ...partial,
    targets: checkTargets(partial),
    durationS: (performance.now() - started) / 1000,
  };
  const markdown = toMarkdown(results);
  await mkdir(RESULTS, { recursive: true });
  await writeFile(join(RESULTS, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(RESULTS, "latest.md"), markdown);
  process.stdout.write(`${markdown}\n`);
  for (const t of results.targets) console.error(`${t.status.padEnd(4)} ${t.target}: ${t.value}`);
  console.error(
    `wrote bench/results/latest.md and latest.json in ${results.durationS.toFixed(0)} s`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    process.exit();
  });
