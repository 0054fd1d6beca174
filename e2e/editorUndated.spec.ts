/**
 * The editor on a story of undated items (StoryMapJS's Katrina map: no event, 7 undated items at
 * 6 places): they are listed, one can be given a date and is then on the timeline (review F3),
 * and with every place deleted the editor and its download say the reader has nothing to show
 * (review F4).
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, openSample, savedSinceLastChange, test, waitForApp, waitForMap } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

async function editKatrina(page: Page, context: BrowserContext) {
  await openSample(page, context, "katrina");
  await waitForApp(page);
  await expect(page.getByTestId("event-count")).toContainText("7 undated");
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
}

test("F3: the undated items are listed, and one given a date is an event on the timeline", async ({
  page,
  context,
}) => {
  await editKatrina(page, context);
  // A story, as the reader has it: nothing asked for.
  await expect(page.locator("#editor-needs")).toHaveCount(0);
  const list = page.getByRole("list", { name: "Undated items in the draft" });
  await expect(list.getByRole("button")).toHaveCount(7);
  await list.getByRole("button", { name: /^Aug 29/ }).click();
  const form = page.getByRole("form", { name: "Undated item: Aug 29" });
  await expect(form).toContainText("Its date as written: “Aug 29”");
  await form.getByLabel("Start", { exact: true }).fill("2005-13-29");
  await expect(form.locator(".editor-error")).toContainText("2005-13-29");
  await form.getByLabel("Start", { exact: true }).fill("2005-08-29");
  await form.getByRole("button", { name: "Give it a date" }).click();
  // It is an event now: in the events list, its form open, and on the timeline.
  await expect(list.getByRole("button")).toHaveCount(6);
  await expect(
    page.getByRole("list", { name: "Events in the draft" }).getByRole("button", {
      name: /^Aug 29/,
    }),
  ).toBeVisible();
  const eventForm = page.getByRole("form", { name: "Event: Aug 29" });
  await expect(eventForm.getByLabel("Start", { exact: true })).toHaveValue("2005-08-29");
  await expect(page.locator(".tl-no-dates")).toHaveCount(0);
  await expect(page.getByTestId("event-count")).toContainText("1 event, 6 undated");
  const id = await page.evaluate(
    () => window.__app?.store.getState().editor?.history.present.events[0]?.valid?.id,
  );
  expect(id).toBeTruthy();
  await expect(page.locator(`[data-event-id="${id}"]`).first()).toBeVisible();
  // One step of Undo makes it undated again.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(list.getByRole("button")).toHaveCount(7);
  await expect(page.locator(".tl-no-dates")).toBeVisible();
});

/** The undated item's texts as the story on show has them (its last valid form). */
const shownUndated = (page: Page, id: string) =>
  page.evaluate(
    (itemId) =>
      window.__app?.store.getState().index?.dataset.undated?.find((item) => item.id === itemId) ??
      null,
    id,
  );

async function reloadDraft(page: Page) {
  await savedSinceLastChange(page);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByText(/^Draft restored/)).toBeVisible();
}

