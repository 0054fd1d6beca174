/**
 * The editor on an imported story (review 31): what the form does not show (a date written out,
 * an event's links after the first) must not outlive the edits that make it untrue or lose them.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

/** Our CSV template: a date written out ("Spring 1943"), and an event with two links. */
const CSV = [
  "type,id,title,start,end,approximate,display date,place,place id,lat,lon,place kind,actors,tags,summary,link,link text",
  ",spring,Spring offensive,1943-04,,yes,Spring 1943,Moscow,moscow,55.75,37.62,city,USSR,war,In spring.,,",
  ",meeting-tokyo,Meeting in Tokyo,2018-03-21,,no,,Tokyo,tokyo,35.68,139.69,city,Japan;Russia,diplomacy,Talks.,https://a.example.org/x;https://b.example.org/y,Первая;Вторая",
].join("\n");

async function editImported(page: Page) {
  await page.goto("/");
  await waitForApp(page);
  await page.getByTestId("dataset-file-input").setInputFiles({
    name: "ours.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(CSV),
  });
  // Not `toContainText("2")`: the shipped story's "24 events" has a 2, and Edit pressed before the
  // file opened began a draft of it, which the file's opening then ended (flaky in a whole run).
  await expect(page.getByTestId("event-count")).toHaveText(" — 2 events");
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
}

async function openEvent(page: Page, title: string) {
  await page
    .getByRole("list", { name: "Events in the draft" })
    .getByRole("button", { name: title })
    .click();
  return page.getByRole("form", { name: /^Event:/ });
}

/** The editor's Download JSON, read back. */
async function downloadDraft(
  page: Page,
  file: string,
): Promise<{ events: Record<string, unknown>[] }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).first().click(),
  ]);
  await download.saveAs(file);
  return JSON.parse(readFileSync(file, "utf8"));
}

test("a new start replaces the imported date text in the details and the download", async ({
  page,
}, testInfo) => {
  await editImported(page);
  const form = await openEvent(page, "Spring offensive");
  await form.getByLabel("Start", { exact: true }).fill("1944-05-09");
  await form.getByLabel(/^Approximate/).uncheck();
  await page.getByRole("button", { name: "Done", exact: true }).click();
  // “Spring 1943” was still shown for an event now dated 9 May 1944.
  await expect(page.locator("#details-title")).toHaveText("Spring offensive");
  await expect(page.getByTestId("details-date")).toHaveText("9 May 1944");
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const saved = await downloadDraft(page, testInfo.outputPath("draft.json"));
  const spring = saved.events.find((event) => event.id === "spring");
  expect(spring).toMatchObject({ start: "1944-05-09" });
  expect(spring).not.toHaveProperty("displayDate");
});

test("replacing an event's first link, Ctrl+A and typing, keeps its second", async ({
  page,
}, testInfo) => {
  await editImported(page);
  const form = await openEvent(page, "Meeting in Tokyo");
  const link = form.getByLabel("Link", { exact: true });
  await expect(link).toHaveValue("https://a.example.org/x");
  await link.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("https://new.example.org/z");
  await form.getByLabel("Title", { exact: true }).fill("Meeting in Tokyo (edited)");
  const saved = await downloadDraft(page, testInfo.outputPath("draft.json"));
  expect(saved.events.find((event) => event.id === "meeting-tokyo")?.links).toEqual([
    { label: "Первая", url: "https://new.example.org/z" },
    { label: "Вторая", url: "https://b.example.org/y" },
  ]);
});

test("Discard draft shows the opened file again, not the site's own story (review 31 F8)", async ({
  page,
}) => {
  await editImported(page);
  const form = await openEvent(page, "Spring offensive");
  await form.getByLabel("Title", { exact: true }).fill("Renamed offensive");
  await page.getByRole("button", { name: "Discard draft", exact: true }).click();
  await page.getByRole("button", { name: "Discard the draft" }).click();
  // It showed "Japan–Russia relations, 2018 — 24 events": the author had to choose the file again.
  await expect(page.getByTestId("event-count")).toHaveText(" — 2 events");
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().source))
    .toEqual({ kind: "file", name: "ours.csv" });
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toBeFocused();
  await expect(page.locator('[data-event-id="spring"]').first()).toBeVisible();
  // As opened: the draft's edit is gone, and Edit starts a draft from the file.
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(
    page.getByRole("list", { name: "Events in the draft" }).getByRole("button", {
      name: "Spring offensive",
    }),
  ).toBeVisible();
});
