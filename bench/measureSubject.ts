/** Runs the shared interactions on a loaded page, keeping what could be measured. */
import {
  type Limits,
  measureClick,
  measureHeap,
  measurePanFrames,
  measureZoomFrames,
  measureZoomSteps,
  type Subject,
  twoFrames,
} from "./interactions";
import { enableMetrics } from "./metrics";
import { errorMessage, sleep, TimeoutError } from "./time";
import type { SubjectResult } from "./types";

const log = (message: string) => console.error(`  ${message}`);

export async function measureInteractions(
  subject: Subject,
  steps: number,
  limits: Limits,
  result: SubjectResult,
): Promise<void> {
  await enableMetrics(subject.cdp);
  // Let the first paint's follow-up work (map tiles, idle callbacks) finish.
  await sleep(1000);
  await twoFrames(subject.page, limits.stepTimeoutMs);

  const stages: [string, () => Promise<void>][] = [
    [
      "zoom steps",
      async () => {
        result.zoom = await measureZoomSteps(subject, steps, limits);
        log(`zoom: ${result.zoom.msPerStep} ms main thread per step (${result.zoom.steps} steps)`);
      },
    ],
    [
      "zoom frames",
      async () => {
        result.zoomFrames = await measureZoomFrames(subject, limits);
        log(
          `zoom frames p50/p95/max: ${result.zoomFrames.p50}/${result.zoomFrames.p95}/${result.zoomFrames.max} ms`,
        );
      },
    ],
    [
      "pan frames",
      async () => {
        result.panFrames = await measurePanFrames(subject, limits);
        log(
          `pan frames p50/p95/max: ${result.panFrames.p50}/${result.panFrames.p95}/${result.panFrames.max} ms`,
        );
      },
    ],
    [
      "click",
      async () => {
        result.click = await measureClick(subject, limits);
        const c = result.click;
        log(
          `click: event timing ${c.eventTimingMs ?? (c.belowThreshold ? "<16" : "n/a")} ms, rAF ${c.rafMs} ms, selected ${c.selected}`,
        );
      },
    ],
    [
      "heap",
      async () => {
        result.heapMB = await measureHeap(subject);
        log(`heap: ${result.heapMB} MB`);
      },
    ],
  ];
  for (const [name, run] of stages) {
    try {
      await run();
    } catch (error) {
      result.errors.push(`${name}: ${errorMessage(error)}`);
      log(`${name} failed: ${errorMessage(error)}`);
      // A stuck renderer will not answer the next stage either.
      if (error instanceof TimeoutError) return;
    }
  }
}
