/**
 * Issue 21, item 1: the event you click (or tap) is the event you get. At a
 * laptop's and a phone's size, in the opening view and zoomed to
 * January–May 2018, a click or tap at the centre of every event mark in view
 * selects that very event, and hovering there names it in the tooltip.
 */
import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";
import { drawnInTimeline, LAPTOP, PHONE, TOUCH, VIEWS } from "./timelineGeometry";

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await expect(page.getByTestId("timeline-events").getByRole("button").first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

function state(page: Page) {
  return page.evaluate(() => {
    const store = window.__app?.store.getState();
    return { selected: store?.selectedEventId ?? null, window: store?.timeWindow ?? null };
  });
}

/**
 * The centres once the timeline has settled: the same in two measurements a
 * few frames apart. After Escape the phone's sheet folds, the lanes area grows
 * and its rows are laid out again (a frame or two later, when the resize is
 * observed); a tap measured before that landed on whatever moved there (the
 * flaky "opening" failure under load).
 */
async function settledCentres(page: Page): ReturnType<typeof markCentres> {
  let last = await markCentres(page);
  for (let attempt = 0; attempt < 50; attempt++) {
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
        ),
    );
    const now = await markCentres(page);
    if (JSON.stringify([...now]) === JSON.stringify([...last])) return now;
    last = now;
  }
  throw new Error("the timeline's marks kept moving");
}

/** The centre of each event mark in view, by event id, as drawn now. */
async function markCentres(
  page: Page,
): Promise<Map<string, { x: number; y: number; position: number }>> {
  const drawn = await drawnInTimeline(page);
  return new Map(
    drawn
      // Event marks; a group (a count of events, which zooms in) has no event of its own.
      .filter((item) => item.kind === "mark" && item.id !== "")
      .map((item) => [
        item.id,
        {
          x: item.box.x + item.box.width / 2,
          y: item.box.y + item.box.height / 2,
          position: item.position,
        },
      ]),
  );
}

// The timeline's hit-testing, not motion: reduced motion (the suite's default, said here because
// the centres depend on it) also stills the timeline's own transitions; the centres are measured
// once the marks have settled either way.
test.use({ reducedMotion: "reduce" });

for (const [device, options] of [
  ["laptop", { viewport: LAPTOP }],
  ["phone", { viewport: PHONE, ...TOUCH }],
] as const) {
  const touch = "hasTouch" in options;
  test.describe(`${device} ${options.viewport.width}×${options.viewport.height}`, () => {
    // On the app's SVG map (why: `webgl` in e2e/fixtures.ts). The phone's runs kept MapLibre for
    // a while: a mark was "no longer drawn" after a tap and Escape there (3 of 6 runs on 1
    // December, not explained); 10 of 10 passed on 6 December, and a run takes 10–12 s, not 27–31.
    test.use({ ...options, webgl: false });
    for (const view of VIEWS) {
      test(`${view.name}: ${touch ? "a tap" : "a click"} at each mark's centre selects that event`, async ({
        page,
      }) => {
        // Two dozen hovers, clicks and clears: more than the default minute on a busy machine.
        test.setTimeout(240_000);
        await open(page, view.query);
        const before = await state(page);
        const ids = [...(await settledCentres(page)).keys()];
        expect(ids.length, "event marks in view").toBeGreaterThan(4);
        const wrong: string[] = [];
        for (const id of ids) {
          // Measured again each time: a selection may restyle the marks.
          const centre = (await settledCentres(page)).get(id);
          if (!centre) {
            wrong.push(`${id}: no longer drawn`);
            continue;
          }
          if (touch) await page.touchscreen.tap(centre.x, centre.y);
          else {
            await page.mouse.move(centre.x, centre.y);
            const tooltip = page.getByTestId("timeline-tooltip");
            await expect(tooltip).toBeVisible();
            const shown = Number(await tooltip.getAttribute("data-position"));
            if (shown !== centre.position) wrong.push(`${id}: hover shows position ${shown}`);
            await page.mouse.click(centre.x, centre.y);
          }
          await expect.poll(async () => (await state(page)).selected).not.toBeNull();
          const { selected } = await state(page);
          if (selected !== id) wrong.push(`${id}: selects ${selected}`);
          await page.keyboard.press("Escape");
          await expect.poll(async () => (await state(page)).selected).toBeNull();
        }
        expect(wrong).toEqual([]);
        // Clicking never moved the window, so every centre was measured in the same view.
        expect((await state(page)).window).toEqual(before.window);
      });
    }
  });
}
