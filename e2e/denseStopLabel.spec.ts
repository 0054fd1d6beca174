import type { Page } from "@playwright/test";
import { generateDataset } from "../scripts/generate-dataset";
import { expect, test, waitForApp } from "./fixtures";
import { PHONE, TOUCH } from "./timelineGeometry";

/**
 * Review 41 R8: with 10,000 events on a phone, nothing selected and no key pressed, the timeline
 * labelled one event among its thousands of marks: the keyboard's stop (roving tabindex). It read
 * as a selection nobody made. Its label is now the keyboard's only: shown while a mark has the
 * keyboard's focus.
 */
const body = JSON.stringify(generateDataset({ events: 10_000, seed: 1 }));

/** The event labels on the lanes a reader sees. */
function shownLabels(page: Page): Promise<string[]> {
  return page
    .locator(".tl-label")
    .evaluateAll((labels) =>
      labels
        .filter((label) => label.checkVisibility() && label.getBoundingClientRect().width > 0)
        .map((label) => label.textContent ?? ""),
    );
}

test.use({ viewport: PHONE, ...TOUCH, webgl: false });

test("a dense timeline labels no event at rest, and the keyboard's stop once it has the focus", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  // Opened as a reader would, with the file picker.
  await page.getByTestId("dataset-file-input").setInputFiles({
    name: "synthetic-10k.json",
    mimeType: "application/json",
    buffer: Buffer.from(body),
  });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("10,000 events");
  await waitForApp(page);
  const zoom = page.getByTestId("timeline-zoom");
  await expect(zoom).toHaveAttribute("data-render-mode", "canvas");
  expect(await page.evaluate(() => window.__app?.store.getState().selectedEventId)).toBeNull();
  // The stop is there, as a button with its name, for the keyboard.
  const stop = page.locator('.tl-events .tl-mark[tabindex="0"]');
  await expect(stop).toHaveCount(1);
  expect(await shownLabels(page)).toEqual([]);

  // A pan moves the stop to another event: still no label.
  const stopBefore = await stop.getAttribute("data-position");
  await page.evaluate(() => {
    const state = window.__app?.store.getState();
    const view = state?.timeWindow;
    if (state && view) {
      const shift = (view.end - view.start) / 3;
      state.setTimeWindow({ start: view.start - shift, end: view.end - shift });
    }
  });
  await expect.poll(() => stop.getAttribute("data-position")).not.toBe(stopBefore);
  expect(await shownLabels(page)).toEqual([]);

  // From the keyboard: Skip to timeline, then an arrow puts the focus on the events' stop.
  await page.getByRole("link", { name: "Skip to timeline" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowRight");
  await expect(stop).toBeFocused();
  const name = (await stop.getAttribute("aria-label")) ?? "";
  const labels = await shownLabels(page);
  expect(labels).toHaveLength(1);
  expect(name.startsWith(labels[0] ?? "?"), `${labels[0]} names ${name}`).toBe(true);

  // Focus gone from the lanes (Tab on, out of the events): the label goes with it.
  await page.keyboard.press("Shift+Tab");
  await expect(stop).not.toBeFocused();
  expect(await shownLabels(page)).toEqual([]);
});
