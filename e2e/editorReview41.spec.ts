/**
 * Review 41's editor findings, as a story maker meets them: a new event's id frozen at its title's
 * first letter when Start was typed first (R1), a pasted "lat, lon" pair refused by the place form
 * (R5), the live region still saying the previous story was opened after New story (R6), and no
 * focus ring on the details' heading after Done by keyboard (R7).
 */
import type { Page } from "@playwright/test";
import { newStory } from "./editorSteps";
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const eventForm = (page: Page) => page.getByRole("form", { name: /^Event:/ });

/** Start typed, then Title typed a key at a time: the event is valid from the title's first key. */
async function startThenTitle(page: Page) {
  const form = eventForm(page);
  await form.getByLabel("Start", { exact: true }).fill("2018-03-21");
  await form.getByLabel("Title", { exact: true }).pressSequentially("First event");
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue("First event");
}

test("R1: a title typed after the Start still names the new event's id", async ({ page }) => {
  await newStory(page, "Story start first");
  await startThenTitle(page);
  const form = eventForm(page);
  await expect(form.getByLabel("Id (used in links)", { exact: true })).toHaveValue("first-event");
  await expect(page.locator('[data-event-id="first-event"]')).toBeVisible();
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await expect(page).toHaveURL(/[?&]event=first-event(&|$)/);
  await expect(page.locator("#details-title")).toHaveText("First event");
});

test("R6: New story says a blank story replaced the one on show", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const live = page.getByTestId("live-region");
  await expect(live).toContainText("Your draft (not published)");
  await page.getByRole("button", { name: "New story", exact: true }).click();
  await expect(live).toHaveText(
    "New blank story “Untitled story”: type its title, then fill in its first event.",
  );
});

test("R5: a pasted latitude, longitude pair fills both fields, Latitude first, and says how it was read", async ({
  page,
}) => {
  await newStory(page, "Pairs");
  await page.getByRole("tab", { name: "Places" }).click();
  await page.getByRole("button", { name: "Add place" }).click();
  const form = page.getByRole("form", { name: /^Place:/ });
  const latitude = form.getByLabel("Latitude", { exact: true });
  const longitude = form.getByLabel("Longitude", { exact: true });
  // Latitude comes first, in the layout and in the Tab order.
  await latitude.focus();
  await page.keyboard.press("Tab");
  await expect(longitude).toBeFocused();

  await latitude.fill("35.68, 139.69");
  await expect(latitude).toHaveValue("35.68");
  await expect(longitude).toHaveValue("139.69");
  const said = "Read as a pair: latitude 35.68, longitude 139.69.";
  await expect(form.getByText(said)).toBeVisible();
  await expect(latitude).toHaveAccessibleDescription(said);
  await expect(page.getByTestId("live-region")).toHaveText(said);
  await expect(form.getByText(/must be a number/)).toHaveCount(0);

  // GeoJSON's order, pasted into Longitude: the first number cannot be a latitude.
  await longitude.fill("141.35, 43.06");
  await expect(latitude).toHaveValue("43.06");
  await expect(longitude).toHaveValue("141.35");
  await expect(longitude).toHaveAccessibleDescription(/longitude first/);
  await expect(latitude).not.toHaveAccessibleDescription(/pair/);
});

test("R7: Done by keyboard puts focus on the details' heading with a ring, as Edit's heading has", async ({
  page,
}) => {
  await newStory(page, "Rings");
  await startThenTitle(page);
  await page.getByRole("button", { name: "Done", exact: true }).focus();
  await page.keyboard.press("Enter");
  const heading = page.locator("#details-title");
  await expect(heading).toBeFocused();
  await expect(heading).toHaveCSS("outline-style", "solid");
  await expect(heading).toHaveCSS("outline-width", "3px");
  // Edit by keyboard: its heading has the same ring.
  await page.getByRole("button", { name: "Edit", exact: true }).focus();
  await page.keyboard.press("Enter");
  const editing = page.getByRole("heading", { name: "Editing a draft" });
  await expect(editing).toBeFocused();
  await expect(editing).toHaveCSS("outline-style", "solid");
  // Done by a click: no ring, as after any click.
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await expect(heading).toBeFocused();
  await expect(heading).toHaveCSS("outline-style", "none");
});
