/**
 * The editor on a phone, where it is the details sheet between the map and the timeline (225 px
 * at 390×844, 143 px at 360×640): what the author types, and what the check says of it, stay in
 * the part of the sheet on screen.
 */
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false, hasTouch: true, isMobile: true });

for (const [width, height] of [
  [390, 844],
  [360, 640],
] as const)
  for (const lang of ["en", "ru"])
    test(`${width}×${height}, ${lang}: a bad Start typed at the sheet's foot shows its message whole in the sheet, under the field`, async ({
      page,
    }) => {
      // The message came under the field, past the sheet's visible foot (at 390×844 its last line,
      // y 470-489; at 360×640 all but the first of its four lines): the author saw no reason
      // the event kept its date.
      await page.setViewportSize({ width, height });
      await page.goto(`/?event=nagato-summit${lang === "en" ? "" : `&lang=${lang}`}`);
      await waitForApp(page);
      await page.getByRole("button", { name: MENU[lang] }).tap();
      await page.getByRole("button", { name: EDIT[lang], exact: true }).tap();
      const sheet = page.locator("#details-region");
      const form = sheet.getByRole("form");
      const start = form.getByLabel(START[lang], { exact: true });
      await expect(start).toHaveValue("2016-12");
      // The author has read down to the field: it lies at the sheet's foot.
      await start.evaluate((input) => input.scrollIntoView({ block: "end" }));
      await start.tap();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("2016-13-45");
      const message = form.locator(".editor-error");
      await expect(message).toContainText("2016-13-45");
      await expect(start).toHaveAttribute("aria-invalid", "true");
      // Whole inside the sheet's scrolled box, the field's input with it.
      await expect
        .poll(() =>
          sheet.evaluate((region) => {
            const box = region.getBoundingClientRect();
            const top = box.top + region.clientTop;
            const bottom = top + region.clientHeight;
            const out = (element: Element | null) => {
              const r = element?.getBoundingClientRect();
              return !r || r.top < top - 0.5 || r.bottom > bottom + 0.5
                ? `${element?.tagName} ${r?.top}-${r?.bottom} outside ${top}-${bottom}`
                : null;
            };
            const message = region.querySelector(".editor-error");
            const input = message?.closest(".editor-field")?.querySelector("input") ?? null;
            return [out(message), out(input)].filter(Boolean);
          }),
        )
        .toEqual([]);
    });

const MENU: Record<string, string> = {
  en: "Island names, language and dataset",
  ru: "Названия островов, язык и набор данных",
};
const EDIT: Record<string, string> = { en: "Edit", ru: "Редактировать" };
const START: Record<string, string> = { en: "Start", ru: "Начало" };
