/** Command-line options of `npm run bench`, checked up front with precise messages. */
import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Dataset sizes, in events. */
  sizes: number[];
  /** Run `vite build` first. */
  build: boolean;
  /** Also measure vis-timeline. */
  vis: boolean;
  /** Wheel-zoom steps per measurement. */
  steps: number;
  /** Seed of the synthetic datasets. */
  seed: number;
  /** The built app to serve (default: dist/); bench-data/ and bench-vis/ are written into it. */
  dist: string | null;
  /** Events in the realistic-text JSON case (`--realistic N`), or null (`--no-realistic`). */
  realistic: number | null;
  /** Rows in the `title,start,lat,lon,place` CSV case (`--csv N`), or null (`--no-csv`). */
  csv: number | null;
  /** Lighthouse (mobile) against the build served compressed. */
  lighthouse: boolean;
  /** Trace V8's compiles in the loads, to take Playwright's source-position collection out. */
  traceCompiles: boolean;
}

export const USAGE = `usage: npm run bench -- [--sizes 1000,10000,100000] [--no-build] [--no-vis] [--steps N] [--seed S] [--dist DIR] [--realistic N | --no-realistic] [--csv N | --no-csv] [--no-lighthouse] [--trace-compiles]`;

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [1_000, 10_000, 100_000],
  build: true,
  vis: true,
  steps: 10,
  seed: 42,
  dist: null,
  realistic: 100_000,
  csv: 1_000_000,
  lighthouse: true,
  traceCompiles: false,
};

function positiveInteger(name: string, raw: string, max: number): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`invalid ${name}: ${raw} (an integer from 1 to ${max})\n${USAGE}`);
  }
  return value;
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        sizes: { type: "string" },
        "no-build": { type: "boolean" },
        "no-vis": { type: "boolean" },
        steps: { type: "string" },
        seed: { type: "string" },
        dist: { type: "string" },
        realistic: { type: "string" },
        "no-realistic": { type: "boolean" },
        csv: { type: "string" },
        "no-csv": { type: "boolean" },
        lighthouse: { type: "boolean" },
        "no-lighthouse": { type: "boolean" },
        "trace-compiles": { type: "boolean" },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

export function parseOptions(argv: string[]): BenchOptions {
  const flags = parseFlags(argv);
  const options: BenchOptions = { ...DEFAULT_OPTIONS, sizes: [...DEFAULT_OPTIONS.sizes] };
  if (flags["no-build"]) options.build = false;
  if (flags["no-vis"]) options.vis = false;
  if (flags.steps !== undefined) options.steps = positiveInteger("--steps", flags.steps, 100);
  if (flags.seed !== undefined) options.seed = positiveInteger("--seed", flags.seed, 2 ** 31);
  if (flags.dist !== undefined) {
    if (flags.dist === "") throw new Error(`invalid --dist: (missing)\n${USAGE}`);
    options.dist = flags.dist;
  }
  if (flags.sizes !== undefined) {
    options.sizes = flags.sizes
      .split(",")
      .map((part) => positiveInteger("--sizes", part.trim().replace(/_/g, ""), 1_000_000));
  }
  if (flags["no-realistic"]) options.realistic = null;
  if (flags.realistic !== undefined)
    options.realistic = positiveInteger("--realistic", flags.realistic, 1_000_000);
  if (flags["no-csv"]) options.csv = null;
  if (flags.csv !== undefined) options.csv = positiveInteger("--csv", flags.csv, 2_000_000);
  if (flags["no-lighthouse"]) options.lighthouse = false;
  if (flags.lighthouse) options.lighthouse = true;
  if (flags["trace-compiles"]) options.traceCompiles = true;
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}
