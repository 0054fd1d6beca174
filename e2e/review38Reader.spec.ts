/**
 * Review 54's reader findings by keyboard and in other languages: a focused mark at the
 * timeline's edge shown whole, ring and all; a link's notice quoting in the language's quotes.
 */
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false, viewport: { width: 1280, height: 800 } });

test("End after Skip to timeline shows the focused mark's ring whole, not cut by the edge", async ({
  page,
}) => {
  // A window that ends an hour into 26 March 2018, the day of the review's diamond at the edge.
  await page.goto("/?lang=en&from=2016-06-01&to=2018-03-26T01:00");
  await waitForApp(page);
  await page.getByRole("link", { name: "Skip to timeline" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#timeline")).toBeFocused();
  // The region hands End on to the events: the last event in view (it went to none, and
  // scrolled the page, before an arrow had entered the events).
  await page.keyboard.press("End");
  await expect(page.locator(".tl-events .tl-mark:focus")).toHaveAttribute(
    "aria-label",
    /26 March 2018/,
  );
  // The ring (`.tl-mark:focus-visible`: a 3 px outline 3 px off the mark) within the surface,
  // whose edges cut it: the 26 March 2018 diamond's reached 12 px past the right one.
  const ringPastEdges = () =>
    page.evaluate(() => {
      const mark = document.activeElement as HTMLElement;
      const style = getComputedStyle(mark);
      const reach = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
      const box = mark.getBoundingClientRect();
      const surface = (mark.closest(".tl-surface") as HTMLElement).getBoundingClientRect();
      return {
        left: Math.max(0, Math.round(surface.left - (box.left - reach))),
        right: Math.max(0, Math.round(box.right + reach - surface.right)),
      };
    });
  await expect.poll(ringPastEdges).toEqual({ left: 0, right: 0 });
});

test("a Japanese search says which English words are English, and why a place by its note matched", async ({
  page,
}) => {
  await page.goto("/?lang=ja");
  await waitForApp(page);
  // A typo, corrected to "Kunashiri": the review's search.
  await page.getByRole("combobox").first().fill("Kunashri");
  const options = page.getByRole("listbox").getByRole("option");
  // Kunashiri island, by its name's Japanese side as English writes it: "別名 Kunashiri", in English.
  await expect(options.filter({ hasText: "別名" }).locator('[lang="en"] mark')).toHaveText(
    "Kunashiri",
  );
  // The Northern Territories, by their (English) note: its words, the match highlighted; the
  // review saw "別名 Northern Territories / Southern Kurils" with nothing highlighted.
  const islands = options.filter({ hasText: "北方領土" });
  await expect(islands.locator('[lang="en"] mark')).toHaveText("Kunashiri");
  await expect(islands).toContainText("注記");
  // An event, by its place's English name ("場所： Kunashiri / Kunashir").
  await expect(
    options.filter({ hasText: "第二次世界大戦" }).locator('[lang="en"] mark'),
  ).toHaveText("Kunashiri");
});

test("Tab reaches the strip's hints above the lanes before the events in them", async ({
  page,
}) => {
  await page.goto("/?lang=en");
  await waitForApp(page);
  const timeline = page.locator("#timeline");
  await timeline.getByRole("button", { name: "Reset" }).focus();
  await page.keyboard.press("Tab");
  // Went to the events, then back up-left to "← 2 earlier events" (review 54).
  await expect(timeline.getByRole("button", { name: /earlier events?$/ })).toBeFocused();
  for (let i = 0; i < 3 && !(await timeline.locator(".tl-events :focus").count()); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(timeline.locator(".tl-events :focus")).toHaveCount(1);
});
