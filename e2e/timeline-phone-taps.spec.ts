/**
 * A phone reader taps from mark to mark: what lies under the finger after a tap is what the next
 * tap reaches. The details that the first tap opens leave the timeline where it was, and in a
 * dense view the selected event's label, beside its mark, does not take taps meant for the marks
 * drawn under it.
 */
import type { BrowserContext, Locator, Page } from "@playwright/test";
import { expect, serveAt, test, waitForApp } from "./fixtures";
import { PHONE, selectedFrom, TOUCH } from "./timelineGeometry";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false, viewport: PHONE, ...TOUCH });

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await expect(page.getByTestId("timeline-events").getByRole("button").first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

const selectedId = (page: Page) =>
  page.evaluate(() => window.__app?.store.getState().selectedEventId ?? null);

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not shown`);
  return box;
}

/** The dense lane's view, 2016–2018, drawn on canvas. */
async function openDense(page: Page, context: BrowserContext): Promise<void> {
  await serveAt(context, "/dense-lane.json", denseLaneDataset());
  await open(page, "?data=/dense-lane.json&from=2016-01-01&to=2019-01-01");
  await expect(page.getByTestId("timeline-zoom")).toHaveAttribute("data-render-mode", "canvas");
}

/** Three events a day in Japan's lane, 2016–2018: a dense view, drawn on canvas (as in timeline-legibility). */
function denseLaneDataset() {
  const day = (i: number) =>
    new Date(Date.parse("2016-01-01") + i * 86_400_000).toISOString().slice(0, 10);
  const events = Array.from({ length: 1096 * 3 }, (_, i) => ({
    id: `japan-${i}`,
    title: `Japan ${i}`,
    start: day(Math.floor(i / 3)),
    actors: ["Japan"],
    summary: "A generated event.",
  }));
  return JSON.stringify({ meta: { title: "Dense lane" }, places: [], events });
}

// The details opened as a sheet under the timeline and took their room from the map and the
// timeline both: a tap on the United Kingdom's lane (its name at y 686) moved the timeline 111 px
// up and the lane to y 409, its rows squeezed, so the next tap landed on another lane or on the
// details.
test("the first tap's details leave the timeline where it was, so the next tap reaches the mark under the finger", async ({
  page,
}) => {
  await open(page, "");
  const timeline = page.getByRole("region", { name: "Timeline" });
  const events = page.getByTestId("timeline-events");
  const first = events.getByRole("button", { name: /^Nerve-agent attack/ });
  const second = events.getByRole("button", { name: /^US tariffs on steel/ });
  const before = await boxOf(timeline);
  const a = await boxOf(first);
  const b = await boxOf(second);
  await page.touchscreen.tap(a.x + a.width / 2, a.y + a.height / 2);
  await expect(details(page)).toHaveAttribute("data-sheet", "open");
  await expect(page.locator("#details-title")).toContainText("Nerve-agent attack");
  await page.waitForTimeout(600);
  // The timeline and its marks are where they were.
  const after = await boxOf(timeline);
  for (const side of ["x", "y", "width", "height"] as const)
    expect(Math.abs(after[side] - before[side]), `the timeline's ${side}`).toBeLessThanOrEqual(0.5);
  const moved = await boxOf(second);
  expect(Math.abs(moved.y - b.y), "the next mark's y").toBeLessThanOrEqual(0.5);
  // The next tap, where that mark was before the first tap, selects it.
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  await expect(page.locator("#details-title")).toContainText("US tariffs on steel");
  await expect(second).toHaveAttribute("aria-pressed", "true");

  // The details are readable: their title and its date in view, on a sheet of a quarter of the
  // screen's height at least; the map keeps a strip above them.
  const sheet = await boxOf(details(page));
  expect(sheet.height).toBeGreaterThanOrEqual(PHONE.height / 4);
  await expect(page.locator("#details-title")).toBeInViewport({ ratio: 1 });
  await expect(details(page).locator(".details-date")).toBeInViewport({ ratio: 1 });
  const map = await boxOf(page.getByRole("region", { name: "Map" }));
  expect(map.height).toBeGreaterThanOrEqual(60);
  expect(sheet.y + sheet.height).toBeLessThanOrEqual(after.y + 1);
});

// In a dense view the selected event's label lies beside its mark, on a chip over the marks drawn
// there: a tap on its first pixels (within a point's reach, 6 px, of the selected mark) selected
// the labelled event again instead of the mark under the finger.
test("in a dense view, a tap on the selected event's label selects the mark drawn under it", async ({
  page,
  context,
}) => {
  await openDense(page, context);
  const japan = page.locator(".tl-lane-label").filter({ hasText: /^Japan$/ });
  const name = await boxOf(japan);
  await page.touchscreen.tap(name.x + name.width + 100, name.y + name.height / 2);
  await expect.poll(() => selectedId(page)).toMatch(/^japan-/);
  const labelled = await selectedId(page);
  const label = page.locator(".tl-label.is-selected");
  for (const dx of [1, 3, 20]) {
    // The same event selected each time, its label in the same place. A pause: two quick taps are
    // a double tap.
    await page.evaluate((id) => window.__app?.store.getState().selectEvent(id), labelled);
    await page.waitForTimeout(600);
    const box = await boxOf(label);
    const x = box.x + dx;
    await page.touchscreen.tap(x, box.y + box.height / 2);
    await expect
      .poll(() => selectedFrom(page, x), {
        message: `the mark under a tap ${dx} px into the label`,
      })
      .toBeLessThanOrEqual(6);
    expect(await selectedId(page)).not.toBe(labelled);
  }
  // Beside the label, within a point's reach of the selected mark: still the selected mark's.
  await page.evaluate((id) => window.__app?.store.getState().selectEvent(id), labelled);
  await page.waitForTimeout(600);
  const mark = await boxOf(page.locator(".tl-mark.is-selected"));
  const box = await boxOf(label);
  const x = mark.x + mark.width / 2;
  expect(box.x - (mark.x + mark.width)).toBeGreaterThanOrEqual(3);
  await page.touchscreen.tap(x + 2, mark.y + mark.height / 2);
  await page.waitForTimeout(600);
  expect(await selectedId(page)).toBe(labelled);
});

