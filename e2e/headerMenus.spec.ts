import { expect, test, waitForApp } from "./fixtures";

/**
 * The header's menus and the dialogs and panels they open, where the header folds its tools into
 * "⋯" (1000 px and under, and wherever their row would not fit) or shows them inline. On the SVG map: the map is not the subject.
 */
test.use({ webgl: false });

const MENU = "Island names, language and dataset";

test.describe("a desktop window 960 px wide, the header's tools folded into its menu", () => {
  test.use({ viewport: { width: 960, height: 768 } });

  for (const [item, dialogName] of [
    ["Open dataset…", "Open your own story"],
    ["Embed", "Embed this view"],
  ] as const) {
    // Escape closed the menu around Open dataset's dialog, still open and modal: the page lay
    // inert under a dialog 0 px high, focus on the body, until a second Escape nobody would press.
    test(`Escape closes ${item}'s dialog, the focus back on ${item}, and a second Escape the menu`, async ({
      page,
    }) => {
      await page.goto("/");
      await waitForApp(page);
      const toggle = page.getByRole("button", { name: MENU });
      await toggle.focus();
      await page.keyboard.press("Enter");
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      const opener = page.getByRole("button", { name: item, exact: true });
      await opener.focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("dialog", { name: dialogName })).toBeVisible();

      await page.keyboard.press("Escape");
      await expect(page.locator("dialog[open]")).toHaveCount(0);
      await expect(opener).toBeFocused();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");

      await page.keyboard.press("Escape");
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await expect(toggle).toBeFocused();
      // The page answers: nothing modal is left over it.
      await page.getByRole("button", { name: "Story mode" }).click({ timeout: 5000 });
      await expect(page.getByRole("button", { name: "Story mode" })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
    });
  }
});

// Aligned with their button's right edge, the panels ran past the window's left edge where the
// header wraps and the button starts its second row: Save at 1024 px in English, −183 px.
// Russian's tools fold into ⋯ at 1024 px (their row would not fit): Download opens in that menu.
for (const { lang, width, height, menu, folded } of [
  { lang: "en", width: 1024, height: 768, menu: "Save" },
  { lang: "ru", width: 1280, height: 800, menu: "Сохранить" },
  {
    lang: "ru",
    width: 1024,
    height: 768,
    menu: "Скачать",
    folded: "Названия островов, язык и набор данных",
  },
  { lang: "en", width: 1280, height: 800, menu: "Save" },
]) {
  test.describe(`${width}×${height}, ?lang=${lang}`, () => {
    test.use({ viewport: { width, height } });
    test(`${menu}'s panel opens whole inside the window`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await waitForApp(page);
      if (folded) await page.getByRole("button", { name: folded }).click();
      const toggle = page.getByRole("button", { name: menu, exact: true });
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      const panel = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
      // Its items, not "Loading…": the panel's width is theirs.
      await expect(panel.getByRole("button").first()).toBeVisible();
      const box = await panel.boundingBox();
      if (!box) throw new Error("no panel box");
      expect(box.x, "the panel's left edge").toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, "the panel's right edge").toBeLessThanOrEqual(width);
      // Each item can be pressed where it is drawn.
      for (const item of await panel.getByRole("button").all()) {
        const at = await item.boundingBox();
        if (!at) throw new Error("no item box");
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x, y)?.closest("button")?.textContent ?? null,
          [at.x + at.width / 2, at.y + at.height / 2] as const,
        );
        expect(hit).toBe(await item.textContent());
      }
    });
  });
}

// In a column that wraps, a short screen laid the menu's tools out side by side: Save's choices
// were cut at the menu's right edge ("Offlin…"), and at 400% zoom all but the first lay outside it.
for (const viewport of [
  { width: 568, height: 320 },
  { width: 320, height: 256 },
]) {
  test.describe(`a ${viewport.width}×${viewport.height} screen`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });
    test("the header's menu is one column that scrolls, Save's choices inside it", async ({
      page,
    }) => {
      await page.goto("/");
      await waitForApp(page);
      const toggle = page.getByRole("button", { name: MENU });
      await toggle.tap();
      const menu = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
      const save = menu.getByRole("button", { name: "Save", exact: true });
      await save.tap();
      await expect(menu.getByRole("button", { name: /^Offline copy/ })).toBeVisible();
      const fits = await menu.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const outside = Array.from(element.querySelectorAll("button"))
          .filter((button) => button.offsetParent !== null)
          .map((button) => ({
            text: button.textContent ?? "",
            box: button.getBoundingClientRect(),
          }))
          .filter(({ box: b }) => b.left < box.left - 0.5 || b.right > box.right + 0.5)
          .map(({ text }) => text);
        return { sideways: element.scrollWidth - element.clientWidth, outside };
      });
      expect(fits).toEqual({ sideways: 0, outside: [] });
    });
  });
}

// At 1280 px Russian's tools wrapped onto a second row (Save and Embed, 42 px), which the timeline
// lost: its lanes scrolled where the English page showed them all. Every language's tools are one
// row, and its header no taller than English's (Chinese's title has room beside its tools).
test.describe("1280×800, every language", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test("the header's tools are one row, and the header no taller than in English", async ({
    page,
  }) => {
    const heights = new Map<string, number>();
    for (const lang of ["en", "ja", "ru", "zh"]) {
      await page.goto(`/?lang=${lang}`);
      await waitForApp(page);
      const tools = await page.locator(".header-tools > *:not([hidden])").evaluateAll((elements) =>
        elements
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map((box) => ({ top: box.top, bottom: box.bottom })),
      );
      expect(tools.length, `${lang}: the tools shown`).toBeGreaterThanOrEqual(6);
      // One row: the lowest top is above the highest bottom.
      const lowestTop = Math.max(...tools.map((box) => box.top));
      expect(lowestTop, `${lang}: the tools' rows`).toBeLessThan(
        Math.min(...tools.map((box) => box.bottom)),
      );
      const header = await page.locator(".app-header").boundingBox();
      if (!header) throw new Error("no header box");
      heights.set(lang, header.height);
    }
    for (const lang of ["ja", "ru", "zh"])
      expect(heights.get(lang), `${lang}'s header against English's`).toBeLessThanOrEqual(
        heights.get("en") ?? 0,
      );
  });
});
