import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";
import { LAPTOP, PHONE, TOUCH } from "./timelineGeometry";

/**
 * Review 41 R2: on a phone the first box ticked brought the "Showing 19 of 24 events — Clear
 * filters" line above the open panel, a row of its own: every box moved ~50 px down, and the next
 * tap, where United States had been, landed on Russia and unticked it. The panel's footer said the
 * same sentence, so it was shown twice.
 */

/** The "Showing n of m events" sentences a reader sees (not the screen readers' status region). */
function shownSentences(page: Page): Promise<number> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let shown = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !/Showing \d+ of \d+ events/.test(node.textContent ?? "")) continue;
      if (parent.closest(".visually-hidden") || !parent.checkVisibility()) continue;
      shown++;
    }
    return shown;
  });
}

/** Each box's chip (its label): where it lies, by the box's name. */
function chips(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.locator(".filters-panel label").evaluateAll((labels) =>
    Object.fromEntries(
      labels.map((label) => {
        const box = label.getBoundingClientRect();
        const name = label.querySelector(".facet-name")?.textContent ?? "";
        return [name, { x: Math.round(box.x), y: Math.round(box.y) }];
      }),
    ),
  );
}

test.describe("phone, 390×844", () => {
  // The filters, not the map (why: `webgl` in e2e/fixtures.ts).
  test.use({ viewport: PHONE, ...TOUCH, webgl: false });

  for (const query of ["", "?embed=1"]) {
    test(`two boxes tapped in turn where they were both end up ticked: nothing moves, the count said once${query && ` (${query})`}`, async ({
      page,
    }) => {
      await page.goto(`/${query}`);
      await waitForApp(page);
      await page.getByRole("button", { name: /^Filters/ }).tap();
      const russia = page.getByRole("checkbox", { name: /^Russia \d+ events?$/ });
      const us = page.getByRole("checkbox", { name: /^United States \d+ events?$/ });
      await expect(russia).toBeVisible();
      const before = await chips(page);
      expect(Object.keys(before)).toEqual(expect.arrayContaining(["Russia", "United States"]));
      /** The middle of a chip as it lay before the first tap. */
      const middle = async (name: string) => {
        const box = await page
          .locator(".filters-panel label")
          .filter({ has: page.getByText(name, { exact: true }) })
          .boundingBox();
        if (!box) throw new Error(`no chip for ${name}`);
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      const russiaAt = await middle("Russia");
      const usAt = await middle("United States");

      await page.touchscreen.tap(russiaAt.x, russiaAt.y);
      await expect(russia).toBeChecked();
      await expect(page).toHaveURL(/[?&]actors=Russia(&|$)/);
      // Every chip where it was: a count's digits may change its width, not where a row begins.
      const after = await chips(page);
      for (const [name, where] of Object.entries(before))
        expect({ name, y: after[name]?.y }).toEqual({ name, y: where.y });
      expect(after.Russia).toEqual(before.Russia);
      expect(after["United States"]).toEqual(before["United States"]);
      expect(await shownSentences(page)).toBe(1);
      await expect(page.locator(".filters-panel")).toContainText(/Showing 19 of 24 events/);

      // A pause: two quick taps may make a double tap.
      await page.waitForTimeout(600);
      await page.touchscreen.tap(usAt.x, usAt.y);
      await expect(us).toBeChecked();
      await expect(russia).toBeChecked();
      expect(await page.evaluate(() => window.__app?.store.getState().actors)).toEqual([
        "Russia",
        "United States",
      ]);
      expect((await chips(page))["United States"]).toEqual(before["United States"]);
      expect(await shownSentences(page)).toBe(1);

      // Closed, the line under the toolbar says it (with Clear filters), once.
      await page.locator(".filters-footer").getByRole("button", { name: "Done" }).tap();
      await expect(page.getByTestId("filter-summary")).toBeVisible();
      await expect(page.getByTestId("filter-summary")).toContainText(/Showing \d+ of 24 events/);
      expect(await shownSentences(page)).toBe(1);
    });
  }
});

test.describe("laptop, 1280×800", () => {
  test.use({ viewport: LAPTOP, webgl: false });

  test("the count is said once with the panel open, and beside Filters once it closes", async ({
    page,
  }) => {
    await page.goto("/");
    await waitForApp(page);
    const toggle = page.getByRole("button", { name: /^Filters/ });
    await toggle.click();
    await expect(page.getByRole("checkbox", { name: /^Russia \d+ events?$/ })).toBeVisible();
    const before = await chips(page);
    await page.getByRole("checkbox", { name: /^Russia \d+ events?$/ }).check();
    await expect(page.locator(".filters-panel")).toContainText("Showing 19 of 24 events");
    expect(await shownSentences(page)).toBe(1);
    // The boxes stay where they were (Filters' badge, beside its word, widens only the button).
    expect((await chips(page)).Russia).toEqual(before.Russia);
    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    const summary = page.getByTestId("filter-summary");
    await expect(summary).toBeVisible();
    await expect(summary).toContainText("Showing 19 of 24 events");
    expect(await shownSentences(page)).toBe(1);
    await summary.getByRole("button", { name: "Clear filters" }).click();
    await expect(summary).toBeHidden();
    await expect(toggle).toBeFocused();
  });
});
