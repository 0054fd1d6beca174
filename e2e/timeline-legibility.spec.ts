/**
 * Issue 15's measure of a timeline that reads at a glance: at a laptop's and
 * a phone's size, in the opening view and zoomed to January–May 2018, no
 * event mark covers another, no label covers another label, and no label
 * lies over another event's mark. Screenshots of the timeline are attached
 * (and, beside them, those of the timeline before stacking, from
 * e2e/screenshots-before/).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";
import { coveringPairs, drawnInTimeline, LAPTOP, PHONE, TOUCH, VIEWS } from "./timelineGeometry";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

/** Antialiasing and a rounded corner may touch; more than this is covering. */
const TOLERANCE_PX = 3;

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await expect(page.getByTestId("timeline-events").getByRole("button").first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

async function attachTimeline(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.getByRole("region", { name: "Timeline" }).screenshot({ path });
  await testInfo.attach(`after: ${name}`, { path, contentType: "image/png" });
  const before = fileURLToPath(new URL(`./screenshots-before/${name}.png`, import.meta.url));
  if (existsSync(before))
    await testInfo.attach(`before: ${name}`, { path: before, contentType: "image/png" });
}

for (const [device, options] of [
  ["laptop", { viewport: LAPTOP }],
  ["phone", { viewport: PHONE, ...TOUCH }],
] as const) {
  test.describe(`${device} ${options.viewport.width}×${options.viewport.height}`, () => {
    test.use(options);
    for (const view of VIEWS) {
      test(`${view.name}: no mark or label covers another`, async ({ page }, testInfo) => {
        await open(page, view.query);
        await attachTimeline(page, testInfo, `timeline-${device}-${view.name}`);
        const drawn = await drawnInTimeline(page);
        const marks = drawn.filter((item) => item.kind === "mark");
        const labels = drawn.filter((item) => item.kind === "label");
        expect(marks.length, "event marks in view").toBeGreaterThan(4);
        expect(labels.length, "labels in view").toBeGreaterThan(4);
        expect(coveringPairs(drawn, TOLERANCE_PX)).toEqual([]);
      });
    }
  });
}

test("↑ and ↓ move between the sub-rows of a lane before leaving it", async ({ page }) => {
  await open(page, "");
  const events = page.getByTestId("timeline-events");
  const top = events.getByRole("button", { name: /^Abe and Putin hold 20 meetings/ });
  await expect(top).toHaveAttribute("data-row", "0");
  await top.focus();
  await page.keyboard.press("ArrowDown");
  const focused = events.locator(":focus");
  await expect(focused).toHaveAttribute("data-row", "1");
  // Still a Japan event: the lane below (Russia) comes after the lane's last row.
  await expect(focused).toHaveAccessibleName(/^Japan/);
  await page.keyboard.press("ArrowUp");
  await expect(events.locator(":focus")).toHaveAccessibleName(/^Abe and Putin hold 20 meetings/);
});

/** Issue 21, item 12: no text of the timeline cut off by an edge. */
for (const [device, options] of [
  ["laptop", { viewport: LAPTOP }],
  ["phone", { viewport: PHONE, ...TOUCH }],
] as const) {
  test.describe(`${device}: nothing cut off`, () => {
    test.use(options);
    for (const view of VIEWS) {
      test(`${view.name}: labels end inside the view, lane names and overview years whole`, async ({
        page,
      }) => {
        await open(page, view.query);
        const cut = await page.locator(".tl").evaluate((timeline) => {
          const found: string[] = [];
          const surface = timeline.querySelector('[data-testid="timeline-zoom"]');
          const area = surface?.getBoundingClientRect();
          for (const label of timeline.querySelectorAll<HTMLElement>(".tl-label")) {
            const box = label.getBoundingClientRect();
            if (area && box.right > area.right + 1) found.push(`label "${label.textContent}"`);
          }
          for (const name of timeline.querySelectorAll<HTMLElement>(
            ".tl-gutter-name, .tl-lane-label",
          )) {
            const shown = name.offsetParent !== null;
            if (shown && name.scrollWidth > name.clientWidth + 1)
              found.push(`lane name "${name.textContent}"`);
            const box = name.getBoundingClientRect();
            const parent = name.parentElement?.getBoundingClientRect();
            if (
              shown &&
              parent &&
              box.bottom > parent.bottom + 1 &&
              !name.matches(".tl-lane-label")
            )
              found.push(`lane name "${name.textContent}" taller than its lane`);
          }
          const overview = timeline.querySelector(".tl-overview svg");
          const right = overview?.getBoundingClientRect().right ?? 0;
          for (const tick of timeline.querySelectorAll<SVGTextElement>(".tl-overview-tick")) {
            if (tick.getBoundingClientRect().right > right + 1)
              found.push(`overview year "${tick.textContent}"`);
          }
          return found;
        });
        expect(cut).toEqual([]);
      });
    }
  });
}

test.describe("lane names in Japanese and Chinese", () => {
  test.use({ viewport: LAPTOP });
  for (const lang of ["ja", "zh"]) {
    test(`${lang}: each lane name is one line in the gutter`, async ({ page }) => {
      await open(page, `?lang=${lang}`);
      // "ロシア" and "俄罗斯" wrapped one character per line: the gutter was sized as if a CJK
      // character were one `ch` wide.
      const wrapped = await page
        .locator(".tl-gutter-name")
        .evaluateAll((names) =>
          names
            .filter(
              (name) =>
                name.getClientRects().length > 1 || name.getBoundingClientRect().height > 20,
            )
            .map((name) => name.textContent),
        );
      expect(wrapped).toEqual([]);
    });
  }
});
