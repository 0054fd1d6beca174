import type { Page } from "@playwright/test";
import { PREBUILD_MARKS } from "../src/search/prebuildMarks";
import { errorMessage, waitForExpression } from "./time";

/**
 * The app builds a large dataset's search index in idle time once the dataset is on the timeline
 * and the map (`src/search/prebuildSearch.ts`), the moment its service worker registers too. Its
 * slices would share the cores with the floor and the interactions measured next, so those wait
 * for its end. Says how long the wait was, for the log.
 */
export async function settleSearchPrebuild(page: Page, timeoutMs = 120_000): Promise<string> {
  const started = Date.now();
  const { start, end } = PREBUILD_MARKS;
  const marked = (name: string) =>
    `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`;
  if (!(await page.evaluate(marked(start)))) return "none (not built ahead at this size)";
  try {
    await waitForExpression(page, marked(end), timeoutMs, "the search index built ahead", 250);
  } catch (error) {
    return `not finished: ${errorMessage(error)}`;
  }
  return `built ahead, ${Date.now() - started} ms after the map was loaded and the worker active`;
}
