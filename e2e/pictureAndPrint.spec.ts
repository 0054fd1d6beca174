/**
 * The picture ("Download image") and the print of what the page shows (review 29): a story without
 * places has no map in either, a phone's strip of a map is not blown up, the print's map is light
 * on paper, and the Save menu's items keep the keyboard's focus.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { SAMPLES } from "../src/import/samples";
import { expect, openSample, test, waitForApp, waitForMap } from "./fixtures";
import { downloadPicture, imageSample, recordPictureCalls } from "./pictureCalls";

const NO_PLACES = "This story has no places on the map: its events are on the timeline.";
const NO_MAP = "The map could not be drawn in this browser.";

/** The mean lightness (0–255) of a PNG. */
async function meanLightness(page: Page, png: Buffer): Promise<number> {
  return (await imageSample(page, `data:image/png;base64,${png.toString("base64")}`, 7)).lightness;
}

/** A place-less sample (TimelineJS's own cosmo-mixed.json) opened from a file, as a reader does. */
async function openPlacelessFile(page: Page): Promise<void> {
  await page.getByTestId("dataset-file-input").setInputFiles({
    name: "cosmo-mixed.json",
    mimeType: "",
    buffer: readFileSync(SAMPLES.cosmoMixed),
  });
  await expect(page.getByText(NO_PLACES)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordPictureCalls);
});

// Review 29 F1: the picture and the print showed the last story's map of Japan under "Eras Test".
test("a story without places opened after one with a map has no map in its picture or its print", async ({
  page,
}) => {
  await page.goto("/?event=nagato-summit");
  await waitForApp(page);
  await waitForMap(page);
  await openPlacelessFile(page);

  const picture = await downloadPicture(page);
  expect(picture.download.suggestedFilename()).toMatch(/\.png$/);
  expect(picture.images, "a map drawn into the picture").toEqual([]);
  const texts = picture.texts.map((call) => call.text);
  expect(texts.filter((text) => text.startsWith("Map: ") || text === NO_MAP)).toEqual([]);

  await page.emulateMedia({ media: "print" });
  const list = page.getByRole("article", { name: "Printable list of events" });
  await expect(list.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(list.getByRole("img", { name: "The map as it was shown" })).toHaveCount(0);
  await page.emulateMedia({ media: "screen" });
});

// Review 29 F2: three quarters of the picture were a box saying the map could not be drawn, and
// its footer credited the map.
test("the picture of a story without places gives the timeline the map's room, with no map credit", async ({
  page,
  context,
}) => {
  await openSample(page, context, "cosmoMixed");
  await waitForApp(page);
  await expect(page.getByText(NO_PLACES)).toBeVisible();
  const picture = await downloadPicture(page);
  expect(picture.images).toEqual([]);
  const texts = picture.texts.map((call) => call.text);
  expect(texts).not.toContain(NO_MAP);
  expect(texts.filter((text) => text.startsWith("Map: "))).toEqual([]);
  // The timeline (its lane names and axis) in the middle of the picture, not under an empty box.
  const timeline = picture.texts.filter((call) => call.y > 68 && call.y < 635);
  expect(timeline.length).toBeGreaterThan(0);
  expect(Math.min(...timeline.map((call) => call.y))).toBeLessThan(400);
});

// Review 29 F3: the button disabled itself under the focus, and the menu closed under it, each
// dropping the focus to the page; nothing was announced. About the focus and the announcement, not
// the map: on the SVG map (why: `webgl` in e2e/fixtures.ts).
test.describe("with the SVG map", () => {
  test.use({ webgl: false });

  test("Download image and Print… keep the keyboard's focus, and the picture is announced", async ({
    page,
  }) => {
    await page.goto("/?event=nagato-summit");
    await waitForApp(page);
    await waitForMap(page);
    await page.evaluate(() => {
      Object.assign(window, { __printed: 0 });
      window.print = () => {
        (window as unknown as { __printed: number }).__printed++;
      };
    });
    const save = page.getByRole("button", { name: "Save", exact: true });
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element === document.body ? "body" : (element?.textContent ?? "").trim();
      });

    await save.focus();
    await page.keyboard.press("Enter");
    const image = page.getByRole("button", { name: "Download image" });
    await image.focus();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    expect(download.suggestedFilename()).toBe("japan-russia-relations-2018.png");
    await expect(image).toBeFocused();
    expect(await focused()).toBe("Download image");
    await expect(page.getByTestId("live-region")).toHaveText(
      "Image saved: japan-russia-relations-2018.png.",
    );

    await page.getByRole("button", { name: "Print…" }).focus();
    await page.keyboard.press("Enter");
    await expect(save).toBeFocused();
    await expect(save).toHaveAttribute("aria-expanded", "false");
    await expect
      .poll(() => page.evaluate(() => (window as { __printed?: number }).__printed))
      .toBe(1);
  });
});

