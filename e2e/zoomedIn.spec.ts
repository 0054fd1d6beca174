import { expect, test, waitForApp } from "./fixtures";

/**
 * A laptop's page at 200% and 400% browser zoom: its CSS pixels are a phone's width and less than
 * a phone's height (WCAG 1.4.10, Reflow). On the SVG map: the map's room is the subject, not its
 * drawing.
 */
test.use({ webgl: false });

// 1280×1024 at 400%. Squeezed into the window, the map was a 22 px strip whose buttons lay under
// the sheet, and the timeline's toolbar, strip and axis took all of its 82 px: not one lane.
test.describe("320×256 (400%)", () => {
  test.use({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
  test("the page scrolls, and the map keeps 80 px and the timeline its lanes", async ({ page }) => {
    await page.goto("/?event=nagato-summit");
    await waitForApp(page);
    const map = page.getByRole("region", { name: "Map", exact: true });
    expect((await map.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(80);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await timeline.scrollIntoViewIfNeeded();
    // Marks in more than one lane lie whole inside the timeline's box.
    const lanesShown = await timeline.evaluate((region) => {
      const box = region.getBoundingClientRect();
      const lanes = new Set<string>();
      for (const mark of region.querySelectorAll<HTMLElement>(".tl-mark[data-event-id]")) {
        const at = mark.getBoundingClientRect();
        if (at.height > 0 && at.top >= box.top && at.bottom <= box.bottom)
          lanes.add(String(Math.round(at.top / 28)));
      }
      return lanes.size;
    });
    expect(lanesShown, "rows of marks in sight").toBeGreaterThanOrEqual(3);
    const mark = page.getByTestId("timeline-events").getByRole("button", { name: /^Nerve-agent/ });
    await mark.scrollIntoViewIfNeeded();
    await expect(mark).toBeInViewport();
    await mark.click();
    await expect(page).not.toHaveURL(/event=nagato-summit/);
  });
});

// 1280×800 at 200%: the sheet was 88 px, and Previous, Share and Next, kept at its foot, covered
// the event's title: only half of "EVENT" showed above them.
test.describe("640×400 (200%)", () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  test("an open event's title shows in the sheet, not under its buttons", async ({ page }) => {
    await page.goto("/?event=nagato-summit");
    await waitForApp(page);
    const title = page.locator("#details-title");
    await expect(title).toBeVisible();
    const box = await title.boundingBox();
    if (!box) throw new Error("no title box");
    const covered = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest("#details-title") === null,
      [box.x + 8, box.y + box.height / 2] as const,
    );
    expect(covered, "something lies over the title").toBe(false);
  });
});
