/**
 * Chinese text that Noto Sans JP lacks (review 29 F7): a dataset's simplified Chinese on an
 * English page drew boxes on a machine without CJK fonts (this one has none), as Noto Sans SC
 * loaded only for a Chinese page. It loads once such a character is shown; a Japanese page's
 * Japanese does not fetch it.
 */
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { diskOnlyContext, expect, saveOfflineCopy, serveAt, test, waitForApp } from "./fixtures";
import { fontsDrawing } from "./fontsDrawing";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

/** 间 岛 归 问 题 are simplified forms, in none of Noto Sans JP's faces. */
const TITLE = "关于南千岛群岛归属问题的谈判";

const DATASET = {
  meta: { title: "Test data" },
  places: [{ id: "p", name: "P", names: { en: "P" }, kind: "city", coordinates: [140, 40] }],
  events: [
    { id: "a", title: TITLE, start: "2018-01-02", places: ["p"], summary: "One." },
    { id: "b", title: "Second", start: "2018-02", places: ["p"], summary: "Two." },
  ],
};

/** Once its fonts are in, the title is drawn from Noto Sans SC (as well as JP), all web fonts. */
async function expectTitleFromChinese(page: Page) {
  await expect
    .poll(async () => {
      await page.evaluate(() => document.fonts.ready);
      return fontsDrawing(page, "#details-title");
    })
    .toEqual(
      expect.arrayContaining([{ family: expect.stringMatching(/^Noto Sans SC/), custom: true }]),
    );
  const fonts = await fontsDrawing(page, "#details-title");
  expect(fonts.filter((font) => !font.custom)).toEqual([]);
}

/** How many of a family's faces the page has loaded (or, unless `loadedOnly`, is loading). */
const facesOf = (page: Page, family: string, loadedOnly = false) =>
  page.evaluate(
    ([wanted, loaded]) =>
      [...document.fonts].filter(
        (face) =>
          face.family.replace(/"/g, "") === wanted &&
          (loaded ? face.status === "loaded" : face.status !== "unloaded"),
      ).length,
    [family, loadedOnly] as const,
  );

/** The Noto Sans SC faces the page has loaded or is loading. */
const chineseFaces = (page: Page) => facesOf(page, "Noto Sans SC");

test("a dataset's simplified Chinese on an English page draws from Noto Sans SC, not boxes", async ({
  page,
  context,
}) => {
  await serveAt(context, "/zh.json", JSON.stringify(DATASET));
  await page.goto("/?data=/zh.json&event=a");
  await waitForApp(page);
  await expect(page.locator("#details-title")).toHaveText(TITLE);
  // Every character from a web font: JP's for what it has, SC's for the rest (JP's missing
  // glyph, a box, stood in before).
  await expectTitleFromChinese(page);
});

test("a one-file copy of it carries the Noto Sans SC faces its text needs, and draws it from them", async ({
  page,
  context,
  browser,
}, testInfo) => {
  await serveAt(context, "/zh.json", JSON.stringify(DATASET));
  await page.goto("/?data=/zh.json&event=a");
  await waitForApp(page);
  const file = testInfo.outputPath("copy.html");
  await saveOfflineCopy(page, { button: "Save", offlineCopy: "Offline copy…" }, file);
  const { context: offline, leaks } = await diskOnlyContext(browser);
  const copy = await offline.newPage();
  await copy.goto(pathToFileURL(file).href);
  await waitForApp(copy);
  await expect(copy.locator("#details-title")).toHaveText(TITLE);
  // The copy carried only JP's faces for a page not in Chinese: 间 岛 归 问 题 were boxes.
  await expectTitleFromChinese(copy);
  expect(leaks).toEqual([]);
  await offline.close();
});

test("a Japanese page's own story does not fetch Noto Sans SC", async ({ page }) => {
  await page.goto("/?lang=ja&event=lavrov-arrives-in-tokyo");
  await waitForApp(page);
  // JP's faces are in, the check has run on what is shown (it reads their ranges once they are).
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some(
          (face) => face.family.replace(/"/g, "") === "Noto Sans JP" && face.status === "loaded",
        );
      }),
    )
    .toBe(true);
  await page.waitForTimeout(500);
  expect(await chineseFaces(page)).toBe(0);
  // And the same page with a character JP lacks typed into the search fetches it.
  await page.getByRole("combobox").first().fill("问题");
  await expect.poll(() => chineseFaces(page)).toBeGreaterThan(0);
});

/** The Noto Sans JP faces the page has loaded. */
const japaneseFacesLoaded = (page: Page) => facesOf(page, "Noto Sans JP", true);

// Review 35 F5: the editor put 択捉島 in a field, never typed and in no text node, and it drew as
// boxes; the font came only for Japanese shown as text or typed.
test("a place's Japanese name that the editor puts in a field fetches Noto Sans JP", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByRole("tab", { name: "Places" }).click();
  await page.waitForTimeout(500);
  expect(await japaneseFacesLoaded(page)).toBe(0);
  await page
    .getByRole("list", { name: "Places in the draft" })
    .getByRole("button", { name: /^Etorofu/ })
    .click();
  const field = page.getByRole("form", { name: /^Place:/ }).getByLabel("In Japanese script");
  await expect(field).toHaveValue("択捉島");
  await expect.poll(() => japaneseFacesLoaded(page)).toBeGreaterThan(0);
});
