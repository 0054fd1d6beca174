/**
 * A phone reader taps from mark to mark: what lies under the finger is what the next tap reaches.
 * In a dense view the selected event's label, beside its mark, does not take taps meant for the
 * marks drawn under it.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, serveAt, test, waitForApp } from "./fixtures";
import { PHONE, TOUCH } from "./timelineGeometry";

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

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not shown`);
  return box;
}

/** How far the selected event's mark lies from x, in px (its middle, on the live scale). */
const selectedFrom = (page: Page, x: number) =>
  page.evaluate((x) => {
    const state = window.__app?.store.getState();
    const event = state?.index?.byId.get(state.selectedEventId ?? "");
    const view = state?.timeWindow;
    const area = document.querySelector('[data-testid="timeline-zoom"]')?.getBoundingClientRect();
    if (!event || !view || !area) return Number.NaN;
    const time = (event.interval.start + event.interval.end) / 2;
    return Math.abs(area.left + ((time - view.start) / (view.end - view.start)) * area.width - x);
  }, x);

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

// In a dense view the selected event's label lies beside its mark, on a chip over the marks drawn
// there: a tap on its first pixels (within a point's reach, 6 px, of the selected mark) selected
// the labelled event again instead of the mark under the finger.
test("in a dense view, a tap on the selected event's label selects the mark drawn under it", async ({
  page,
  context,
}) => {
  await serveAt(context, "/dense-lane.json", denseLaneDataset());
  await open(page, "?data=/dense-lane.json&from=2016-01-01&to=2019-01-01");
  await expect(page.getByTestId("timeline-zoom")).toHaveAttribute("data-render-mode", "canvas");
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
