/**
 * Parts a reader may never use stay out of the first download (issue 20's first-load target):
 * the Save and Download menus' items, story mode's controls, the printable list, the list of a
 * dataset's problems. Each loads on
 * its first use (or ahead of it), works as before, and when its code cannot come, a notice
 * says which part and the next press tries again.
 */
import type { Page } from "@playwright/test";
import { expect, serveAt, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const CHUNKS = [
  "SaveMenuPanel",
  "DownloadChoices",
  "StoryControls",
  "PrintView",
  "DatasetProblems",
] as const;
// With or without the ?retry=N of a part's next try (src/ui/retryImport.ts).
const chunkUrl = (chunk: string) => new RegExp(`/assets/${chunk}-[\\w-]+\\.js(\\?.*)?$`);

/** Which of the chunks the page has asked for so far. */
function watchChunks(page: Page): Set<string> {
  const asked = new Set<string>();
  page.on("request", (request) => {
    for (const chunk of CHUNKS) if (chunkUrl(chunk).test(request.url())) asked.add(chunk);
  });
  return asked;
}

/**
 * `window.print` records how many events the printed page would list, between the
 * `beforeprint` and `afterprint` a browser's print sends (headless Chromium prints nothing).
 */
async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { printed: number[] };
    record.printed = [];
    window.print = () => {
      window.dispatchEvent(new Event("beforeprint"));
      record.printed.push(document.querySelectorAll(".print-view .print-event").length);
      window.dispatchEvent(new Event("afterprint"));
    };
  });
}

const printed = (page: Page) =>
  page.evaluate(() => (window as unknown as { printed: number[] }).printed);

const alert = (page: Page, text: string) =>
  page.getByRole("alert").filter({ hasText: `${text} could not be loaded` });

test("reading downloads none of them; each says when its code cannot come, and works on the next try", async ({
  page,
  watch,
}) => {
  watch.allow(/ERR_INTERNET_DISCONNECTED/);
  const asked = watchChunks(page);
  for (const chunk of CHUNKS)
    await page.route(chunkUrl(chunk), (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await waitForApp(page);
  expect([...asked]).toEqual([]);

  const save = page.getByRole("button", { name: "Save", exact: true });
  await save.click();
  await expect(alert(page, "The Save menu")).toContainText("Check your connection");
  await save.click();
  const download = page.getByRole("button", { name: "Download", exact: true });
  await download.click();
  await expect(alert(page, "The Download menu")).toBeVisible();
  await download.click();
  const story = page.getByRole("button", { name: "Story mode", exact: true });
  await story.click();
  await expect(alert(page, "Story mode")).toBeVisible();
  await expect(story).toHaveAttribute("aria-pressed", "false");
  // A print hides the interface, its notices too: the reader sees why once back on screen.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".notice").filter({ hasText: "The printable list" })).toHaveCount(1);
  await page.emulateMedia({ media: "screen" });
  await expect(alert(page, "The printable list")).toBeVisible();

  await page.unrouteAll();
  await save.click();
  await expect(page.getByRole("button", { name: "Print…" })).toBeVisible();
  await save.click();
  await download.click();
  await expect(page.getByRole("button", { name: "CSV (spreadsheet)" })).toBeVisible();
  await download.click();
  await story.click();
  await expect(story).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("story-progress")).toHaveText(/^Step 1 of \d+$/);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("article", { name: "Printable list of events" })).toBeVisible();
});

test("Ctrl+P as the reader's first key waits for the printable list, then prints it", async ({
  page,
}) => {
  await recordPrints(page);
  const asked = watchChunks(page);
  await page.goto("/");
  await waitForApp(page);
  expect(asked.has("PrintView")).toBe(false);
  const total = await page.evaluate(() => window.__app?.store.getState().index?.events.length);
  await page.keyboard.press("Control+p");
  await expect.poll(() => printed(page)).toEqual([total]);
  // The list is there only while printing.
  await expect(page.locator(".print-view")).toHaveCount(0);
});

test("a link that opens a story shows its controls, and the Save menu's Print prints the list", async ({
  page,
}) => {
  await recordPrints(page);
  await page.goto("/?story=time");
  await waitForApp(page);
  await expect(page.getByRole("radio", { name: "Time order" })).toBeChecked();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("button", { name: "Print…" }).click();
  await expect
    .poll(() => printed(page))
    .toEqual([await page.evaluate(() => window.__app?.store.getState().index?.events.length)]);
});

test("a dataset's problems: when the list's code cannot come, a notice says so; the next load lists them", async ({
  page,
  context,
  watch,
}) => {
  watch.allow(/ERR_INTERNET_DISCONNECTED/);
  const asked = watchChunks(page);
  await serveAt(context, "/broken.json", '{ "events": [ { "title": "No date" ');
  await page.route(chunkUrl("DatasetProblems"), (route) => route.abort("internetdisconnected"));
  await page.goto("/?data=/broken.json");
  await expect(alert(page, "The list of problems")).toContainText("Check your connection");
  // Asked for as the load began, before its problems were known.
  expect(asked.has("DatasetProblems")).toBe(true);

  await page.unrouteAll();
  await page.goto("/?data=/broken.json");
  const problems = page.getByRole("alert").filter({ hasText: "Could not open /broken.json" });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole("listitem")).not.toHaveCount(0);
});

test("the editor's English words come with the editor: reading does not download them, Edit does", async ({
  page,
}) => {
  const messages: string[] = [];
  page.on("request", (request) => {
    if (chunkUrl("editorMessages").test(request.url())) messages.push(request.url());
  });
  await page.goto("/");
  await waitForApp(page);
  expect(messages).toEqual([]);
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "Story title" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add event" })).toBeVisible();
  expect(messages).toHaveLength(1);
});
