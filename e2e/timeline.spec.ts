/**
 * The timeline, driven the way a person does: clicks, wheel, drags, keys and
 * touch on the production build. State is only read through `window.__app`.
 */
import type { Locator, Page } from "@playwright/test";
import { ROW_HEIGHT, STRIP_HEIGHT } from "../src/timeline/laneGeometry";
import { expect, test, waitForApp } from "./fixtures";
import { keepScreenshot } from "./keepScreenshot";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

// The map's and the timeline's motion is part of what these tests check (the suite stills it).
test.use({ reducedMotion: "no-preference" });

interface Window {
  start: number;
  end: number;
}

async function timeWindow(page: Page): Promise<Window> {
  const value = await page.evaluate(() => window.__app?.store.getState().timeWindow ?? null);
  if (!value) throw new Error("no time window in the store");
  return value;
}

async function selectedId(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__app?.store.getState().selectedEventId ?? null);
}

function eventButtons(page: Page): Locator {
  return page.getByTestId("timeline-events").getByRole("button");
}

function timelineEvent(page: Page, name: RegExp): Locator {
  return page.getByTestId("timeline-events").getByRole("button", { name });
}

async function openTimeline(page: Page, query = "") {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await expect(eventButtons(page).first()).toBeVisible();
}

/** The timeline under filters that may leave no event to wait for. */
async function openTimelineFiltered(page: Page, query: string) {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await expect(page.getByTestId("timeline-zoom")).toBeVisible();
}

/** The centre of an empty spot of the zoom surface: below the lanes' marks, away from buttons. */
async function surfaceBox(page: Page) {
  const box = await page.getByTestId("timeline-zoom").boundingBox();
  if (!box) throw new Error("no timeline surface");
  return box;
}

