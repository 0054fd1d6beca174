import type { Page } from "@playwright/test";
import { hiddenEventText } from "./boxes";
import { expect, test, waitForApp } from "./fixtures";

// Where the details are short, Previous, Share and Next kept at their foot lay over the event:
// a phone held sideways in story mode (844×390: the foot 112 px of a 235 px column, over the
// step's title, its date and text under it) and an embed at its usual sizes (the Medium snippet,
// 800×560, and a phone's 400×600: a cut title and nothing else) (review 54 R1, R2). The embed is
// opened at the frame's size: its page sees the frame as its window (e2e/layout.spec.ts does too).

const LANGS = ["en", "ja", "ru"] as const;

/** What lies at the middle of the date and of the text's first line: the details' own words? */
function uncovered(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const text = document.querySelector(".details-summary, .details-body");
    const range = document.createRange();
    if (text) range.selectNodeContents(text);
    const parts = {
      date: document.querySelector('[data-testid="details-date"]'),
      "text's first line": text,
    };
    const boxes = {
      date: parts.date?.getBoundingClientRect(),
      "text's first line": text ? range.getClientRects()[0] : undefined,
    };
    const found: Record<string, string> = {};
    for (const [name, element] of Object.entries(parts)) {
      const box = boxes[name as keyof typeof boxes];
      if (!element || !box) {
        found[name] = "missing";
        continue;
      }
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      found[name] = hit && element.contains(hit) ? "in sight" : `under ${hit?.className}`;
    }
    return found;
  });
}

/** The event's title, date and text's first line in sight; Next reached by scrolling steps on. */
async function expectEventInSight(page: Page, where: string, touch: boolean) {
  await waitForApp(page);
  const title = page.locator("#details-title");
  await expect(title).toBeVisible();
  expect(await hiddenEventText(page), where).toEqual([]);
  expect(await uncovered(page), where).toEqual({
    date: "in sight",
    "text's first line": "in sight",
  });
  const before = await title.textContent();
  const next = page.locator(".details-nav > button").last();
  await next.scrollIntoViewIfNeeded();
  await expect(next, where).toBeInViewport({ ratio: 1 });
  if (touch) await next.tap();
  else await next.click();
  await expect(title, where).not.toHaveText(before ?? "");
}

test.describe("a phone held sideways, 844×390, in story mode", () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true, webgl: false });

  for (const lang of LANGS) {
    test(`?lang=${lang}: the step's title, date and text are in sight, Previous, Share and Next below them`, async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}&story=article&event=da-nang-apec-meeting`);
      await expectEventInSight(page, lang, true);
    });
  }
});

for (const [width, height, touch] of [
  [800, 560, false],
  [400, 600, true],
] as const) {
  test.describe(`an embed at ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch, isMobile: touch, webgl: false });

    for (const lang of LANGS) {
      test(`?lang=${lang}: the event's title, date and text are in sight, Previous, Share and Next below them`, async ({
        page,
      }) => {
        await page.goto(`/?embed=1&lang=${lang}&event=nagato-summit`);
        await expectEventInSight(page, lang, touch);
      });
    }
  });
}
