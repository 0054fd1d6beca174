/**
 * The overview strip's histogram: shown events counted by start in pixel
 * bins over the whole extent. O(n), recomputed when the filters or the width
 * change, never per frame. And its axis, whose labels never run into each other.
 */
import type { Interval } from "../data/dates";
import type { Language } from "../i18n/languages";
import { passes } from "../store/selectors";
import { labelWidth } from "./chWidth";
import { type Tick, timeTicks } from "./ticks";
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

/** The axis labels' font size (`.tl-overview-tick`). */
const TICK_FONT_PX = 10;
const TICK_GAP_PX = 4;

function tickWidth(label: string): number {
  return labelWidth(label, TICK_FONT_PX);
}

/**
 * Ticks whose labels all fit: about 70 px apart, fewer when the labels of the language are
 * longer. d3 may give more ticks than asked (weekly ones 43 px apart over five months at
 * 900 px), and "11 февр." or "16 Sept" ran into the next; each try asks for a fifth fewer, so
 * the step stays regular (weeks, then months). A label past the right edge is left out.
 */
export function overviewTicks(bounds: Interval, width: number, lang: Language): Tick[] {
  let count = Math.floor(width / 70);
  for (;;) {
    const ticks = timeTicks(bounds, width, width / Math.max(count, 2), lang).filter(
      (tick) => tick.x + tickWidth(tick.label) <= width,
    );
    const fits = ticks.every((tick, i) => {
      const next = ticks[i + 1];
      return !next || tick.x + tickWidth(tick.label) + TICK_GAP_PX <= next.x;
    });
    if (fits || count <= 2) return fits ? ticks : ticks.slice(0, 1);
    count = Math.min(count - 1, Math.floor(count * 0.8));
  }
}