test("an undated item's title and texts are edited before it has a date, kept through a reload and Undo, and dated", async ({
  page,
  context,
}) => {
  await editKatrina(page, context);
  const list = page.getByRole("list", { name: "Undated items in the draft" });
  await list.getByRole("button", { name: /^Aug 29/ }).click();
  const form = page.getByRole("form", { name: "Undated item: Aug 29" });
  const id =
    (await page.evaluate(
      () =>
        window.__app?.store
          .getState()
          .index?.dataset.undated?.find((item) => item.title === "Aug 29")?.id,
    )) ?? "";
  expect(id).not.toBe("");
  const title = form.getByLabel("Title", { exact: true });
  await title.fill("Landfall in Louisiana");
  const edited = page.getByRole("form", { name: "Undated item: Landfall in Louisiana" });
  await edited.getByLabel("Summary", { exact: true }).fill("Katrina made landfall near Buras.");
  await edited.getByLabel("Note", { exact: true }).fill("Times in EDT.");
  await expect(list.getByRole("button", { name: /^Landfall in Louisiana/ })).toBeVisible();
  // The story on show has them: what its download and the reader's details say.
  await expect
    .poll(() => shownUndated(page, id))
    .toMatchObject({
      title: "Landfall in Louisiana",
      summary: "Katrina made landfall near Buras.",
      note: "Times in EDT.",
    });
  // Undo takes back the last field's typing, and only that.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(edited.getByLabel("Note", { exact: true })).toHaveValue("");
  await expect(edited.getByLabel("Summary", { exact: true })).toHaveValue(
    "Katrina made landfall near Buras.",
  );

  await reloadDraft(page);
  await list.getByRole("button", { name: /^Landfall in Louisiana/ }).click();
  const reopened = page.getByRole("form", { name: "Undated item: Landfall in Louisiana" });
  await expect(reopened.getByLabel("Title", { exact: true })).toHaveValue("Landfall in Louisiana");
  await expect(reopened.getByLabel("Summary", { exact: true })).toHaveValue(
    "Katrina made landfall near Buras.",
  );
  await expect(reopened.getByLabel("Note", { exact: true })).toHaveValue("");

  // Given a date, the event has the texts as typed.
  await reopened.getByLabel("Start", { exact: true }).fill("2005-08-29");
  await reopened.getByRole("button", { name: "Give it a date" }).click();
  const eventForm = page.getByRole("form", { name: "Event: Landfall in Louisiana" });
  await expect(eventForm.getByLabel("Summary", { exact: true })).toHaveValue(
    "Katrina made landfall near Buras.",
  );
  await expect(page.getByTestId("event-count")).toContainText("1 event, 6 undated");
  await expect(page.locator(`[data-event-id="${id}"]`).first()).toBeVisible();
});

test("an undated item's title cleared says so, keeps the last title on show, and stays cleared after a reload and a date", async ({
  page,
  context,
}) => {
  await editKatrina(page, context);
  const list = page.getByRole("list", { name: "Undated items in the draft" });
  await list.getByRole("button", { name: /^Aug 23/ }).click();
  const title = page.getByRole("form", { name: /^Undated item:/ }).getByLabel("Title", {
    exact: true,
  });
  await title.fill("");
  const form = page.getByRole("form", { name: /^Undated item:/ });
  await expect(form.locator(".editor-error")).toHaveText("Title: must not be empty");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("status")).toContainText("last valid texts");
  await expect(list.getByRole("button").first()).toContainText("1 problem");
  // The story on show keeps the last valid title meanwhile.
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__app?.store.getState().index?.dataset.undated?.some((i) => i.title === "Aug 23"),
      ),
    )
    .toBe(true);

  await reloadDraft(page);
  await list.getByRole("button").first().click();
  const reopened = page.getByRole("form", { name: /^Undated item:/ });
  await expect(reopened.getByLabel("Title", { exact: true })).toHaveValue("");
  await expect(reopened.locator(".editor-error")).toHaveText("Title: must not be empty");
  await reopened.getByLabel("Start", { exact: true }).fill("2005-08-23");
  await reopened.getByRole("button", { name: "Give it a date" }).click();
  const eventForm = page.getByRole("form", { name: /^Event:/ });
  await expect(eventForm.getByLabel("Title", { exact: true })).toHaveValue("");
  await expect(eventForm.getByLabel("Title", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  // On the timeline by its last valid title.
  await expect(page.getByTestId("event-count")).toContainText("1 event, 6 undated");
});

test("F3: an undated item can be deleted, and Undo brings it back", async ({ page, context }) => {
  await editKatrina(page, context);
  const list = page.getByRole("list", { name: "Undated items in the draft" });
  await list.getByRole("button", { name: /^Aug 23/ }).click();
  await page.getByRole("button", { name: "Delete undated item" }).click();
  await expect(
    page.getByRole("status").filter({
      hasText: "Deleted the undated item “Aug 23”. Undo brings it back.",
    }),
  ).toBeVisible();
  await expect(list.getByRole("button")).toHaveCount(6);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(list.getByRole("button")).toHaveCount(7);
});

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

test("F3: the undated items' list is one Tab stop, walked with the arrows, as the events' list", async ({
  page,
  context,
}) => {
  await editKatrina(page, context);
  const list = page.getByRole("list", { name: "Undated items in the draft" });
  const buttons = list.getByRole("button");
  await expect(buttons).toHaveCount(7);
  await expect(list.locator('button[tabindex="0"]')).toHaveCount(1);
  await buttons.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(buttons.nth(6)).toBeFocused();
  await expect(list.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: /^Undated item:/ })).toBeVisible();
});