test("clicking an event mark selects it and shows it in the details", async ({
  page,
}, testInfo) => {
  await openTimeline(page);
  const mark = timelineEvent(page, /^Nerve-agent attack/);
  await expect(mark).toHaveAccessibleName(/, 4 March 2018$/);
  await expect(mark).toHaveAttribute("aria-pressed", "false");
  await mark.click();
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#details-title")).toContainText("Nerve-agent attack");
  expect(await selectedId(page)).not.toBeNull();
  await expect(eventButtons(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(1);
  await keepScreenshot(page, testInfo, "timeline-selected-1280x800");
});

test("the dark theme keeps marks and labels legible", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openTimeline(page);
  const colours = await page.getByTestId("timeline-events").evaluate((element) => {
    // A label on the surface (one inside a solid bar is in the surface's colour, on the bar's).
    const label = document.querySelector(".tl-label:not(.is-on-bar)");
    return {
      surface: getComputedStyle(element.closest(".tl") as Element).backgroundColor,
      label: label ? getComputedStyle(label).color : "",
    };
  });
  // Light text on a dark surface.
  const brightness = (rgb: string) =>
    (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((a, b) => a + Number(b), 0);
  expect(brightness(colours.label)).toBeGreaterThan(brightness(colours.surface) + 300);
  await keepScreenshot(page, testInfo, "timeline-dark-1280x800");
});

test("the timeline opens on the 2016–2018 cluster, not on 1945–2018", async ({ page }) => {
  await openTimeline(page);
  const { start, end } = await timeWindow(page);
  expect(start).toBeGreaterThan(Date.UTC(2016, 0, 1));
  expect(start).toBeLessThan(Date.UTC(2017, 0, 1));
  expect(end).toBeGreaterThan(Date.UTC(2018, 4, 1));
  expect(end).toBeLessThan(Date.UTC(2019, 0, 1));
});

test("the opening view marks the publication, names periods, points to earlier events; Fit all frames all (issue 15)", async ({
  page,
}) => {
  await openTimeline(page);
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Published 2 April 2018", { exact: true })).toBeVisible();
  await expect(timeline.locator(".tl-period-label").first()).toBeVisible();
  const before = await timeWindow(page);
  // The 1945 event is off-screen at the opening: the strip says so, and its hint brings it closer.
  const hint = timeline.getByRole("button", { name: /earlier events?$/ });
  await expect(hint).toBeVisible();
  await hint.click();
  await expect.poll(async () => (await timeWindow(page)).start).toBeLessThan(before.start);

  await timeline.getByRole("button", { name: "Fit all" }).click();
  const all = await page.evaluate(() => {
    const events = window.__app?.store.getState().index?.events ?? [];
    return {
      start: Math.min(...events.map((event) => event.interval.start)),
      end: Math.max(...events.map((event) => event.interval.end)),
    };
  });
  await expect
    .poll(async () => {
      const view = await timeWindow(page);
      return view.start <= all.start && view.end >= all.end;
    })
    .toBe(true);
});

test("a period reaching past the events is seen whole: zoomed out, by Fit all and through a link", async ({
  page,
  context,
}) => {
  // Review 15's story: three April days of events inside a named month.
  const body = JSON.stringify({
    meta: { title: "Golden Week" },
    places: [],
    periods: [{ id: "golden-week", title: "Golden Week", start: "2019-03-17", end: "2019-04-16" }],
    events: [
      { id: "first", title: "First", start: "2019-04-01" },
      { id: "second", title: "Second", start: "2019-04-05", end: "2019-04-06" },
    ],
  });
  await context.route(
    (url) => url.pathname === "/e2e-period.json",
    (route) => route.fulfill({ body, contentType: "application/json" }),
  );
  const period = { start: Date.UTC(2019, 2, 17), end: Date.UTC(2019, 3, 17) };
  const showsPeriod = async () => {
    const view = await timeWindow(page);
    return view.start <= period.start && view.end >= period.end;
  };
  await page.goto("/?data=/e2e-period.json");
  await waitForApp(page);
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.locator(".tl-period-label")).toHaveText("Golden Week");
  const zoomOut = timeline.getByRole("button", { name: "Zoom out" });
  for (let i = 0; i < 8; i++) await zoomOut.click();
  await expect.poll(showsPeriod).toBe(true);
  await timeline.getByRole("button", { name: "Zoom in" }).click();
  await timeline.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(showsPeriod).toBe(true);
  // A window saved around the band (the editor's preview's) opens as written.
  await page.goto("/?data=/e2e-period.json&from=2019-03-02&to=2019-05-01");
  await waitForApp(page);
  await expect
    .poll(() => timeWindow(page))
    .toEqual({ start: Date.UTC(2019, 2, 2), end: Date.UTC(2019, 4, 2) });
});

test("the wheel zooms around the pointer and a drag pans", async ({ page }) => {
  await openTimeline(page);
  const box = await surfaceBox(page);
  const before = await timeWindow(page);
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height - 8);
  await page.mouse.wheel(0, -400);
  await expect
    .poll(async () => (await timeWindow(page)).end - (await timeWindow(page)).start)
    .toBeLessThan((before.end - before.start) * 0.9);
  const zoomed = await timeWindow(page);
  // Zooming around a point right of the middle moves the start more than the end.
  expect(zoomed.start - before.start).toBeGreaterThan(before.end - zoomed.end);

  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height - 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height - 8, { steps: 6 });
  await page.mouse.up();
  const panned = await timeWindow(page);
  expect(panned.start).toBeGreaterThan(zoomed.start);
  expect(panned.end - panned.start).toBeCloseTo(zoomed.end - zoomed.start, -4);
});

test("the + button zooms about the selected event, which stays in view", async ({ page }) => {
  // About the view's middle, six presses left the Nagato summit (December 2016) behind an
  // "earlier events" hint.
  await openTimeline(page, "?event=nagato-summit");
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  for (let i = 0; i < 6; i++) await zoomIn.click();
  const nagato = Date.UTC(2016, 11, 15);
  await expect
    .poll(async () => {
      const { start, end } = await timeWindow(page);
      return start < nagato && nagato < end && end - start < 120 * 86_400_000;
    })
    .toBe(true);
  await expect(page.locator('[data-event-id="nagato-summit"]')).toBeVisible();
});

