/**
 * The language switch names Japanese, Russian and Chinese in their own
 * scripts on every page; an English page loads no Noto Sans JP or SC
 * stylesheet nor Noto Sans's Cyrillic subset, so the switch brings its own
 * faces (src/i18n/languageNameFonts.ts): the names draw on a machine without
 * CJK fonts, Japanese forms from Noto Sans JP and Chinese from Noto Sans SC.
 */
import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";
import { fontsDrawing } from "./fontsDrawing";

/** The fonts Chromium drew a switch name's text with, and whether each is a web font. */
// The switch's names, not the map: on the SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const switchNameFonts = (page: Page, lang: string) =>
  fontsDrawing(page, `.language-switch span[lang="${lang}"]`);

test("the switch's Japanese, Russian and Chinese names draw from its own faces on an English page", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await expect(page.getByRole("radio", { name: "日本語" })).toBeAttached();
  await expect(page.getByRole("radio", { name: "中文" })).toBeAttached();

  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.family.includes("Language Name"))
      .map((face) => ({ family: face.family.replace(/"/g, ""), status: face.status }));
  });
  // Each name's face in the weight it is drawn in (400; English, the chosen one, needs none).
  expect(faces.filter((face) => face.status === "loaded")).toEqual([
    { family: "Language Name JA", status: "loaded" },
    { family: "Language Name RU", status: "loaded" },
    { family: "Language Name ZH", status: "loaded" },
  ]);
  expect(
    await page.evaluate(
      () =>
        document.fonts.check('16px "Language Name JA"', "日本語") &&
        document.fonts.check('16px "Language Name RU"', "Русский") &&
        document.fonts.check('16px "Language Name ZH"', "中文"),
    ),
  ).toBe(true);

  // Drawn by the bundled faces, not a system font: Japanese forms from JP, Chinese from SC.
  // (The name table says "Noto Sans JP Thin": fontsource's files come from the variable font.)
  const japanese = await switchNameFonts(page, "ja");
  expect(japanese).toHaveLength(1);
  expect(japanese[0]).toMatchObject({
    family: expect.stringMatching(/^Noto Sans JP/),
    custom: true,
  });
  const chinese = await switchNameFonts(page, "zh-Hans");
  expect(chinese).toHaveLength(1);
  expect(chinese[0]).toMatchObject({
    family: expect.stringMatching(/^Noto Sans SC/),
    custom: true,
  });

  const russian = await switchNameFonts(page, "ru");
  expect(russian).toEqual([{ family: expect.stringMatching(/^Noto Sans/), custom: true }]);

  // And the English page loads neither CJK stylesheet nor Noto Sans's Cyrillic subset.
  const loaded = await page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.status !== "unloaded")
      .map((face) => `${face.family.replace(/"/g, "")} ${face.unicodeRange}`),
  );
  expect(loaded.filter((face) => /Noto Sans (JP|SC)/.test(face))).toEqual([]);
  expect(
    await page.evaluate(
      () =>
        performance
          .getEntriesByType("resource")
          .filter((entry) => /noto-sans-cyrillic/.test(entry.name)).length,
    ),
  ).toBe(0);

  // The chosen language's name is drawn at 600 from its own face: on a Russian page, Русский.
  await page.getByRole("radio", { name: "Русский" }).check();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.fonts].find(
            (face) => face.family.includes("Language Name RU") && face.weight === "600",
          )?.status,
      ),
    )
    .toBe("loaded");
});
