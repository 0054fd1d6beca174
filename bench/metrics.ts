/** Chromium's own accounting (CDP) and plain statistics over recorded frames. */
import type { CDPSession } from "@playwright/test";

export interface MainThreadTotals {
  /** Cumulative TaskDuration of the renderer main thread, in ms. */
  taskMs: number;
  /** Cumulative ScriptDuration, in ms. */
  scriptMs: number;
}

export async function enableMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send("Performance.enable", { timeDomain: "timeTicks" });
}

export async function mainThreadTotals(cdp: CDPSession): Promise<MainThreadTotals> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) =>
    (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { taskMs: value("TaskDuration"), scriptMs: value("ScriptDuration") };
}

/** Used JS heap of the page's main isolate after a forced garbage collection, in MB. */
export async function heapAfterGcMB(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize / 1e6;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** Intervals between consecutive rAF timestamps: count, p50, p95 and max, in ms. */
export function frameIntervals(timestamps: readonly number[]): {
  frames: number;
  p50: number;
  p95: number;
  max: number;
} {
  const intervals: number[] = [];
  for (let i = 1; i < timestamps.length; i++) {
    const a = timestamps[i - 1];
    const b = timestamps[i];
    if (a !== undefined && b !== undefined) intervals.push(b - a);
  }
  intervals.sort((a, b) => a - b);
  return {
    frames: intervals.length,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: intervals.at(-1) ?? Number.NaN,
  };
}

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
