/**
 * The editor on a story of undated items (StoryMapJS's Katrina map: no event, 7 undated items at
 * 6 places): they are listed, one can be given a date and is then on the timeline (review F3),
 * and with every place deleted the editor and its download say the reader has nothing to show
 * (review F4).
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, openSample, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

async function editKatrina(page: Page, context: BrowserContext) {
  await openSample(page, context, "katrina");
  await waitForApp(page);
  await expect(page.getByTestId("event-count")).toContainText("7 undated");
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
}

test("F4: with every place deleted, the editor and Download say the reader has nothing to show", async ({
  page,
  context,
}, testInfo) => {
  await editKatrina(page, context);
  await page.getByRole("tab", { name: "Places" }).click();
  const places = page.getByRole("list", { name: "Places in the draft" });
  await expect(places.getByRole("button")).toHaveCount(6);
  // Bahamas is named by one undated item, and by no event.
  await places.getByRole("button", { name: /^Bahamas/ }).click();
  await page.getByRole("button", { name: "Delete place", exact: true }).click();
  await expect(
    page.getByRole("status").filter({
      hasText: "Deleted the place “Bahamas”. It is taken off 1 undated item. Undo brings it back.",
    }),
  ).toBeVisible();
  for (let left = 5; left > 0; left--) {
    await places.getByRole("button").first().click();
    await page.getByRole("button", { name: "Delete place", exact: true }).click();
    await expect(places.getByRole("button")).toHaveCount(left - 1);
  }
  await expect(page.locator("#editor-needs")).toContainText(
    "Give an item a date or a place: the story’s 7 undated items have neither",
  );
  await expect(page.locator("#editor-needs")).not.toContainText("Add an event");
  // The timeline's note no longer sends the reader to places on the map.
  await expect(page.locator(".tl-no-dates")).toHaveText(
    "This story has no dates the timeline can draw, and no places on the map: its 7 items are listed under Undated.",
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).first().click(),
  ]);
  await expect(
    page.getByText(
      "This file has no story to show, and Open dataset refuses it: no event has a date, and no undated item has a place.",
    ),
  ).toBeVisible();
  const file = testInfo.outputPath("katrina-no-places.json");
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, "utf8"));
  expect(saved.events).toEqual([]);
  expect(saved.undated).toHaveLength(7);
});