// Review 29 F8: the print made the page white and the text black, and kept the dark map, a black
// rectangle on the paper.
test.describe("with a dark system theme", () => {
  test.use({ colorScheme: "dark" });

  test("the printed map is light", async ({ page }) => {
    await page.goto("/?event=nagato-summit");
    await waitForApp(page);
    await waitForMap(page);
    await page.emulateMedia({ media: "print" });
    const map = page.getByRole("img", { name: "The map as it was shown" });
    await expect(map).toBeVisible();
    expect(await meanLightness(page, await map.screenshot())).toBeGreaterThan(150);
    await page.emulateMedia({ media: "screen" });
  });
});

// Review 29 F6: the phone's 390×75 strip of a map in story mode was drawn 1200 px wide, its words
// 3× their size, and a quarter of the picture under the timeline was blank; the print drew the
// strip across the page, then a thin strip.
test.describe("on a 390 × 844 phone in story mode", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the picture and the print draw the map anew at their own box, and the picture leaves no blank band", async ({
    page,
  }) => {
    await page.goto("/?story=article&event=nagato-summit");
    await waitForApp(page);
    await waitForMap(page);
    const shownMap = () =>
      page.evaluate(() => {
        const map = window.__app?.map;
        const canvas = map?.getCanvas();
        const { lng, lat } = map?.getCenter() ?? { lng: 0, lat: 0 };
        return {
          canvas: [canvas?.width, canvas?.height],
          css: [canvas?.clientWidth, canvas?.clientHeight],
          ratio: devicePixelRatio,
          camera: [lng.toFixed(6), lat.toFixed(6), map?.getZoom().toFixed(6)],
        };
      });
    const before = await shownMap();
    const [stripWidth = 0, stripHeight = 0] = before.css;
    expect(stripWidth / stripHeight, "the map is a strip").toBeGreaterThan(3.5);

    // The phone's "⋯" menu holds Save.
    await page.getByRole("button", { name: "Island names, language and dataset" }).click();
    const picture = await downloadPicture(page);
    expect(picture.images).toHaveLength(1);
    const [width = 0, height = 0, , , , , , dy = 0, dw = 0, dh = 0] = picture.images[0] ?? [];
    // Drawn anew for its box, at the picture's 2×: not the strip stretched (1200 × 231, words 3×).
    // The box is what the lanes' rows leave (review 37 R8: ~289 px with the Japan lane's four rows).
    expect(dh).toBeGreaterThan(260);
    expect(width / height).toBeCloseTo(dw / dh, 1);
    expect(width).toBeGreaterThanOrEqual(Math.round(dw * 2) - 1);
    // The timeline right above the footer: nothing blank under it.
    const above = picture.texts.filter((call) => call.y > dy + dh && call.y < 635);
    expect(above.length).toBeGreaterThan(0);
    expect(Math.max(...above.map((call) => call.y))).toBeGreaterThan(590);
    // The page's map as it was: its size, its pixels and its camera.
    expect(await shownMap()).toEqual(before);

    // Printed on an A4 page's width: the strip drawn anew at the print's box (680 × 340 px, what
    // it showed in the middle, its words at their size), not a thin strip (review 29 F6).
    await page.keyboard.press("Escape");
    // The list's code, which draws the map for paper, comes after the first press (PrintSlot):
    // here before printing, as Print… waits for it (a print before it came shows the page).
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType("resource").some((entry) => /\/PrintView-/.test(entry.name)),
        ),
      )
      .toBe(true);
    await page.emulateMedia({ media: "print" });
    const printed = page.getByRole("img", { name: "The map as it was shown" });
    await expect(printed).toBeVisible();
    await page.setViewportSize({ width: 794, height: 1123 });
    const box = (await printed.boundingBox()) ?? { width: 0, height: 0 };
    expect(box.width).toBeCloseTo(680, -1);
    expect(box.width / box.height).toBeCloseTo(2, 1);
    await page.emulateMedia({ media: "screen" });
  });
});