test("double-click zooms in at once when reduced motion is asked for", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openTimeline(page);
  const box = await surfaceBox(page);
  const before = await timeWindow(page);
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height - 8);
  // No transition: the very next read already has the final window.
  const after = await timeWindow(page);
  expect(after.end - after.start).toBeCloseTo((before.end - before.start) / 2, -5);
});

// A dblclick within a second of any touch was taken for Chrome's own dblclick of two taps (which
// d3's double tap answers) and refused: on a touch-screen laptop, a tap then the mouse's
// double-click did not zoom.
test.describe("a touch-screen laptop", () => {
  test.use({ hasTouch: true });
  test("the mouse's double-click zooms in right after a tap; two taps apart do not", async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openTimeline(page);
    const box = await surfaceBox(page);
    const x = box.x + box.width / 2;
    const y = box.y + box.height - 8;
    const before = await timeWindow(page);
    // Two taps 30 px apart: Chrome's dblclick of them is refused (beyond d3's tap distance).
    await page.touchscreen.tap(x, y);
    await page.touchscreen.tap(x - 30, y);
    await page.waitForTimeout(100);
    expect(await timeWindow(page), "the view after two taps 30 px apart").toEqual(before);
    // Past d3's double tap (500 ms): the next tap is no second tap of the first.
    await page.waitForTimeout(600);
    const started = Date.now();
    await page.touchscreen.tap(x, y);
    await page.mouse.dblclick(x, y);
    expect(Date.now() - started, "the double-click within a second of the tap").toBeLessThan(1000);
    await expect
      .poll(async () => {
        const after = await timeWindow(page);
        return (after.end - after.start) / (before.end - before.start);
      })
      .toBeCloseTo(0.5, 2);
  });
});

test("selecting a place highlights its events on the timeline and dims the others", async ({
  page,
}) => {
  await openTimeline(page);
  await timelineEvent(page, /^Nerve-agent attack/).click();
  await page
    .getByRole("complementary", { name: "Details" })
    .getByRole("button", { name: "Salisbury", exact: true })
    .click();
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().selectedPlaceId ?? null))
    .toBe("salisbury");
  await expect(timelineEvent(page, /^Nerve-agent attack/)).toHaveClass(/is-highlighted/);
  await expect(timelineEvent(page, /^Japan marks Northern Territories Day/)).toHaveClass(
    /is-dimmed/,
  );
  // Counts too: outlined when they hold one of the place's events, dimmed when they hold none
  // (two of Moscow's six events, in counts of two, were in neither).
  await openTimeline(page, "?place=moscow");
  const groups = () =>
    page.evaluate(() => {
      const own = new Set(window.__app?.store.getState().index?.eventsByPlace.get("moscow"));
      return Array.from(document.querySelectorAll<HTMLElement>(".tl-group"), (group) => ({
        holds: (group.dataset.group ?? "").split(" ").some((p) => own.has(Number(p))),
        marked: group.classList.contains("is-highlighted")
          ? "highlighted"
          : group.classList.contains("is-dimmed")
            ? "dimmed"
            : "plain",
      }));
    });
  await expect.poll(async () => (await groups()).some((group) => group.holds)).toBe(true);
  for (const group of await groups())
    expect(group.marked).toBe(group.holds ? "highlighted" : "dimmed");
});

