/**
 * The lanes' names in the gutter beside lanes that scroll: each lane with a line of itself in view
 * shows its name whole there. In story mode in the Medium embed (560 px) in an 800 px column, the
 * step's lane (Japan) was scrolled under the strip with its name, its rows still in view and
 * named by nothing.
 */
import { AXIS_HEIGHT, ROW_HEIGHT, STRIP_HEIGHT } from "../src/timeline/laneGeometry";
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false, viewport: { width: 798, height: 558 } });

test("in story mode in an article's column, every lane in view shows its name in view", async ({
  page,
}) => {
  await page.goto("/?embed=1&event=nagato-summit");
  await waitForApp(page);
  await page.getByRole("button", { name: /^Story mode/ }).click();
  await page.getByRole("button", { name: "Next step" }).click();
  await expect(page.getByTestId("story-progress")).toHaveText(/^Step \d+ of \d+$/);
  const gutter = page.locator(".tl-gutter");
  // The lanes scroll here: the gutter is cut at the strip and the axis.
  await expect(gutter).toHaveCSS("clip-path", /inset/);
  await expect
    .poll(() =>
      gutter.evaluate(
        (list, [strip, axis, line]) => {
          const box = list.getBoundingClientRect();
          const top = box.top + strip;
          const bottom = box.bottom - axis;
          const unnamed: string[] = [];
          for (const lane of list.querySelectorAll(".tl-gutter-lane")) {
            const own = lane.getBoundingClientRect();
            // A lane with at least a line of itself in view.
            if (Math.min(own.bottom, bottom) - Math.max(own.top, top) < line) continue;
            const name = lane.querySelector(".tl-gutter-name")?.getBoundingClientRect();
            const whole =
              name &&
              name.top >= Math.max(own.top, top) - 0.5 &&
              name.bottom <= Math.min(own.bottom, bottom) + 0.5;
            if (!whole) unnamed.push(`${lane.textContent} ${own.top}–${own.bottom}: ${name?.top}`);
          }
          return unnamed;
        },
        [STRIP_HEIGHT, AXIS_HEIGHT, ROW_HEIGHT] as const,
      ),
    )
    .toEqual([]);
});
