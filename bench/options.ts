/** Command-line options of `npm run bench`, checked up front with precise messages. */

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
}

export const USAGE = `usage: npm run bench -- [--sizes 1000,10000,100000] [--no-build] [--no-vis] [--steps N] [--seed S] [--dist DIR] [--realistic N | --no-realistic] [--csv N | --no-csv] [--no-lighthouse]`;

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
};

function positiveInteger(name: string, raw: string | undefined, max: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(
      `invalid ${name}: ${raw ?? "(missing)"} (an integer from 1 to ${max})\n${USAGE}`,
    );
  }
  return value;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, sizes: [...DEFAULT_OPTIONS.sizes] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--no-build") options.build = false;
    else if (flag === "--no-vis") options.vis = false;
    else if (flag === "--no-realistic") options.realistic = null;
    else if (flag === "--no-csv") options.csv = null;
    else if (flag === "--no-lighthouse") options.lighthouse = false;
    else if (flag === "--lighthouse") options.lighthouse = true;
    else if (flag === "--realistic")
      options.realistic = positiveInteger("--realistic", argv[++i], 1_000_000);
    else if (flag === "--csv") options.csv = positiveInteger("--csv", argv[++i], 2_000_000);
    else if (flag === "--steps") options.steps = positiveInteger("--steps", argv[++i], 100);
    else if (flag === "--seed") options.seed = positiveInteger("--seed", argv[++i], 2 ** 31);
    else if (flag === "--dist") {
      const dir = argv[++i];
      if (!dir) throw new Error(`invalid --dist: (missing)\n${USAGE}`);
      options.dist = dir;
    } else if (flag === "--sizes") {
      const raw = argv[++i];
      if (raw === undefined) throw new Error(`invalid --sizes: (missing)\n${USAGE}`);
      options.sizes = raw
        .split(",")
        .map((part) => positiveInteger("--sizes", part.trim().replace(/_/g, ""), 1_000_000));
    } else throw new Error(`unknown option: ${flag}\n${USAGE}`);
  }
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}
