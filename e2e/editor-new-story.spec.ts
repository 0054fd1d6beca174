/**
 * New story, as an author starts one: a blank draft (a placeholder title to replace, no places,
 * no periods, one event to fill), what it still needs said in the editor until it is a story,
 * the draft with work in it never replaced without asking (and one Undo away), and the new
 * story named as the author's, not the site's.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { axe, expect, test, waitForApp } from "./fixtures";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

async function axeViolations(page: Page): Promise<string[]> {
  const result = await axe(page).withTags(AXE_TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

async function startEditing(page: Page) {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
}

const dataset = (page: Page) =>
  page.evaluate(() => {
    const shown = window.__app?.store.getState().index?.dataset;
    return shown
      ? {
          meta: shown.meta,
          events: shown.events.length,
          places: shown.places.length,
          periods: shown.periods.length,
        }
      : null;
  });

test("New story, from the keyboard, starts a blank story that says what it needs, then shows as the author's", async ({
  page,
}, testInfo) => {
  await startEditing(page);
  // Reached by Tab from the editor's other actions, pressed with Enter.
  await page.getByRole("button", { name: "Discard draft" }).focus();
  await page.keyboard.press("Tab");
  const newStory = page.getByRole("button", { name: "New story", exact: true });
  await expect(newStory).toBeFocused();
  await page.keyboard.press("Enter");

  // Nothing was changed in the draft: no question, the blank story at once.
  await expect(page.getByText(/Start a new, blank story\?/)).toHaveCount(0);
  const title = page.getByRole("textbox", { name: "Story title" });
  await expect(title).toHaveValue("Untitled story");
  await expect(title).toBeFocused();
  // The placeholder is selected: typing replaces it.
  expect(
    await title.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
  ).toEqual([0, "Untitled story".length]);
  await expect
    .poll(() => dataset(page))
    .toEqual({ meta: { title: "Untitled story" }, events: 0, places: 0, periods: 0 });

  // What is missing, said in the editor (the timeline is empty, nothing failed).
  const needs = page.locator("#editor-needs");
  await expect(needs).toContainText("Before this is a story:");
  await expect(needs).toContainText("Give it a title");
  await expect(needs).toContainText("“(untitled)” still needs Title and Start.");
  await expect(title).toHaveAttribute("aria-describedby", "editor-needs");
  const form = page.getByRole("form", { name: /^Event:/ });
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue("");
  await expect(form.getByText("Not on the timeline yet")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Provenance: the author's draft, none of the shipped story's source (its publication line).
  await expect(page.getByTestId("provenance")).toContainText("Your draft (not published)");
  await expect(page.locator(".tl-published-label")).toHaveCount(0);
  await expect(page.locator(".tl-published-line")).toHaveCount(0);

  // A copy of a story with no event yet would not open ("Could not open the default dataset"):
  // said, and not made (review 35 F10).
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("button", { name: "Offline copy…" }).click();
  await expect(
    page.getByText(/^The offline copy could not be made: the story has no event with a date yet/),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /^Download offline copy/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "Offline copy…" })).toBeHidden();
  await title.focus();
  await title.selectText();

  await page.keyboard.type("Fishing rights");
  await expect(title).toHaveValue("Fishing rights");
  await expect(needs).not.toContainText("Give it a title");
  await form.getByLabel("Title", { exact: true }).fill("Joint Declaration");
  await expect(needs).toContainText("“Joint Declaration” still needs Start.");
  await form.getByLabel("Start", { exact: true }).fill("1956-10-19");
  await expect(needs).toHaveCount(0);
  // On the timeline, which went to 1956 for it (the view showed 2016–2018).
  // Named before it was dated, its id is its title's (review 37 R7).
  await expect(page.locator('[data-event-id="joint-declaration"]')).toHaveAttribute(
    "aria-label",
    /Joint Declaration/,
  );
  await expect(page.locator('[data-event-id="joint-declaration"]')).toBeVisible();
  await expect
    .poll(() => dataset(page))
    .toEqual({ meta: { title: "Fishing rights" }, events: 1, places: 0, periods: 0 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fishing rights");

  // Its download is a dataset npm run validate accepts, with no source or licence of ours.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).first().click(),
  ]);
  const file = testInfo.outputPath("new-story.json");
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, "utf8"));
  expect(saved.meta).toEqual({ title: "Fishing rights" });
  expect(saved.events.map((event: { title: string }) => event.title)).toEqual([
    "Joint Declaration",
  ]);
  const output = execFileSync("npx", ["tsx", "scripts/validate.ts", file], { encoding: "utf8" });
  expect(output).toMatch(/valid/i);
});

test("New story asks before replacing a draft with changes: Escape keeps it; replaced, Undo brings it back", async ({
  page,
}) => {
  await startEditing(page);
  const title = page.getByRole("textbox", { name: "Story title" });
  await title.fill("My own edits");
  const newStory = page.getByRole("button", { name: "New story", exact: true });
  await newStory.click();
  const question = page.getByText(/Start a new, blank story\?/);
  await expect(question).toContainText("“My own edits”");
  await expect(newStory).toHaveAttribute("aria-expanded", "true");
  // Focus on the safe answer, which is described by the question.
  const cancel = page.getByRole("button", { name: "Cancel" });
  await expect(cancel).toBeFocused();
  await expect(cancel).toHaveAccessibleDescription(/Start a new, blank story\?/);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(newStory).toBeFocused();
  await expect(title).toHaveValue("My own edits");
  const before = await dataset(page);
  expect(before?.events).toBeGreaterThan(1);

  await newStory.click();
  await page.getByRole("button", { name: "Replace with a new story" }).click();
  await expect(title).toHaveValue("Untitled story");
  await expect
    .poll(() => dataset(page))
    .toEqual({ meta: { title: "Untitled story" }, events: 0, places: 0, periods: 0 });

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(title).toHaveValue("My own edits");
  await expect.poll(() => dataset(page)).toEqual(before);
});

test.describe("on a phone", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 } });

  test("New story puts its title field, focused, in the sheet's view, in Russian", async ({
    page,
  }) => {
    await page.goto("/?lang=ru");
    await waitForApp(page);
    await page.getByRole("button", { name: "Названия островов, язык и набор данных" }).tap();
    await page.getByRole("button", { name: "Редактировать", exact: true }).tap();
    await page.getByRole("button", { name: "Новая история" }).tap();
    const title = page.getByRole("textbox", { name: "Название истории" });
    await expect(title).toHaveValue("История без названия");
    await expect(title).toBeFocused();
    await expect(page.locator("#editor-needs")).toContainText(
      "«(без названия)» ещё не хватает полей: Название и Начало.",
    );
    // In the sheet's scrolled box, not under its foot (focus is taken without scrolling).
    await expect
      .poll(() =>
        title.evaluate((input) => {
          const sheet = input.closest("#details-region");
          if (!sheet) return "no sheet";
          const box = sheet.getBoundingClientRect();
          const field = input.getBoundingClientRect();
          return field.top >= box.top - 0.5 && field.bottom <= box.bottom + 0.5;
        }),
      )
      .toBe(true);
    // Every tab of the editor within the screen's width (four now: Russian's are long).
    const tabs = await page
      .getByRole("tab")
      .evaluateAll((all) => all.map((tab) => tab.getBoundingClientRect().right));
    expect(tabs).toHaveLength(4);
    for (const right of tabs) expect(right).toBeLessThanOrEqual(360);
  });
});

test("keys typed at once after New story or Add event name the new item, and an untouched blank story is replaced without a question", async ({
  page,
}) => {
  await startEditing(page);
  const newStory = page.getByRole("button", { name: "New story", exact: true });
  await newStory.click();
  const title = page.getByRole("textbox", { name: "Story title" });
  await expect(title).toBeFocused();
  // A blank story as New story made it has nothing to lose: pressed again, no question.
  await newStory.click();
  // Typed without waiting: focused on the next frame, the first keys went to the button (the
  // draft's render took 0.5–1.5 s), and "My trip"'s space pressed New story again.
  await page.keyboard.type("My trip");
  await expect(title).toHaveValue("My trip");
  await expect(page.getByText(/Start a new, blank story\?/)).toHaveCount(0);

  await page.getByRole("button", { name: "Add event" }).click();
  await page.keyboard.type("Leave Paris");
  const form = page.getByRole("form", { name: /^Event:/ });
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue("Leave Paris");
});
