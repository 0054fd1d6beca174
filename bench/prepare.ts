/**
 * Before measuring: the production build, copied to a private directory (so
 * that someone rebuilding dist/ meanwhile cannot pull files from under the
 * benchmark), with the datasets and the vis-timeline page added to the copy.
 */
import { spawn } from "node:child_process";
import { copyFile, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { generateDataset } from "../scripts/generate-dataset";
import { generateCsv } from "../scripts/generateCsv";
import type { DatasetKind } from "./types";

export function runViteBuild(root: string, timeoutMs = 300_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, "node_modules/.bin/vite"), ["build"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Keep stdout for the results table: the build's log goes to stderr.
    child.stdout.pipe(process.stderr);
    child.stderr.pipe(process.stderr);
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`vite build took more than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const stop = () => child.kill("SIGTERM");
    process.once("exit", stop);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      process.off("exit", stop);
      if (code === 0) resolve();
      else reject(new Error(`vite build failed (exit code ${code})`));
    });
  });
}

/** A dataset file the benchmark serves, and how it was made. */
export interface BenchDataset {
  kind: DatasetKind;
  events: number;
  /** Its URL path, e.g. /bench-data/events-1000.json. */
  path: string;
  bytes: number;
}

export interface DatasetPlan {
  sizes: readonly number[];
  seed: number;
  realistic: number | null;
  csv: number | null;
}

/** Writes the datasets and the floor worker into `dist/bench-data/`. */
export async function writeDatasets(dist: string, plan: DatasetPlan): Promise<BenchDataset[]> {
  const dir = join(dist, "bench-data");
  await mkdir(dir, { recursive: true });
  await copyFile(new URL("./inPage/floorWorker.js", import.meta.url), join(dir, "floor-worker.js"));
  const written: BenchDataset[] = [];
  const write = async (kind: DatasetKind, events: number, name: string, text: string) => {
    await writeFile(join(dir, name), text);
    const bytes = Buffer.byteLength(text);
    written.push({ kind, events, path: `/bench-data/${name}`, bytes });
    console.error(`dataset: ${kind}, ${events} events, ${(bytes / 1e6).toFixed(1)} MB`);
  };
  const { seed } = plan;
  for (const events of plan.sizes) {
    await write(
      "synthetic",
      events,
      `events-${events}.json`,
      JSON.stringify(generateDataset({ events, seed })),
    );
  }
  if (plan.realistic !== null) {
    const events = plan.realistic;
    const json = JSON.stringify(generateDataset({ events, seed, realistic: true }));
    await write("realistic", events, `realistic-${events}.json`, json);
  }
  if (plan.csv !== null) {
    await write("csv", plan.csv, `rows-${plan.csv}.csv`, generateCsv({ rows: plan.csv, seed }));
  }
  return written;
}

export async function copyVisPage(root: string, dist: string): Promise<void> {
  const dir = join(dist, "bench-vis");
  await mkdir(dir, { recursive: true });
  const vis = join(root, "node_modules/vis-timeline");
  await Promise.all([
    copyFile(join(root, "bench/vis/index.html"), join(dir, "index.html")),
    copyFile(join(root, "bench/vis/page.js"), join(dir, "page.js")),
    copyFile(
      join(vis, "standalone/umd/vis-timeline-graph2d.min.js"),
      join(dir, "vis-timeline-graph2d.min.js"),
    ),
    copyFile(
      join(vis, "styles/vis-timeline-graph2d.min.css"),
      join(dir, "vis-timeline-graph2d.min.css"),
    ),
  ]);
}

/** A private copy of the build to serve; `remove` deletes it. */
export async function copyBuild(
  dist: string,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "kuril-bench-"));
  await cp(dist, dir, {
    recursive: true,
    // Left-overs of older runs that served dist/ itself.
    filter: (source) => {
      const top = relative(dist, source).split(sep)[0];
      return top !== "bench-data" && top !== "bench-vis";
    },
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
