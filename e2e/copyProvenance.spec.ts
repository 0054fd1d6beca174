/**
 * A one-file copy saved while another dataset was on show (a `?data=` link, a draft) says so
 * when it is opened: the saved data is the copy's own dataset, and the copy must not pass it off
 * as the site's story. A copy of the story itself shows no banner.
 */

import { pathToFileURL } from "node:url";
import type { Browser, Page } from "@playwright/test";
import {
  diskOnlyContext,
  expect,
  hideWebGL,
  openSample,
  saveOfflineCopy,
  test,
  waitForApp,
} from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const SAVE = { button: "Save", offlineCopy: "Offline copy…" };

/** The saved copy, opened from disk with no network; nothing may leave it. */
async function openCopy(browser: Browser, file: string, run: (copy: Page) => Promise<void>) {
  const { context, leaks } = await diskOnlyContext(browser);
  // A context of its own, so the file's `webgl: false` must be said again: without it the copy
  // started MapLibre on software WebGL (4.2 CPU-s against 0.9 for the SVG map).
  await hideWebGL(context);
  const copy = await context.newPage();
  await copy.goto(pathToFileURL(file).href);
  await waitForApp(copy);
  await run(copy);
  expect(leaks, "requests that left the file").toEqual([]);
  await context.close();
}

const banner = (page: Page) => page.getByRole("banner").getByTestId("provenance");

test("a copy of a ?data= dataset names the address it was saved from", async ({
  page,
  context,
  browser,
}, testInfo) => {
  await openSample(page, context, "cosmoMixed");
  await waitForApp(page);
  await expect(banner(page)).toContainText("Data from cosmo-mixed.json on this site");
  const file = testInfo.outputPath("cosmo-mixed.html");
  await saveOfflineCopy(page, SAVE, file);

  await openCopy(browser, file, async (copy) => {
    const address = `http://127.0.0.1:${new URL(page.url()).port}/samples/cosmo-mixed.json`;
    await expect(banner(copy)).toContainText(
      "A saved copy of data from cosmo-mixed.json — not this site's own story",
    );
    await expect(copy).toHaveTitle(/\(a copy of data from cosmo-mixed\.json\)$/);
    // The whole address is a click away, in the banner's details.
    await expect(banner(copy)).toContainText(address);
    // The copy shows the dataset it carries, and does not try the address (a file cannot reach
    // it: the copy said "Ignored the link's dataset" for this one, and failed on another site's).
    await expect(copy.getByRole("heading", { level: 1 })).toHaveText(
      "A Brief History of Light — 5 events, 6 undated",
    );
    await expect(copy.getByText(/Ignored the link's dataset/)).toHaveCount(0);
    expect(copy.url()).not.toContain("data=");
    const details = copy.getByRole("complementary", { name: "Details" });
    await copy.getByRole("combobox", { name: "Search events and places" }).fill("First Photograph");
    await copy.getByRole("listbox", { name: "Search results" }).getByRole("option").first().click();
    await expect(details.getByTestId("details-origin")).toHaveText(
      "A saved copy of data from cosmo-mixed.json — not this site's own story",
    );
  });
});

test("a copy of a draft says it is a copy of an edited draft", async ({
  page,
  browser,
}, testInfo) => {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(banner(page)).toContainText("Your draft (not published)");
  const file = testInfo.outputPath("draft.html");
  await saveOfflineCopy(page, SAVE, file);

  await openCopy(browser, file, async (copy) => {
    await expect(banner(copy)).toContainText(
      "A saved copy of an edited draft — not this site's own story",
    );
    await expect(copy).toHaveTitle(/\(a copy of an edited draft\)$/);
    // In Russian on a phone, the longer sentence wraps beside a whole Shrink button.
    await copy.setViewportSize({ width: 390, height: 844 });
    await copy.goto(`${pathToFileURL(file).href}#lang=ru`);
    await copy.reload();
    await waitForApp(copy);
    await expect(banner(copy)).toContainText(
      "Сохранённая копия отредактированного черновика — не собственная история сайта",
    );
    await expect(copy).toHaveTitle(/\(копия отредактированного черновика\)$/);
    const fits = await banner(copy).evaluate((element) => {
      const shrink = element.querySelector(".provenance-shrink");
      return {
        shrink: shrink !== null && shrink.scrollWidth <= shrink.clientWidth,
        page: document.documentElement.scrollWidth <= window.innerWidth,
      };
    });
    expect(fits).toEqual({ shrink: true, page: true });
  });
});

test("a copy of the site's own story shows no banner", async ({ page, browser }, testInfo) => {
  await page.goto("/");
  await waitForApp(page);
  const file = testInfo.outputPath("story.html");
  await saveOfflineCopy(page, SAVE, file);

  await openCopy(browser, file, async (copy) => {
    await expect(copy.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(copy.getByTestId("provenance")).toHaveCount(0);
    expect(await copy.title()).not.toMatch(/copy of|data from/i);
  });
});
