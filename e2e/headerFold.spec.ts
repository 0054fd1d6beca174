import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

/**
 * From 1001 px the header showed its tools inline whatever their width: Russian's row (1222 px)
 * wrapped onto a second row up to 1253 px, Japanese's (976 px) up to 1009, pushing the map and
 * timeline down. Where the row would not fit, the tools now fold into the ⋯ menu, as they do up to
 * 1000 px. On the SVG map: the map is not the subject.
 */
test.use({ webgl: false });

/** The menu's name in each language (app.menu). */
const MENU = {
  en: "Island names, language and dataset",
  ja: "島の名称・言語・データセット",
  ru: "Названия островов, язык и набор данных",
} as const;

/** The header's tools that are laid out (not Open dataset's hidden file input): their boxes. */
function toolBoxes(page: Page) {
  return page.locator(".header-tools > *").evaluateAll((elements) =>
    elements
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map(({ left, right, top, bottom }) => ({ left, right, top, bottom })),
  );
}

async function headerHeight(page: Page): Promise<number> {
  const box = await page.locator(".app-header").boundingBox();
  if (!box) throw new Error("no header box");
  return box.height;
}

async function open(page: Page, lang: keyof typeof MENU): Promise<void> {
  await page.goto(`/?lang=${lang}`);
  await waitForApp(page);
}

for (const width of [1280, 1001]) {
  test.describe(`English at ${width}×800`, () => {
    test.use({ viewport: { width, height: 800 } });
    test("the tools stay inline, on one row, without the menu's button", async ({ page }) => {
      await open(page, "en");
      await expect(page.getByRole("button", { name: MENU.en })).toBeHidden();
      await expect(page.getByRole("button", { name: "Open dataset…" })).toBeVisible();
      const tools = await toolBoxes(page);
      expect(tools.length, "the tools shown").toBeGreaterThanOrEqual(7);
      // One row: the lowest top is above the highest bottom.
      expect(Math.max(...tools.map((box) => box.top))).toBeLessThan(
        Math.min(...tools.map((box) => box.bottom)),
      );
    });
  });
}

for (const { lang, width } of [
  { lang: "ru", width: 1100 },
  { lang: "ja", width: 1005 },
] as const) {
  test.describe(`${lang} at ${width}×800`, () => {
    test.use({ viewport: { width, height: 800 } });
    test("the header is one row as English's is at 1000 px, every tool in its menu", async ({
      page,
    }) => {
      // English's header where its tools fold: the title and ⋯ on one row.
      await page.setViewportSize({ width: 1000, height: 800 });
      await open(page, "en");
      await expect(page.getByRole("button", { name: MENU.en })).toBeVisible();
      const oneRow = await headerHeight(page);
      await page.setViewportSize({ width, height: 800 });
      await expect
        .poll(() => headerHeight(page), "English's header, tools inline")
        .toBeGreaterThan(oneRow);
      const english = await headerHeight(page);

      await open(page, lang);
      const toggle = page.getByRole("button", { name: MENU[lang] });
      await expect(toggle).toBeVisible();
      expect(await headerHeight(page), "the header's height").toBeCloseTo(oneRow, 0);
      expect(await headerHeight(page)).toBeLessThan(english);

      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      const tools = await toolBoxes(page);
      expect(tools.length, "the tools in the menu").toBeGreaterThanOrEqual(7);
      for (const box of tools) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(800);
      }
      // A tool in the menu works: English, whose row fits, brings the tools back inline.
      await page.getByRole("radio", { name: "English" }).click();
      await expect(page.getByRole("button", { name: MENU.en })).toBeHidden();
      await expect(page.getByRole("button", { name: "Open dataset…" })).toBeVisible();
      expect(await headerHeight(page)).toBeCloseTo(english, 0);
    });
  });
}