test("keyboard: Tab reaches the events, arrows move, Enter selects, Escape clears, +/- zoom", async ({
  page,
}) => {
  await openTimeline(page);
  const insideEvents = () =>
    page.evaluate(() =>
      Boolean(document.activeElement?.closest('[data-testid="timeline-events"]')),
    );
  for (let i = 0; i < 80 && !(await insideEvents()); i++) await page.keyboard.press("Tab");
  expect(await insideEvents()).toBe(true);
  // One tab stop: the next Tab leaves the events.
  await expect(page.getByTestId("timeline-events").locator('[tabindex="0"]')).toHaveCount(1);

  const focusedName = () =>
    page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  const first = await focusedName();
  await page.keyboard.press("ArrowRight");
  const second = await focusedName();
  expect(second).not.toBe(first);
  expect(second).not.toBe("");
  const focusedOrder = () =>
    page.evaluate(() => Number(document.activeElement?.getAttribute("data-position") ?? -1));
  const secondOrder = await focusedOrder();
  await page.keyboard.press("ArrowRight");
  expect(await focusedOrder()).toBe(secondOrder + 1);
  await page.keyboard.press("ArrowLeft");
  expect(await focusedOrder()).toBe(secondOrder);

  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#details-title")).toContainText(second.split(",")[0] ?? "");

  const before = await timeWindow(page);
  await page.keyboard.press("+");
  const zoomedIn = await timeWindow(page);
  expect(zoomedIn.end - zoomedIn.start).toBeLessThan(before.end - before.start);
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  const zoomedOut = await timeWindow(page);
  expect(zoomedOut.end - zoomedOut.start).toBeGreaterThan(before.end - before.start);

  await page.keyboard.press("End");
  const last = await focusedOrder();
  await page.keyboard.press("Home");
  expect(await focusedOrder()).toBeLessThan(last);

  // Focus stays in the timeline; Escape clears the selection.
  expect(await insideEvents()).toBe(true);
  await page.keyboard.press("Escape");
  await expect.poll(() => selectedId(page)).toBeNull();
});

test("focus is visible on the focused event", async ({ page }, testInfo) => {
  await openTimeline(page);
  const first = page.getByTestId("timeline-events").locator('[tabindex="0"]');
  await first.focus();
  await page.keyboard.press("ArrowRight");
  const outline = await page.evaluate(() => {
    const element = document.activeElement;
    return element ? getComputedStyle(element).outlineStyle : "none";
  });
  expect(outline).toBe("solid");
  await keepScreenshot(page, testInfo, "timeline-keyboard-focus");
});

test("hovering an event shows its title and date in a tooltip", async ({ page }) => {
  await openTimeline(page);
  const mark = timelineEvent(page, /^Nerve-agent attack/);
  await mark.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("Nerve-agent attack");
  await expect(tooltip).toContainText("4 March 2018");
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().hoveredEventId ?? null))
    .not.toBeNull();
  await page.mouse.move(5, 5);
  await expect(tooltip).toHaveCount(0);
});