// Both at once in a dense view: the first tap's details moved the lane from under the finger, and
// the next tap, on the mark right of the first (its label's first pixels), went to the first.
test("in a dense view, the next tap beside the first selects the mark under the finger", async ({
  page,
  context,
}) => {
  await openDense(page, context);
  const timeline = page.getByRole("region", { name: "Timeline" });
  const before = await boxOf(timeline);
  const name = await boxOf(page.locator(".tl-lane-label").filter({ hasText: /^Japan$/ }));
  const a = name.x + name.width + 100;
  const y = name.y + name.height / 2;
  await page.touchscreen.tap(a, y);
  await expect.poll(() => selectedFrom(page, a)).toBeLessThanOrEqual(6);
  const first = await selectedId(page);
  // A pause: two quick taps are a double tap.
  await page.waitForTimeout(600);
  expect(await boxOf(timeline)).toEqual(before);
  // Where the finger still is: the label's first pixels, 5 px from the selected mark.
  const x = (await boxOf(page.locator(".tl-label.is-selected"))).x + 1;
  await page.touchscreen.tap(x, y);
  await expect.poll(() => selectedFrom(page, x)).toBeLessThanOrEqual(6);
  expect(await selectedId(page)).not.toBe(first);
});

// A tap on a mark focuses its button, and the focus showed the mark's tooltip (as it does for the
// keyboard): on a touch screen no hover ends it, so the tooltip stayed drawn over the lanes above
// the mark, naming what the details already show. The keyboard's focus still shows it.
test("a tap on a mark opens its details without leaving its tooltip over the lanes", async ({
  page,
}) => {
  await open(page, "");
  const events = page.getByTestId("timeline-events");
  const tooltip = page.getByTestId("timeline-tooltip");
  const mark = events.getByRole("button", { name: /^Nerve-agent attack/ });
  const box = await boxOf(mark);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator("#details-title")).toContainText("Nerve-agent attack");
  await expect(mark).toBeFocused();
  // Past the tap's compatibility mouse events and a frame or two.
  await page.waitForTimeout(600);
  await expect(tooltip).toHaveCount(0);
  // The keyboard, from the tapped mark, to the next: its tooltip shows, and goes on the next tap
  // elsewhere (the details' title).
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toBeVisible();
  const focused = await events.locator(":focus").getAttribute("data-position");
  await expect(tooltip).toHaveAttribute("data-position", focused ?? "");
  const title = await boxOf(page.locator("#details-title"));
  await page.touchscreen.tap(title.x + 10, title.y + title.height / 2);
  await expect(tooltip).toHaveCount(0);
});

// A tap on "Lavrov lands in Tokyo" selected nothing: only the 12 px mark beside its title did.
test("a tap on an event's title selects it, as a tap on its mark does", async ({ page }) => {
  await open(page, "");
  const label = page.locator(".tl-label", { hasText: "Lavrov lands in Tokyo" });
  const box = await boxOf(label);
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height / 2);
  await expect.poll(() => selectedId(page)).toBe("lavrov-arrives-in-tokyo");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(
    "Lavrov lands in Tokyo",
  );
});

// d3 read a tap's `touchend` for coordinates it does not carry: a TypeError, the window unmoved
// and its box gone from the strip until the next change (review 33 F1).
test("a tap on the overview strip centres the window there, as a click does", async ({
  page,
  watch,
}) => {
  await open(page, "");
  const shown = () => page.evaluate(() => window.__app?.store.getState().timeWindow);
  const before = await shown();
  const strip = await boxOf(page.getByTestId("timeline-brush"));
  const selection = page.getByTestId("timeline-brush").locator(".selection");
  const box = await boxOf(selection);
  // Left of the window's box, by a fifth of the strip.
  const x = Math.max(strip.x + 4, box.x - strip.width / 5);
  await page.touchscreen.tap(x, strip.y + strip.height / 2);
  await expect.poll(async () => (await shown())?.start).toBeLessThan(before?.start ?? 0);
  const after = await shown();
  expect((after?.end ?? 0) - (after?.start ?? 0)).toBeCloseTo(
    (before?.end ?? 0) - (before?.start ?? 0),
    -5,
  );
  await expect(selection).toBeVisible();
  expect(watch.errors).toEqual([]);
});
