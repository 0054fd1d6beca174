import { generateDataset } from "../scripts/generate-dataset";
import { expect, test, waitForApp } from "./fixtures";

/**
 * A smoke test at 10,000 events (not a timing test: `npm run bench` measures
 * speed): selection, hover, deep links and the accessible list still work.
 */
// Not about the map (hover reaches the store, which the map reads): on the SVG map (why: `webgl` in
// e2e/fixtures.ts).
test.use({ webgl: false });

const dataset = generateDataset({ events: 10_000, seed: 7 });
const body = JSON.stringify(dataset);
const path = "/scale-10k.json";

test.beforeEach(async ({ context }) => {
  await context.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body, contentType: "application/json" }),
  );
});

test("10,000 events: the list, selection, hover and a deep link", async ({ page }) => {
  const target = dataset.events[4321];
  if (!target) throw new Error("generator changed");
  await page.goto(`/?data=${path}&event=${target.id}`);
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("10,000 events");
  const details = page.getByRole("complementary", { name: "Details" });
  const placeName = (id: string) => dataset.places.find((place) => place.id === id)?.name ?? id;
  const title = target.title.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => placeName(id));
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(title);
  const inWindow = await page.evaluate((id) => {
    const state = window.__app?.store.getState();
    const event = state?.index?.byId.get(id);
    const window_ = state?.timeWindow;
    return Boolean(
      event && window_ && event.interval.end > window_.start && event.interval.start < window_.end,
    );
  }, target.id);
  expect(inWindow).toBe(true);

  // Back to the list of all events: a real, virtualised list.
  await details.getByRole("button", { name: "Close event details" }).click();
  const list = details.getByRole("list", { name: "All events in time order" });
  await expect(list).toBeVisible();
  const rows = list.getByRole("listitem");
  // Its first 40 rows show until the virtual list's code has come (`EventList`): then the rows in
  // view, each with its place in the whole list.
  await expect(rows.first()).toHaveAttribute("aria-setsize", "10000");
  await expect(rows.first()).toHaveAttribute("aria-posinset", "1");
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);
  // Rows have a fixed height: no row's text spills onto the next, however long its title.
  const spills = await list.evaluate((element) =>
    Array.from(element.querySelectorAll("li"), (item) => {
      const row = item.getBoundingClientRect();
      return Array.from(item.querySelectorAll("span"), (span) => span.getBoundingClientRect())
        .filter((text) => text.bottom > row.bottom + 0.5 || text.right > row.right + 0.5)
        .map(() => item.textContent);
    }).flat(),
  );
  expect(spills).toEqual([]);

  // Scrolling renders later rows in place of the first ones.
  await list.evaluate((element) => {
    const scroller = element.parentElement;
    if (scroller) scroller.scrollTop = 52 * 5000;
  });
  await expect(rows.first()).not.toHaveAttribute("aria-posinset", "1");
  const row = rows.nth(10).getByRole("button");

  // Hover reaches the store (the map and timeline highlight from there); a click selects.
  await row.hover();
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().hoveredEventId))
    .not.toBeNull();
  const hovered = await page.evaluate(() => window.__app?.store.getState().hoveredEventId);
  await row.click();
  await expect(page).toHaveURL(new RegExp(`event=${hovered}`));
  const pressed = page.getByTestId("timeline-events").locator(`[data-event-id="${hovered}"]`);
  await expect(pressed).toHaveAttribute("aria-pressed", "true");

  // The search index was built ahead, in idle time, with the search box never used: the first
  // query's results come with no "Preparing search…" on the way.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName("search:prebuilt").length), {
      timeout: 30_000,
    })
    .toBe(1);
  await page.evaluate(() => {
    const seen = { preparing: false };
    Object.assign(window, { __preparingSeen: seen });
    new MutationObserver(() => {
      if (document.body.textContent?.includes("Preparing search")) seen.preparing = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const box = page.getByRole("combobox", { name: "Search events and places" });
  await box.fill(placeName(target.places[0] ?? ""));
  await expect(page.getByRole("option").first()).toBeVisible();
  expect(
    await page.evaluate(
      () => (window as { __preparingSeen?: { preparing: boolean } }).__preparingSeen,
    ),
  ).toEqual({ preparing: false });
});