test("the overview brush moves the detail window, dragged or by keyboard as a slider", async ({
  page,
}) => {
  await openTimeline(page);
  const before = await timeWindow(page);
  const selection = page.locator('[data-testid="timeline-brush"] .selection');
  const box = await selection.boundingBox();
  if (!box) throw new Error("no brush selection");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const after = await timeWindow(page);
  expect(after.start).toBeLessThan(before.start - 365 * 86_400_000);
  expect(after.end - after.start).toBeCloseTo(before.end - before.start, -5);

  // Tab goes on from the timeline's controls to the brush: a slider named for what it shows, its
  // dates read out.
  await page.getByRole("button", { name: "Fit all" }).focus();
  const brush = page.getByRole("slider", { name: "Period shown" });
  for (let i = 0; i < 10 && !(await brush.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(brush).toBeFocused();
  await expect(brush).toHaveAccessibleDescription(
    // The story's stretch: its events' and its periods' (Abe's second term ends in 2020).
    /^Overview of 1 August 1945 to 16 September 2020\. Left and right arrows move/,
  );
  const ring = await brush.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(ring).toBe("solid");
  const span = after.end - after.start;
  const dates = (window: Window) => {
    const day = (ms: number) =>
      new Date(ms).toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
    return `${day(window.start)} to ${day(window.end - 1)}`;
  };
  await expect(brush).toHaveAttribute("aria-valuetext", dates(after));
  await expect(brush).toHaveAttribute("aria-valuenow", String(Math.round(after.start)));
  // An arrow moves the window by a tenth of its span, Shift with it by the whole span.
  await page.keyboard.press("ArrowLeft");
  const left = await timeWindow(page);
  expect(left.start).toBeCloseTo(after.start - span / 10, -3);
  expect(left.end - left.start).toBeCloseTo(span, -3);
  await page.keyboard.press("Shift+ArrowRight");
  const right = await timeWindow(page);
  expect(right.start).toBeCloseTo(left.start + span, -3);
  await expect(brush).toHaveAttribute("aria-valuetext", dates(right));
  // Home and End: the start and the end of the overview, the span kept.
  await page.keyboard.press("Home");
  const min = Number(await brush.getAttribute("aria-valuemin"));
  await expect.poll(async () => (await timeWindow(page)).start).toBeCloseTo(min, -3);
  await expect(brush).toHaveAttribute("aria-valuetext", /^\d+ \w+ 194\d to /);
  await page.keyboard.press("End");
  const max = Number(await brush.getAttribute("aria-valuemax"));
  await expect.poll(async () => (await timeWindow(page)).start).toBeCloseTo(max, -3);
  await expect(brush).toHaveAttribute("aria-valuenow", String(max));
  expect(max - min).toBeGreaterThan(70 * 365 * 86_400_000 - span);
  await expect(brush).toBeFocused();
});

test("filters that leave no event at all say so on the timeline, with a button that clears them", async ({
  page,
}) => {
  // The one Soviet Union event is not about the economy.
  await openTimelineFiltered(page, "?actors=Soviet%20Union&tags=economy");
  const timeline = page.getByRole("region", { name: "Timeline" });
  const empty = timeline.getByText("No event matches the filters.", { exact: true });
  await expect(empty).toBeVisible();
  await expect(eventButtons(page)).toHaveCount(0);
  await timeline.getByRole("button", { name: "Clear filters" }).click();
  await expect(empty).toHaveCount(0);
  await expect(eventButtons(page).first()).toBeVisible();
  await expect(page).not.toHaveURL(/[?&](actors|tags)=/);
  // The button went: focus goes on to the events it brought back.
  await expect(page.getByTestId("timeline-events").locator('[tabindex="0"]')).toBeFocused();
});

// Under a filter or the search's "only matches", a lane's tooltip still counted every event of
// the lane in the dataset ("Russia: 7 events" when 3 were shown).
test("under a filter or only matches, a lane's tooltip says how many of its events are shown", async ({
  page,
}) => {
  const titles = () =>
    page
      .locator(".tl-gutter-lane")
      .evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute("title")));
  await openTimeline(page);
  await expect
    .poll(titles)
    .toEqual([
      "Japan: 11 events",
      "Russia: 7 events",
      "United States: 4 events",
      "Soviet Union: 1 event",
      "United Kingdom: 1 event",
    ]);
  // Every event of Japan's lane and of the Soviet Union's passes: their plain counts.
  await openTimeline(page, "?actors=Japan");
  await expect
    .poll(titles)
    .toEqual([
      "Japan: 11 events",
      "Russia: 3 of 7 events shown",
      "United States: 1 of 4 events shown",
      "Soviet Union: 1 event",
    ]);
  await openTimeline(page, "?q=Lavrov&only=1");
  await expect.poll(titles).toEqual(["Japan: 1 of 11 events shown", "Russia: 3 of 7 events shown"]);
});

test("a selection made elsewhere pans the window to the event", async ({ page }) => {
  await openTimeline(page);
  // The details' list of all events is another view: its 1945 event is outside the window.
  await page
    .getByRole("button", { name: /August 1945/ })
    .first()
    .click();
  await expect.poll(async () => (await timeWindow(page)).start).toBeLessThan(Date.UTC(1946, 0, 1));
  await expect(page.getByTestId("timeline-events").locator('[aria-pressed="true"]')).toHaveCount(1);
});

/** A seeded synthetic dataset in the project's schema, dense in 2016–2018. */
function syntheticDataset(n: number) {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const actors = ["Japan", "Russia", "United States", "United Kingdom", "China"];
  const from = Date.UTC(2016, 0, 1);
  const to = Date.UTC(2018, 11, 31);
  const events = Array.from({ length: n }, (_, i) => {
    const day = new Date(from + random() * (to - from)).toISOString().slice(0, 10);
    return {
      id: `event-${i}`,
      title: `Synthetic event ${i}`,
      start: day,
      actors: [actors[Math.floor(random() * actors.length)]],
      summary: "A generated event.",
    };
  });
  return { meta: { title: `${n} synthetic events` }, places: [], events };
}

