/**
 * The load's floor and the page's longest task, read in the page under test
 * once it has shown the dataset: the same bytes fetched and parsed in a
 * worker (`inPage/floorWorker.js`), and the Long Tasks recorded from
 * navigation to interactive.
 */
import type { Page } from "@playwright/test";
import { round } from "./metrics";
import type { BenchDataset } from "./prepare";
import { withTimeout } from "./time";
import type { FloorResult } from "./types";

interface FloorAnswer {
  ok: boolean;
  fetchMs?: number;
  parseMs?: number;
  error?: string;
  viaServiceWorker?: boolean;
}

export async function measureFloor(page: Page, dataset: BenchDataset): Promise<FloorResult> {
  const request = { url: dataset.path, json: dataset.kind !== "csv" };
  const answer = (await withTimeout(
    page.evaluate(async (message) => {
      // The app's service worker keeps `?data=` datasets: through it, the floor's 44 MB were also
      // written to Cache Storage (the fetch 1.8–2.5 s in five runs, 1.3 s in two without it),
      // which the app's own first load, made before the worker was active, never paid.
      // Unregistered, it no longer answers the floor worker's fetch.
      await (await navigator.serviceWorker?.getRegistration())?.unregister();
      return new Promise((resolve) => {
        const worker = new Worker("/bench-data/floor-worker.js");
        worker.onmessage = (event) => {
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = (event) => resolve({ ok: false, error: event.message });
        worker.postMessage(message);
      });
    }, request),
    120_000,
    "the floor worker",
  )) as FloorAnswer;
  if (!answer.ok || answer.fetchMs === undefined || answer.parseMs === undefined)
    throw new Error(`the floor worker failed: ${answer.error ?? "no answer"}`);
  if (answer.viaServiceWorker) throw new Error("the floor's fetch went through a service worker");
  return {
    fetchMs: round(answer.fetchMs),
    parseMs: round(answer.parseMs),
    totalMs: round(answer.fetchMs + answer.parseMs),
    ratio: null,
  };
}

/** The longest Long Task that started before `until` (page clock), or null when none was over 50 ms. */
export async function longestTaskBefore(page: Page, until: number): Promise<number | null> {
  const tasks = (await page.evaluate("window.__bench.longTasks")) as {
    startTime: number;
    duration: number;
  }[];
  const durations = tasks.filter((t) => t.startTime < until).map((t) => t.duration);
  return durations.length > 0 ? round(Math.max(...durations)) : null;
}
