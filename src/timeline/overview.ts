/**
 * The overview strip's histogram: shown events counted by start in pixel
 * bins over the whole extent. O(n), recomputed when the filters or the width
 * change, never per frame.
 */
import type { Interval } from "../data/dates";
import { passes } from "../store/selectors";
import { timeToX } from "./timeScale";

export function overviewCounts(
  starts: Float64Array,
  mask: Uint8Array | null,
  bounds: Interval,
  width: number,
  binPx = 3,
): Uint32Array {
  const binCount = Math.max(1, Math.ceil(width / binPx));
  const counts = new Uint32Array(binCount);
  for (let i = 0; i < starts.length; i++) {
    if (!passes(mask, i)) continue;
    const bin = Math.floor(timeToX(bounds, width, starts[i] ?? 0) / binPx);
    if (bin >= 0 && bin < binCount) counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}

/** One SVG path of bars, heights on a square-root scale so a lone 1945 event stays visible. */
export function histogramPath(counts: Uint32Array, binPx: number, height: number): string {
  let max = 0;
  for (const count of counts) max = Math.max(max, count);
  if (max === 0) return "";
  const parts: string[] = [];
  counts.forEach((count, bin) => {
    if (count === 0) return;
    const h = Math.max(2, Math.round(Math.sqrt(count / max) * height));
    parts.push(
      `M${bin * binPx},${height}h${Math.max(1, binPx - 1)}v${-h}h${-Math.max(1, binPx - 1)}Z`,
    );
  });
  return parts.join("");
}
