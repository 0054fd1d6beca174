/**
 * Review 37: the map follows the editor (R2: a place's typed coordinates brought into view once
 * the typing pauses, on MapLibre and on the SVG map; R10: a new story without places shows the
 * world and offers no "Show the islands"), and a phone's focused field stays in sight (R3).
 */
import type { Page } from "@playwright/test";
import { afterMapUpdates, expect, test, waitForApp, waitForMap } from "./fixtures";

async function newStory(page: Page) {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("button", { name: "New story", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "Story title" })).toHaveValue("Untitled story");
}

/** Add place, named, its coordinates typed key by key as an author types them. */
async function typePlace(page: Page, name: string, longitude: string, latitude: string) {
  await page.getByRole("tab", { name: "Places" }).click();
  await page.getByRole("button", { name: "Add place" }).click();
  const form = page.getByRole("form", { name: /^Place:/ });
  await form.getByLabel("Name").fill(name);
  for (const [label, value] of [
    ["Longitude", longitude],
    ["Latitude", latitude],
  ] as const) {
    await form.getByLabel(label).fill("");
    await form.getByLabel(label).pressSequentially(value);
  }
}

/** Where the MapLibre map draws a point, and whether that is inside the map. */
function onMap(page: Page, point: [number, number]) {
  return page.evaluate((lngLat) => {
    const map = window.__app?.map;
    if (!map) return null;
    const { x, y } = map.project(lngLat);
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    return x >= 0 && y >= 0 && x <= w && y <= h;
  }, point);
}

test.describe("with MapLibre", () => {
  test.use({ webgl: true });

  test("R2: a place's typed coordinates out of view bring the map to it once the typing pauses", async ({
    page,
  }) => {
    await newStory(page);
    await waitForMap(page);
    await typePlace(page, "Baikonur", "63.305", "45.965");
    await expect(page.getByTestId("edit-marker")).toHaveCount(1);
    await expect.poll(() => onMap(page, [63.305, 45.965]), { timeout: 10_000 }).toBe(true);
    await afterMapUpdates(page);
    await expect.poll(() => page.evaluate(() => window.__app?.map?.isMoving())).toBe(false);
    await expect(page.getByTestId("edit-marker")).toBeInViewport();

    // Typed again to a point already in view: the map stays where it is.
    const before = await page.evaluate(() => window.__app?.map?.getCenter().toArray());
    const form = page.getByRole("form", { name: /^Place:/ });
    await form.getByLabel("Longitude").fill("");
    await form.getByLabel("Longitude").pressSequentially("63.5");
    await expect
      .poll(() =>
        page.evaluate(
          () => window.__app?.store.getState().editor?.history.present.places[0]?.valid,
        ),
      )
      .toMatchObject({ coordinates: [63.5, 45.965] });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.__app?.map?.getCenter().toArray())).toEqual(before);
  });

  test("R10: a new story without places shows the world, with no Show the islands", async ({
    page,
  }) => {
    await newStory(page);
    await waitForMap(page);
    await expect(page.locator(".map-reset")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Show the islands/ })).toHaveCount(0);
    // The world, not Hokkaido: New York and Sydney on the map.
    await expect.poll(() => onMap(page, [-74, 40.7]), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => onMap(page, [151.2, -33.9])).toBe(true);
    // A place added: its reset button is back ("Show all places").
    await typePlace(page, "Baikonur", "63.305", "45.965");
    await expect(page.getByRole("button", { name: /Show all places/ })).toBeVisible();
  });
});

test.describe("on the SVG map", () => {
  test.use({ webgl: false });

  test("R2: a place's typed coordinates out of view bring the SVG map to it", async ({ page }) => {
    await page.goto("/");
    await waitForApp(page);
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await expect(page.getByTestId("fallback-map").locator("svg")).toBeVisible();
    // The shipped story's draft: its frame is the islands, where Baikonur is not.
    await typePlace(page, "Baikonur", "63.305", "45.965");
    const svg = page.getByTestId("fallback-map").locator("svg");
    const place = svg.locator('[data-place-id="new-place"]');
    await expect(place).toHaveCount(1, { timeout: 10_000 });
    await expect
      .poll(async () => {
        const [box, circle] = await Promise.all([svg.boundingBox(), place.boundingBox()]);
        if (!box || !circle) return false;
        const x = circle.x + circle.width / 2;
        const y = circle.y + circle.height / 2;
        return x >= box.x && y >= box.y && x <= box.x + box.width && y <= box.y + box.height;
      })
      .toBe(true);
  });
});

test.describe("on a short phone", () => {
  test.use({ webgl: false, hasTouch: true, isMobile: true });

  test("R3: the focused Summary keeps a line of its text above the timeline at 390×500", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await waitForApp(page);
    await page.getByRole("button", { name: "Island names, language and dataset" }).tap();
    await page.getByRole("button", { name: "Edit", exact: true }).tap();
    await page.getByRole("button", { name: "New story", exact: true }).tap();
    await page.getByLabel("Title", { exact: true }).fill("Sputnik");
    await page.getByLabel("Start", { exact: true }).fill("1957-10-04");
    const summary = page.getByLabel("Summary");
    await summary.tap();
    await expect(summary).toBeFocused();
    // The height an on-screen keyboard leaves.
    await page.setViewportSize({ width: 390, height: 500 });
    await expect
      .poll(
        () =>
          summary.evaluate((field) => {
            const box = field.getBoundingClientRect();
            const sheet = field.closest(".region-details")?.getBoundingClientRect();
            const timeline = document.querySelector(".region-timeline")?.getBoundingClientRect();
            if (!sheet || !timeline) return 0;
            const top = Math.max(box.top, sheet.top);
            const bottom = Math.min(box.bottom, sheet.bottom, timeline.top);
            // Its label's line, then a line of text (1.5 × 16 px) and the box's padding.
            return Math.round(Math.min(bottom - top, 48) - Math.min(box.height, 48));
          }),
        { timeout: 5_000 },
      )
      .toBe(0);
  });
});