test.describe("10,000 events", () => {
  test("draws on canvas, a click at an event's pixel selects it, keys still walk event by event", async ({
    page,
    context,
  }, testInfo) => {
    const body = JSON.stringify(syntheticDataset(10_000));
    await context.route(
      (url) => url.pathname === "/e2e-timeline-10k.json",
      (route) => route.fulfill({ body, contentType: "application/json" }),
    );
    await page.goto("/?data=/e2e-timeline-10k.json");
    await waitForApp(page);
    const surface = page.getByTestId("timeline-zoom");
    await expect(surface).toHaveAttribute("data-render-mode", "canvas");
    await expect(page.getByTestId("timeline-canvas")).toBeVisible();
    // Far fewer buttons than events: only the one in the tab order (and the selected one).
    expect(await eventButtons(page).count()).toBeLessThanOrEqual(2);
    await keepScreenshot(page, testInfo, "timeline-10k-canvas");
    // Hovering an event's pixel shows its tooltip; clicking it selects it.
    const box = await surfaceBox(page);
    // The first lane's marks: below the strip of period names and hints, in its first row.
    const markY = box.y + STRIP_HEIGHT + ROW_HEIGHT / 2;
    let hit = false;
    for (let x = box.x + 20; x < box.x + box.width - 20 && !hit; x += 7) {
      await page.mouse.move(x, markY);
      hit = await page.getByRole("tooltip").isVisible();
      if (hit) await page.mouse.click(x, markY);
    }
    expect(hit).toBe(true);
    await expect.poll(() => selectedId(page)).not.toBeNull();
    const picked = await selectedId(page);
    await expect(page.locator(`[data-event-id="${picked}"]`)).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    // A label there (the selected event's; the keyboard's stop has one only while it has the
    // focus) lies over other marks: it sits on the surface's colour, not on them.
    const surfaceColour = await page
      .locator(".tl")
      .evaluate((timeline) => getComputedStyle(timeline).backgroundColor);
    await expect(page.locator(".tl-label.is-selected")).toBeVisible();
    const labelColours = await page
      .locator(".tl-label")
      .evaluateAll((labels) => labels.map((label) => getComputedStyle(label).backgroundColor));
    expect(labelColours.length).toBeGreaterThan(0);
    for (const colour of labelColours) expect(colour).toBe(surfaceColour);

    // The keyboard walks events one by one even where they are aggregated.
    const active = page.getByTestId("timeline-events").locator('[tabindex="0"]');
    await active.focus();
    const order = () =>
      page.evaluate(() => Number(document.activeElement?.getAttribute("data-position") ?? -1));
    const from = await order();
    await page.keyboard.press("ArrowRight");
    expect(await order()).toBe(from + 1);
    await page.keyboard.press("ArrowRight");
    expect(await order()).toBe(from + 2);
    await page.keyboard.press("Enter");
    await expect(page.locator(":focus")).toHaveAttribute("aria-pressed", "true");

    // Wheel steps redraw the canvas at once and the DOM once they pause: the
    // selected mark still ends where the window puts its event.
    const selectedMark = page.locator('[aria-pressed="true"]');
    const markBox = await selectedMark.boundingBox();
    if (!markBox) throw new Error("the selected mark is not drawn");
    const twoFrames = () =>
      page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    const drift = () =>
      selectedMark.evaluate((mark) => {
        const state = window.__app?.store.getState();
        if (!state?.index) return Number.POSITIVE_INFINITY;
        const event = state.index.byId.get(state.selectedEventId ?? "");
        const view = state.timeWindow;
        const surface = mark.closest('[data-testid="timeline-zoom"]');
        if (!event || !view || !surface) return Number.POSITIVE_INFINITY;
        const area = surface.getBoundingClientRect();
        const middle = (event.interval.start + event.interval.end) / 2;
        const expected = area.left + ((middle - view.start) / (view.end - view.start)) * area.width;
        const r = mark.getBoundingClientRect();
        return Math.abs(r.left + r.width / 2 - expected);
      });
    await page.mouse.move(markBox.x + markBox.width / 2 + 30, box.y + box.height - 8);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
    // Two frames on, before React renders (a gesture pause): moved by followView.
    await twoFrames();
    expect(await drift()).toBeLessThan(8);
    // And once React has rendered the settled window.
    await page.waitForTimeout(300);
    expect(await drift()).toBeLessThan(8);

    // A drag along the selected event's lane, over other events.
    const laneY = markBox.y + markBox.height / 2;
    await page.mouse.move(box.x + 40, laneY);
    await page.mouse.down();
    await page.mouse.move(box.x + 240, laneY, { steps: 12 });
    await twoFrames();
    expect(await drift()).toBeLessThan(8);
    // What passes under a dragging pointer is not hovered.
    expect(await page.evaluate(() => window.__app?.store.getState().hoveredEventId)).toBeNull();
    await page.mouse.up();
    await expect.poll(drift).toBeLessThan(8);

    // Zoomed in far enough, the DOM path takes over again.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 8);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -600);
    await expect(surface).toHaveAttribute("data-render-mode", "dom");
  });
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  // The name over a lane is the lanes' list screen readers read, its title the item's name.
  test("a lane's name over its lane says how many of its events a filter shows", async ({
    page,
  }) => {
    await openTimeline(page, "?actors=Japan");
    const lanes = page.getByRole("list", { name: "Lanes" });
    await expect(lanes).toHaveCount(1);
    const russia = lanes.getByRole("listitem", { name: "Russia: 3 of 7 events shown" });
    await expect(russia).toHaveText("Russia");
    await expect(lanes.getByRole("listitem", { name: "Japan: 11 events" })).toHaveText("Japan");
  });

  test("touch targets are at least 44 px, a tap selects, and a touch drag pans", async ({
    page,
  }, testInfo) => {
    await openTimeline(page);
    await keepScreenshot(page, testInfo, "timeline-390x844");
    const mark = timelineEvent(page, /^Nerve-agent attack/);
    const size = await mark.evaluate((element) => {
      const after = getComputedStyle(element, "::after");
      return { width: Number.parseFloat(after.width), height: Number.parseFloat(after.height) };
    });
    expect(size.width).toBeGreaterThanOrEqual(44);
    expect(size.height).toBeGreaterThanOrEqual(44);
    // A tap selects, in the opening view (the drags below move the mark).
    await mark.tap();
    await expect(mark).toHaveAttribute("aria-pressed", "true");
    // A one-finger drag on the surface pans the window (d3-zoom's touch handling).
    const before = await timeWindow(page);
    const box = await surfaceBox(page);
    const y = box.y + box.height * 0.4;
    const client = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number) =>
      client.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y }],
      });
    await touch("touchStart", box.x + box.width * 0.7);
    for (let step = 1; step <= 6; step++)
      await touch("touchMove", box.x + box.width * (0.7 - step * 0.07));
    await touch("touchEnd", 0);
    const after = await timeWindow(page);
    expect(after.start).toBeGreaterThan(before.start);

    // Two fingers moving apart zoom in.
    const spread = await timeWindow(page);
    const pinch = (type: "touchStart" | "touchMove" | "touchEnd", half: number) =>
      client.send("Input.dispatchTouchEvent", {
        type,
        touchPoints:
          type === "touchEnd"
            ? []
            : [
                { x: box.x + box.width / 2 - half, y, id: 1 },
                { x: box.x + box.width / 2 + half, y, id: 2 },
              ],
      });
    await pinch("touchStart", 30);
    for (let step = 1; step <= 6; step++) await pinch("touchMove", 30 + step * 15);
    await pinch("touchEnd", 0);
    const pinched = await timeWindow(page);
    expect(pinched.end - pinched.start).toBeLessThan((spread.end - spread.start) * 0.7);

    await keepScreenshot(page, testInfo, "timeline-390x844-selected");
  });
});
