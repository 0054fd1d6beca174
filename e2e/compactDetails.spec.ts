import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

// Where the details panel is short its head is compact: the close button beside the title, the
// word "Event" out of sight but still read, the title a size smaller. Three layouts wrote that out
// word for word (story mode on a phone, a window under 480 px high from 721 px wide, an embed up to
// 1000 px wide out of story mode); one rule now does, on the mark App.tsx sets (review 55). These
// are the sizes each covered, and sizes next to them that none did.

const EVENT = "da-nang-apec-meeting";

/** What a reader sees of the details' head. */
function head(page: Page) {
  return page.evaluate(() => {
    const heading = document.querySelector(".event-details h2");
    const close = document.querySelector(".event-details .details-head button");
    const kicker = document.querySelector<HTMLElement>(".event-details .details-kicker");
    if (!heading || !close || !kicker) return "no event's details";
    const lines = document.createRange();
    lines.selectNodeContents(heading);
    const first = lines.getClientRects()[0];
    const button = close.getBoundingClientRect();
    const word = kicker.getBoundingClientRect();
    return {
      titleSize: getComputedStyle(heading).fontSize,
      // Beside the title: level with its first line, after its last word.
      closeBesideTitle: Boolean(
        first &&
          button.top < first.bottom &&
          button.bottom > first.top &&
          button.left >= first.right - 1,
      ),
      eventWordSeen: word.width > 1 && word.height > 1,
      // Still read: in the page's text, not hidden from assistive technology.
      eventWordRead:
        kicker.closest("[aria-hidden=true]") === null &&
        getComputedStyle(kicker).display !== "none" &&
        getComputedStyle(kicker).visibility === "visible" &&
        (kicker.textContent ?? "").trim() === "Event",
    };
  });
}

const COMPACT = {
  titleSize: "17.6px",
  closeBesideTitle: true,
  eventWordSeen: false,
  eventWordRead: true,
};
const ROOMY = {
  titleSize: "19.2px",
  closeBesideTitle: false,
  eventWordSeen: true,
  eventWordRead: true,
};

const CASES = [
  // [width, height, embed, story, compact]
  [375, 667, false, true, true],
  [320, 568, false, true, true],
  [375, 667, false, false, false],
  [740, 360, false, true, true],
  [740, 360, false, false, true],
  [844, 390, false, true, true],
  [844, 390, false, false, true],
  [1280, 450, false, false, true],
  [1280, 450, false, true, true],
  [800, 560, true, false, true],
  [800, 560, true, true, false],
  [800, 500, true, false, true],
  [800, 500, true, true, false],
  [400, 600, true, false, true],
  [400, 600, true, true, true],
  [1280, 800, false, false, false],
  [1280, 800, false, true, false],
  [1280, 800, true, false, false],
] as const;

test.use({ webgl: false });

test("the details' head is compact exactly where the details are short", async ({ page }) => {
  for (const [width, height, embed, story, compact] of CASES) {
    const where = `${width}×${height}${embed ? " embed" : ""}${story ? " story mode" : ""}`;
    await page.setViewportSize({ width, height });
    await page.goto(`/?${embed ? "embed=1&" : ""}${story ? "story=article&" : ""}event=${EVENT}`);
    await waitForApp(page);
    await expect(page.locator("#details-title")).toBeVisible();
    await expect.poll(() => head(page), where).toEqual(compact ? COMPACT : ROOMY);
  }
});

test("the head follows the window as it is resized, and story mode as it is turned on and off", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/?event=${EVENT}`);
  await waitForApp(page);
  await expect.poll(() => head(page), "1280×800").toEqual(ROOMY);
  await page.setViewportSize({ width: 1280, height: 450 });
  await expect.poll(() => head(page), "1280×450").toEqual(COMPACT);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => head(page), "1280×800 again").toEqual(ROOMY);

  // An embed in story mode keeps its taller row from 721 px, and its roomy head with it.
  await page.setViewportSize({ width: 800, height: 560 });
  await page.goto(`/?embed=1&event=${EVENT}`);
  await waitForApp(page);
  await expect.poll(() => head(page), "embed").toEqual(COMPACT);
  const toggle = page.getByRole("button", { name: "Story mode" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => head(page), "embed in story mode").toEqual(ROOMY);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => head(page), "embed out of story mode").toEqual(COMPACT);
});
