import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

// Where the details panel is short, its text was cut at the panel's foot (or under Previous, Share
// and Next, where they stick) with nothing to say that more lay below: cut at a line's end, the
// summary read as if it ended there. An arrow and a shadow at that edge now say so while there is
// more to scroll, and go once the end is in sight (styles.css, "More below").

const EVENT = "da-nang-apec-meeting";

/** Which sign of more below is shown, if any: the panel's foot's or the sticky foot's top's. */
function sign(page: Page) {
  return page.evaluate(() => {
    const shown = (element: Element | null, pseudo: string) => {
      if (!element) return false;
      const style = getComputedStyle(element, pseudo);
      return style.content !== "none" && style.content !== "normal" && Number(style.opacity) > 0;
    };
    const atFoot = shown(document.querySelector(".event-details"), "::after");
    const overFoot = shown(document.querySelector(".details-nav"), "::before");
    return atFoot && overFoot
      ? "both"
      : atFoot
        ? "at the foot"
        : overFoot
          ? "over the foot"
          : "none";
  });
}

/** How far the details panel is from its end, in pixels. */
function leftBelow(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector(".region-details");
    return panel ? panel.scrollHeight - panel.clientHeight - panel.scrollTop : -1;
  });
}

async function scrollDetailsTo(page: Page, where: "end" | "top") {
  await page.evaluate((end) => {
    const panel = document.querySelector(".region-details");
    if (panel) panel.scrollTop = end ? panel.scrollHeight : 0;
  }, where === "end");
}

const CASES = [
  // [size, url, placement]
  [{ width: 740, height: 360 }, `/?lang=en&event=${EVENT}`, "at the foot", false],
  [{ width: 740, height: 360 }, `/?lang=ru&event=${EVENT}`, "at the foot", false],
  [{ width: 375, height: 667 }, `/?lang=en&story=article&event=${EVENT}`, "over the foot", true],
] as const;

for (const [viewport, url, placement, touch] of CASES) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch, webgl: false });

    test(`${url}: a sign of more below while the details scroll, gone at their end`, async ({
      page,
    }) => {
      await page.goto(url);
      await waitForApp(page);
      await expect(page.locator("#details-title")).toBeVisible();
      expect(await leftBelow(page)).toBeGreaterThan(100);
      await expect.poll(() => sign(page)).toBe(placement);

      await scrollDetailsTo(page, "end");
      await expect.poll(() => leftBelow(page)).toBeLessThan(1);
      await expect.poll(() => sign(page)).toBe("none");

      await scrollDetailsTo(page, "top");
      await expect.poll(() => sign(page)).toBe(placement);
    });
  });
}

test.describe("1280×800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("an event that fits the panel shows no sign and no scrolling", async ({ page }) => {
    // 663 px of a 663 px panel: the sign takes no room of its own.
    await page.goto("/?lang=en&event=joint-economic-projects-agreed");
    await waitForApp(page);
    await expect(page.locator("#details-title")).toBeVisible();
    expect(await leftBelow(page)).toBe(0);
    expect(await sign(page)).toBe("none");
  });
});
