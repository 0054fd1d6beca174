import type { Page, TestInfo } from "@playwright/test";
import { afterMapUpdates } from "./fixtures";

/**
 * Saves a screenshot in the test's output folder (under test-results/) and
 * attaches it to the report, once the map (if any) has stopped moving.
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await afterMapUpdates(page);
  await page.waitForFunction(() => {
    const map = window.__app?.map;
    return !map || (!map.isMoving() && map.loaded());
  });
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
}
