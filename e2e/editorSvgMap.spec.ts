/**
 * The editor on the app's SVG map (a browser without WebGL): a place clicked on the map joins the
 * open event and a second click takes it out, as on MapLibre's map (`mapCallbacks`). The SVG map
 * only selected the place, and the event kept its places.
 */
import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

test.use({ webgl: false });

const eventPlaces = (page: Page) =>
  page.evaluate(() => {
    const editor = window.__app?.store.getState().editor;
    if (!editor || editor.eventIndex === null) return null;
    return editor.history.present.events[editor.eventIndex]?.fields.places ?? null;
  });

test("a place clicked on the SVG map joins the open event, and leaves it clicked again", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
  await page.getByRole("button", { name: "Add event" }).click();
  const form = page.getByRole("form", { name: /^Event:/ });
  await form.getByLabel("Title", { exact: true }).fill("Talks in the capital");
  await expect.poll(() => eventPlaces(page)).toEqual([]);

  const marker = page.locator(".fallback-place:not([data-empty])").first();
  const placeId = await marker.getAttribute("data-place-id");
  if (!placeId) throw new Error("no place on the SVG map");
  await marker.click();
  await expect.poll(() => eventPlaces(page)).toEqual([placeId]);
  // The form says so: its place's box is ticked.
  await expect(form.getByRole("checkbox", { checked: true })).toHaveCount(1);
  // It joined the event rather than being selected.
  expect(await page.evaluate(() => window.__app?.store.getState().selectedPlaceId)).toBeNull();

  await marker.click();
  await expect.poll(() => eventPlaces(page)).toEqual([]);
  await expect(form.getByRole("checkbox", { checked: true })).toHaveCount(0);
});