test("an undated item given a date is listed among the events where its date puts it", async ({
  page,
  context,
}) => {
  await editKatrina(page, context);
  const undated = page.getByRole("list", { name: "Undated items in the draft" });
  const events = page.getByRole("list", { name: "Events in the draft" });
  const giveDate = async (title: string, start: string) => {
    await undated.getByRole("button", { name: new RegExp(`^${title}`) }).click();
    const form = page.getByRole("form", { name: `Undated item: ${title}` });
    await form.getByLabel("Start", { exact: true }).fill(start);
    await form.getByRole("button", { name: "Give it a date" }).click();
    await expect(page.getByRole("form", { name: `Event: ${title}` })).toBeVisible();
  };
  await giveDate("Aug 29", "2005-08-29");
  await giveDate("Aug 23", "2005-08-23");
  await giveDate("Aug 26", "2005-08-26");
  // In time order, as Add event keeps a story's: each went to the end before, Aug 23 last.
  await expect(events.locator(".editor-list-title")).toHaveText(["Aug 23", "Aug 26", "Aug 29"]);
  // The open one is the item just dated.
  await expect(events.locator('[aria-current="true"] .editor-list-title')).toHaveText("Aug 26");
});

test.describe("on MapLibre's map", () => {
  // The SVG map frames Hokkaido, not Katrina's places, with nothing selected: the real map here.
  test.use({ webgl: true });

  test("a place clicked on the map in the editor opens its undated item", async ({
    page,
    context,
  }) => {
    await editKatrina(page, context);
    await waitForMap(page);
    const items = await page.evaluate(
      () =>
        window.__app?.store.getState().editor?.history.present.undated.map((item) => ({
          title: item.valid.title,
          places: item.valid.places,
        })) ?? [],
    );
    const placeId = items.find((item) => item.title === "Aug 30")?.places[0] ?? "";
    // The first item at that place, in the list's order.
    const first = items.find((item) => item.places.includes(placeId))?.title ?? "";
    expect(first).not.toBe("");
    await expect(page.getByRole("form", { name: /^Undated item:/ })).toHaveCount(0);
    // The camera must be still, or the pixel would mean another place by the time of the click.
    await expect.poll(() => page.evaluate(() => window.__app?.map?.isMoving())).toBe(false);
    const point = await page.evaluate((id) => {
      const place = window.__app?.store.getState().index?.places.get(id);
      const at = place && window.__app?.map?.project(place.coordinates);
      return at ? { x: at.x, y: at.y } : null;
    }, placeId);
    const box = await page.locator(".maplibregl-canvas").boundingBox();
    if (!point || !box) throw new Error("map not ready");
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect(page.getByRole("form", { name: `Undated item: ${first}` })).toBeVisible();
    await expect(
      page
        .getByRole("list", { name: "Undated items in the draft" })
        .locator('[aria-current="true"] .editor-list-title'),
    ).toHaveText(first);
  });
});

test("an undated item's places are ticked in its form, before it has a date", async ({
  page,
  context,
}) => {
  await editKatrina(page, context);
  const list = page.getByRole("list", { name: "Undated items in the draft" });
  const row = list.getByRole("button", { name: /^Aug 23/ });
  await expect(row).toContainText("1 place");
  await row.click();
  const form = page.getByRole("form", { name: "Undated item: Aug 23" });
  const places = form.getByRole("group", { name: "Places" });
  await expect(places.getByRole("checkbox")).toHaveCount(6);
  await expect(places.getByRole("checkbox", { name: "Bahamas" })).toBeChecked();
  // Enter in Find a place finds; it does not give the item a date.
  await places.getByRole("searchbox", { name: "Find a place" }).press("Enter");
  await expect(form.locator(".editor-error")).toHaveCount(0);
  await places.getByRole("checkbox", { name: "Bahamas" }).uncheck();
  await expect(row).toContainText("no place");
  await places.getByRole("checkbox").nth(1).check();
  await places.getByRole("checkbox").nth(2).check();
  await expect(row).toContainText("2 places");
  await expect(page.getByTestId("event-count")).toContainText("7 undated");
  // In the draft the reader is shown, and one step of Undo (a place's ticks are one step).
  const placesOf = () =>
    page.evaluate(
      () =>
        window.__app?.store
          .getState()
          .index?.dataset.undated?.find((item) => item.title === "Aug 23")?.places,
    );
  await expect.poll(placesOf).toHaveLength(2);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(row).toContainText("1 place");
  await expect(places.getByRole("checkbox", { name: "Bahamas" })).toBeChecked();
});
