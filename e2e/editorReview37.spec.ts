/**
 * Review 37's editor findings, as a story maker meets them: a new event published at a date its
 * author never gave (R1), a year before 1 refused with a hint to retype it as a year AD (R4), a
 * new story's empty timeline speaking of Undated items it has none of (R5), two places of the
 * same name that could not be told apart in an event's Places list (R6), and a new event's id
 * left `new-event-2` after its title was typed (R7).
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { newStory } from "./editorSteps";
import { expect, test } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const eventForm = (page: Page) => page.getByRole("form", { name: /^Event:/ });

/** The ids of the events on show (the draft's preview), in order. */
const shownIds = (page: Page) =>
  page.evaluate(
    () => window.__app?.store.getState().index?.dataset.events.map((event) => event.id) ?? [],
  );

test("R1, R7: Add event leaves Start empty, so a refused date never publishes the event at another's date, and its title names its id", async ({
  page,
}, testInfo) => {
  await newStory(page, "Space race");
  const form = eventForm(page);
  await form.getByLabel("Title", { exact: true }).fill("Sputnik 1 launched");
  await form.getByLabel("Start", { exact: true }).fill("1957-10-04");
  // Named before it was dated, its id is its title's, not `new-event` (R7).
  await expect.poll(() => shownIds(page)).toEqual(["sputnik-1-launched"]);
  await expect(form.getByLabel("Id (used in links)", { exact: true })).toHaveValue(
    "sputnik-1-launched",
  );

  await page.getByRole("button", { name: "Add event" }).click();
  const title = form.getByLabel("Title", { exact: true });
  // Focus on the new event's Title, its placeholder selected: typing names it.
  await expect(title).toBeFocused();
  await expect(title).toHaveValue("New event");
  // No date borrowed from Sputnik: not on the timeline until it has its own.
  await expect(form.getByLabel("Start", { exact: true })).toHaveValue("");
  await expect(form.getByText("Not on the timeline yet")).toBeVisible();
  await page.keyboard.type("Thales eclipse");
  await expect(title).toHaveValue("Thales eclipse");
  await form.getByLabel("Start", { exact: true }).fill("1969-02-30");
  await expect(form.getByText(/Start: .*1969-02-30/)).toBeVisible();
  await expect.poll(() => shownIds(page)).toEqual(["sputnik-1-launched"]);
  await expect(page.locator('[data-event-id="thales-eclipse"]')).toHaveCount(0);

  // The download holds Sputnik alone, and says one item was never valid.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).first().click(),
  ]);
  const file = testInfo.outputPath("space-race.json");
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, "utf8"));
  expect(saved.events.map((event: { title: string }) => event.title)).toEqual([
    "Sputnik 1 launched",
  ]);

  // Its own date, once valid, puts it on the timeline, selected.
  await form.getByLabel("Start", { exact: true }).fill("1969-07-20");
  await expect.poll(() => shownIds(page)).toEqual(["sputnik-1-launched", "thales-eclipse"]);
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId))
    .toBe("thales-eclipse");
  await expect(page).toHaveURL(/[?&]event=thales-eclipse/);
  // Dated, its id stays when the title changes: a link may name it now.
  await title.fill("Thales predicts an eclipse");
  await expect.poll(() => shownIds(page)).toEqual(["sputnik-1-launched", "thales-eclipse"]);
});

test("R4: a start before year 1 is said to be unsupported, not to be retyped as YYYY", async ({
  page,
}) => {
  await newStory(page, "Ancient eclipses");
  const form = eventForm(page);
  await form.getByLabel("Title", { exact: true }).fill("Thales predicts an eclipse");
  const start = form.getByLabel("Start", { exact: true });
  for (const typed of ["-0584", "44 BCE"]) {
    await start.fill(typed);
    // Tied to the field, as a screen reader hears it.
    await expect(start).toHaveAccessibleDescription(
      new RegExp(
        `^Start: .${typed}. is before year 1: years before 1 are not supported on the timeline`,
      ),
    );
  }
  await expect(form.getByText(/use YYYY/)).toHaveCount(0);
  await expect.poll(() => shownIds(page)).toEqual([]);
});

test("R5: a new story's empty timeline says how an event comes there, not that 0 items are undated", async ({
  page,
}) => {
  await newStory(page, "Space race");
  await expect(
    page.getByText(
      "Nothing on the timeline yet: give an event a title and a start date to see it here.",
    ),
  ).toBeVisible();
  await expect(page.getByText(/listed under Undated/)).toHaveCount(0);
  // Once the event has its date, it is drawn there instead.
  const form = eventForm(page);
  await form.getByLabel("Title", { exact: true }).fill("Sputnik 1 launched");
  await form.getByLabel("Start", { exact: true }).fill("1957-10-04");
  await expect(page.locator('[data-event-id="sputnik-1-launched"]')).toBeVisible();
  await expect(page.getByText(/^Nothing on the timeline yet/)).toHaveCount(0);
});

test("R6: two places of the same name are told apart by id in an event's Places list, by name too", async ({
  page,
}) => {
  await newStory(page, "Space race");
  await page.getByRole("tab", { name: "Places" }).click();
  const placeForm = page.getByRole("form", { name: /^Place:/ });
  for (const id of ["", "baikonur"]) {
    await page.getByRole("button", { name: "Add place" }).click();
    await placeForm.getByLabel("Name", { exact: true }).fill("Baikonur");
    await placeForm.getByLabel("Longitude").fill("63.305");
    await placeForm.getByLabel("Latitude").fill("45.965");
    if (id) await placeForm.getByLabel("Id (used in links)").fill(id);
  }
  await page.getByRole("tab", { name: "Events" }).click();
  const form = eventForm(page);
  await form.getByRole("searchbox", { name: "Find a place" }).fill("Baik");
  // Each checkbox's name says which place it is, as seen and as a screen reader hears it.
  const boxes = form.getByRole("checkbox", { name: /^Baikonur/ });
  await expect(boxes).toHaveCount(2);
  await form.getByRole("checkbox", { name: "Baikonur (baikonur)" }).check();
  await expect(form.getByRole("checkbox", { name: "Baikonur (new-place)" })).not.toBeChecked();
  await expect(form.getByText("(baikonur)")).toBeVisible();
  // A name no other place has is its name alone.
  await page.getByRole("tab", { name: "Places" }).click();
  await placeForm.getByLabel("Name", { exact: true }).fill("Baikonur Cosmodrome");
  await page.getByRole("tab", { name: "Events" }).click();
  await expect(
    form.getByRole("checkbox", { name: "Baikonur Cosmodrome", exact: true }),
  ).toHaveCount(1);
  await expect(form.getByRole("checkbox", { name: "Baikonur", exact: true })).toHaveCount(1);
});
