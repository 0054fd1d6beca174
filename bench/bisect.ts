/**
 * Micro-benchmark: the index's hand-written `lowerBound`/`upperBound` against
 * d3-array's `bisectLeft`/`bisectRight`, on the shape the level of detail
 * uses them on every frame (a Float64Array of 100,000 sorted starts, queries
 * with and without a sub-range). Decides which one the timeline keeps.
 *
 *   npx tsx bench/bisect.ts
 */
import { bisectLeft, bisectRight } from "d3-array";
import { lowerBound, upperBound } from "../src/data/indexDataset";
import { mulberry32 } from "../src/test/random";

const SIZE = 100_000;
const QUERIES = 200_000;
const ROUNDS = 7;

const random = mulberry32(42);
const values = Float64Array.from({ length: SIZE }, () => random() * 1e12).sort();
const targets = Float64Array.from({ length: QUERIES }, () => random() * 1e12);

type Search = (values: Float64Array, target: number, from?: number, to?: number) => number;

let sink = 0;

/** ns per query of one pass over the targets. */
function pass(search: Search, ranged: boolean): number {
  const started = performance.now();
  for (let q = 0; q < QUERIES; q++) {
    const target = targets[q] ?? 0;
    sink += ranged ? search(values, target, q % 1000, SIZE - (q % 1000)) : search(values, target);
  }
  return ((performance.now() - started) * 1e6) / QUERIES;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const variants: [string, Search][] = [
  ["lowerBound (ours)", lowerBound],
  ["bisectLeft (d3-array)", bisectLeft],
  ["upperBound (ours)", upperBound],
  ["bisectRight (d3-array)", bisectRight],
];

// Rounds interleave the variants, so a machine that slows down mid-run slows them all alike.
const times = variants.map(() => ({ whole: [] as number[], ranged: [] as number[] }));
for (let round = 0; round <= ROUNDS; round++) {
  variants.forEach(([, search], i) => {
    const whole = pass(search, false);
    const ranged = pass(search, true);
    if (round === 0) return; // warm-up
    times[i]?.whole.push(whole);
    times[i]?.ranged.push(ranged);
  });
}
if (sink === -1) console.log(sink); // keeps the loops from being optimised away

console.log(
  `${SIZE.toLocaleString("en")} sorted values, ${QUERIES.toLocaleString("en")} queries, median of ${ROUNDS} interleaved rounds`,
);
console.log("| search | whole array, ns/query | sub-range, ns/query |");
console.log("| --- | ---: | ---: |");
variants.forEach(([name], i) => {
  const t = times[i];
  if (t)
    console.log(`| ${name} | ${median(t.whole).toFixed(1)} | ${median(t.ranged).toFixed(1)} |`);
});
