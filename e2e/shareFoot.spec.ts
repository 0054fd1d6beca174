import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

// What Share says took a row of its own in the details' foot: where the event's text was too short
// for the foot to stick to the panel's bottom, that row pushed Previous, Share and Next 28 px down
// under the reader's pointer (1280×800, "Lavrov lands in Tokyo"; Nagato at 1280×800 went 14 px, as
// the row made the foot stick). e2e/deeplinks.spec.ts has the sticky foot (1280×700).

/** Presses Share in the event's details; says where the foot's buttons and the words are. */
async function share(page: Page, path: string, touch: boolean) {
  await page.goto(path);
  await waitForApp(page);
  const buttons = page.locator(".details-nav button");
  await expect(buttons).toHaveCount(3);
  // A phone's sheet shows Share first (a tap scrolls a button into view on its own).
  await buttons.nth(1).scrollIntoViewIfNeeded();
  const boxes = async () =>
    Promise.all((await buttons.all()).map(async (button) => await button.boundingBox()));
  const before = await boxes();
  if (touch) await buttons.nth(1).tap();
  else await buttons.nth(1).click();
  const words = page.getByTestId("share-confirm");
  await expect(words).toBeVisible();
  const after = await boxes();
  for (const [i, box] of after.entries()) {
    expect(box?.x, `button ${i}'s left`).toBeCloseTo(before[i]?.x ?? -1, 0);
    expect(box?.y, `button ${i}'s top`).toBeCloseTo(before[i]?.y ?? -1, 0);
  }
  const said = await words.boundingBox();
  const top = Math.min(...after.map((box) => box?.y ?? -1));
  expect((said?.y ?? 0) + (said?.height ?? 0), "the words above the three").toBeLessThanOrEqual(
    top + 1,
  );
  const date = await page.getByTestId("details-date").boundingBox();
  expect(said?.y ?? -1, "the words below the event's date").toBeGreaterThanOrEqual(
    (date?.y ?? 0) + (date?.height ?? 0),
  );
  expect(said?.height ?? 99, "one line").toBeLessThan(30);
  // Nothing lies over them: what is at their middle is the words.
  const onTop = await words.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });
  expect(onTop, "the words in sight").toBe(true);
  return said;
}

/** The bottom of what stands right above the foot: the event's last lines. */
const textBottom = (page: Page) =>
  page.locator(".details-nav").evaluate((nav) => {
    const last = nav.previousElementSibling?.getBoundingClientRect();
    return last ? last.bottom : Number.NaN;
  });

test.describe("1280×800", () => {
  test.use({ webgl: false, viewport: { width: 1280, height: 800 } });

  for (const lang of ["en", "ru"]) {
    test(`?lang=${lang}: Share's words over a short event's foot move none of the three and cover none of its text`, async ({
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
      const said = await share(page, `/?event=lavrov-arrives-in-tokyo&lang=${lang}`, false);
      // The foot did not stick: the event's text ends above it, and the words keep off it.
      expect(await textBottom(page), "the event's text above the words").toBeLessThanOrEqual(
        (said?.y ?? 0) + 1,
      );
    });
  }

  test("Share's words over a foot that sticks only just move none of the three", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await share(page, "/?event=nagato-summit", false);
  });
});

// A phone's sheet: the foot sticks from 375 px wide; at 320 it follows the text and Share takes a
// row of its own under Previous and Next; its words went under it, and the sheet moved 30 px.
for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
]) {
  test.describe(`${width}×${height} phone`, () => {
    test.use({ webgl: false, viewport: { width, height }, hasTouch: true, isMobile: true });
    test("Share's words go above Previous, Share and Next and move none of them", async ({
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
      await share(page, "/?event=lavrov-arrives-in-tokyo", true);
    });
  });
}
