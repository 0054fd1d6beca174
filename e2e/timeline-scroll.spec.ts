/**
 * Lanes taller than the detail view scroll between its strip and its axis
 * (lanesInView), on the production build in a 320×400 embed: a focused mark
 * in the first or the last row shows its whole focus ring, with the shipped
 * story's lanes and in the dense view (marks on canvas, thousands of
 * generated events), where the lanes scroll too, the axis stays in view, the
 * canvas draws nothing over the strip or the axis, and a selection or the
 * keyboard's focus brings its row into view.
 */
import type { Page } from "@playwright/test";
import { generateDataset } from "../scripts/generate-dataset";
import { assignLanes } from "../src/timeline/lanes";
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false, viewport: { width: 320, height: 400 } });

const DENSE_EVENTS = 3000;
const dataset = generateDataset({ events: DENSE_EVENTS, seed: 42 });
const body = JSON.stringify(dataset);
const path = "/dense-lanes.json";
/** Lane of each generated event (by time-ordered position: the generator's ids are in time order). */
const lanes = assignLanes(
  dataset.events.map((event) => ({ actors: event.actors ?? [], tags: event.tags ?? [] })),
  "actors",
);

/** Where the focused mark's ring lies against the lanes' visible part: "whole", or what is cut. */
function focusRing(page: Page): Promise<string> {
  return page.getByTestId("timeline-zoom").evaluate((surface) => {
    const mark = document.activeElement;
    if (!(mark instanceof HTMLElement) || !mark.classList.contains("tl-mark"))
      return "no mark has focus";
    if (!mark.matches(":focus-visible")) return "the focused mark shows no ring";
    const clip = surface.querySelector(".tl-lanes.is-clipped")?.getBoundingClientRect();
    if (!clip) return "the lanes do not scroll";
    const style = getComputedStyle(mark);
    const reach = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
    const box = mark.getBoundingClientRect();
    const over = Math.max(0, clip.top - (box.top - reach));
    const under = Math.max(0, box.bottom + reach - clip.bottom);
    if (over > 0.5 || under > 0.5)
      return `ring cut: ${over.toFixed(1)} px under the strip, ${under.toFixed(1)} px under the axis`;
    return "whole";
  });
}

/** The lanes' visible part, the lane names' and the focused and selected marks' boxes, the axis. */
function lanesNow(page: Page) {
  return page.getByTestId("timeline-zoom").evaluate((surface) => {
    const AXIS_HEIGHT = 24;
    const view = surface.getBoundingClientRect();
    const clip = surface.querySelector(".tl-lanes.is-clipped")?.getBoundingClientRect() ?? null;
    const canvas = surface.querySelector("canvas")?.getBoundingClientRect() ?? null;
    const box = (element: Element | null | undefined) => {
      const rect = element?.getBoundingClientRect();
      return rect
        ? { top: rect.top, bottom: rect.bottom, middle: (rect.top + rect.bottom) / 2 }
        : null;
    };
    const focused = document.activeElement?.closest(".tl-mark") ?? null;
    return {
      mode: (surface as HTMLElement).dataset.renderMode ?? "",
      clip: clip && { top: clip.top, bottom: clip.bottom },
      names: Array.from(surface.querySelectorAll(".tl-lane-label"), (label) => ({
        text: label.textContent ?? "",
        ...box(label),
      })),
      focused: box(focused),
      selected: box(surface.querySelector('.tl-mark[aria-pressed="true"]')),
      // The axis: the canvas's last AXIS_HEIGHT px, below the lanes' visible part and in the view.
      axis: canvas && { top: canvas.bottom - AXIS_HEIGHT, bottom: canvas.bottom },
      view: { top: view.top, bottom: view.bottom },
      hidden: surface.scrollHeight - surface.clientHeight,
    };
  });
}

type Lanes = Awaited<ReturnType<typeof lanesNow>>;

function axisInView(now: Lanes): string {
  if (!now.axis || !now.clip) return "no axis or no scrolling lanes";
  if (now.axis.top < now.clip.bottom - 0.5) return "the axis lies over the lanes";
  if (now.axis.bottom > now.view.bottom + 0.5 || now.hidden > 1)
    return `the axis is ${Math.round(now.axis.bottom - now.view.bottom)} px out of the view`;
  return "in view";
}

/** Whether a lane name (a lane's first row) lies whole on the lanes' visible part. */
function nameShown(now: Lanes, index: number): boolean {
  const name = now.names[index];
  return Boolean(
    name?.top !== undefined &&
      now.clip &&
      name.top >= now.clip.top - 0.5 &&
      (name.bottom ?? 0) <= now.clip.bottom + 0.5,
  );
}

/** Drag the lanes vertically by `dy` px, without moving in time. */
async function dragLanes(page: Page, dy: number) {
  const clip = await page.locator(".tl-lanes.is-clipped").boundingBox();
  if (!clip) throw new Error("the lanes do not scroll");
  const x = clip.x + clip.width * 0.5;
  const from = dy < 0 ? clip.y + clip.height - 4 : clip.y + 4;
  await page.mouse.move(x, from);
  await page.mouse.down();
  await page.mouse.move(x, from + dy, { steps: 6 });
  await page.mouse.up();
}

/** Arrow presses that move the keyboard's focus to the lanes' first or last row. */
async function arrowTo(page: Page, end: "first" | "last") {
  for (let i = 0; i < 12; i++) await page.keyboard.press(end === "first" ? "ArrowUp" : "ArrowDown");
}

/** Keyboard focus on the timeline's tab stop, then a key press there (so that it shows its ring). */
async function focusTimeline(page: Page) {
  const stop = page.getByTestId("timeline-events").locator('.tl-mark[tabindex="0"]');
  await stop.focus();
  // A key press makes the focus the keyboard's (:focus-visible) whatever moved it there.
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => focusRing(page)).not.toBe("no mark has focus");
}

test("a focused mark's ring shows whole in the first and last rows of lanes that scroll", async ({
  page,
}) => {
  await page.goto("/?embed=1");
  await waitForApp(page);
  const first = await lanesNow(page);
  expect(first.clip, "the story's lanes scroll at 320×400").not.toBeNull();
  expect(axisInView(first)).toBe("in view");
  await focusTimeline(page);

  await arrowTo(page, "last");
  const last = await lanesNow(page);
  const lastName = last.names.at(-1);
  expect(last.focused?.middle, "focus in the last lane").toBeGreaterThan(
    (lastName?.top ?? Number.POSITIVE_INFINITY) - 0.5,
  );
  expect.soft(await focusRing(page), "the last row's ring").toBe("whole");

  await arrowTo(page, "first");
  const top = await lanesNow(page);
  expect(top.focused?.middle, "focus in the first lane").toBeLessThan(
    (top.names[1]?.top ?? Number.NEGATIVE_INFINITY) + 0.5,
  );
  expect.soft(await focusRing(page), "the first row's ring").toBe("whole");
  expect(axisInView(await lanesNow(page))).toBe("in view");

  // Dragged under the strip, the same mark focused again (Tab away and back) comes back into view.
  await dragLanes(page, -80);
  await expect.poll(async () => nameShown(await lanesNow(page), 0)).toBe(false);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  await expect
    .poll(() => focusRing(page), { message: "the ring of the mark focused again" })
    .toBe("whole");
});

test("a link's notice in the embed takes one line: the lanes and the axis stay in view; it opens whole, and closes from the keyboard", async ({
  page,
}) => {
  // An invalid date in the link: the notice's text is three lines wide at 320 px.
  await page.goto("/?embed=1&from=2018-13-01");
  await waitForApp(page);
  const whole = `Ignored the link's start date (from): "2018-13-01" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC).`;
  const notice = page.getByRole("status").filter({ hasText: "2018-13-01" });
  await expect(notice).toBeVisible();
  // Announced whole, though shown on one line.
  await expect(notice).toContainText(whole);
  const now = await lanesNow(page);
  expect(nameShown(now, 0), "the first lane's name in view").toBe(true);
  expect(axisInView(now)).toBe("in view");
  const folded = await notice.boundingBox();
  expect(folded?.height, "one line (a 44 px button's height)").toBeLessThanOrEqual(46);

  // Its words open it whole (keyboard), and close it again.
  const more = notice.getByRole("button", { name: whole, exact: true });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(more).toHaveAttribute("aria-expanded", "true");
  const text = notice.locator(".notice-words");
  expect(
    await text.evaluate((span) => span.scrollWidth <= span.clientWidth + 1),
    "the whole text shows, none cut",
  ).toBe(true);
  expect((await notice.boundingBox())?.height).toBeGreaterThan(folded?.height ?? 0);
  await page.keyboard.press("Enter");
  await expect(more).toHaveAttribute("aria-expanded", "false");
  expect(axisInView(await lanesNow(page))).toBe("in view");

  // Tab reaches its dismiss button; Enter dismisses it.
  await page.keyboard.press("Tab");
  await expect(notice.getByRole("button", { name: /^Dismiss/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(notice).toHaveCount(0);

  // Words that fit their line are not a button: there is nothing more to show.
  await page.goto("/?embed=1&event=nope");
  await waitForApp(page);
  const short = page.getByRole("alert").filter({ hasText: "No event 'nope'" });
  await expect(short).toBeVisible();
  await expect(short.getByRole("button")).toHaveCount(1);
  await expect(short.getByRole("button")).toHaveAccessibleName(/^Dismiss/);
});

test("two notices in the embed take one line between them: the newest shows, a control steps to the other, each is dismissed from the keyboard", async ({
  page,
}) => {
  // A bad date (a status) and an unknown event (an alert): 90 px of notices took the lanes' whole
  // room.
  await page.goto("/?embed=1&from=2018-13-01&event=nope");
  await waitForApp(page);
  const notices = page.getByRole("region", { name: "Notices" });
  const date = page.getByRole("status").filter({ hasText: "2018-13-01" });
  const event = page.getByRole("alert").filter({ hasText: "No event 'nope'" });
  // Both are in the page, so both are announced; one is shown.
  await expect(date).toBeAttached();
  await expect(event).toBeAttached();
  // A notice not shown is in the page out of sight (a 1 px item, as .visually-hidden).
  const width = async (notice: typeof date) =>
    (await page.getByRole("listitem").filter({ has: notice }).boundingBox())?.width ?? 0;
  const oneLine = async () => {
    expect((await notices.boundingBox())?.height, "one line between them").toBeLessThanOrEqual(46);
    const now = await lanesNow(page);
    expect(nameShown(now, 0), "the first lane's name in view").toBe(true);
    expect(axisInView(now)).toBe("in view");
  };
  await oneLine();
  // The newer is shown (which comes first, the address's or the dataset's, is not this test's).
  const [shown, other] = (await width(event)) > 200 ? [event, date] : [date, event];
  expect(await width(shown), "one shown").toBeGreaterThan(200);
  expect(await width(other), "the other not shown").toBeLessThanOrEqual(1);

  // A control says how many there are and steps to the other, keeping the keyboard's focus.
  const first = shown.getByRole("button", { name: "Notice 1 of 2: show the next" });
  await expect(first).toHaveText("1/2");
  await first.focus();
  await page.keyboard.press("Enter");
  const second = other.getByRole("button", { name: "Notice 2 of 2: show the next" });
  await expect(second).toBeFocused();
  await expect(second).toHaveText("2/2");
  await oneLine();
  expect(await width(other)).toBeGreaterThan(200);
  expect(await width(shown)).toBeLessThanOrEqual(1);

  // Tab reaches its dismiss button; Enter dismisses it, and the focus goes to the first one's.
  await page.keyboard.press("Tab");
  await expect(other.getByRole("button", { name: /^Dismiss/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(other).toHaveCount(0);
  await expect(shown.getByRole("button", { name: /^Dismiss/ })).toBeFocused();
  expect(await width(shown)).toBeGreaterThan(200);
  // Alone, it needs no step control.
  await expect(shown.getByRole("button", { name: /^Notice/ })).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(notices).toHaveCount(0);
});

test.describe("dense view", () => {
  test.beforeEach(async ({ context }) => {
    await context.route(
      (url) => url.pathname === path,
      (route) => route.fulfill({ body, contentType: "application/json" }),
    );
  });

  /** The canvas's pixels in rows [from, to) of the view, as one string to compare. */
  function canvasRows(page: Page, from: "strip" | "axis") {
    return page.getByTestId("timeline-canvas").evaluate((canvas, part) => {
      const STRIP_HEIGHT = 24;
      const AXIS_HEIGHT = 24;
      const element = canvas as HTMLCanvasElement;
      const context = element.getContext("2d");
      if (!context) return "";
      const ratio = element.width / element.getBoundingClientRect().width;
      const rows = Math.floor((part === "strip" ? STRIP_HEIGHT : AXIS_HEIGHT) * ratio);
      const y = part === "strip" ? 0 : element.height - rows;
      const data = context.getImageData(0, y, element.width, rows).data;
      let hash = 0;
      for (let i = 0; i < data.length; i++) hash = (hash * 31 + (data[i] ?? 0)) | 0;
      return `${data.length}:${hash}`;
    }, from);
  }

  test(`${DENSE_EVENTS.toLocaleString("en-US")} events on canvas: the lanes scroll under a fixed strip and axis, and a selection and the keyboard's focus bring their rows into view`, async ({
    page,
  }) => {
    await page.goto(`/?data=${path}&embed=1`);
    await waitForApp(page);
    const opening = await lanesNow(page);
    expect(opening.mode, "dense: marks on canvas").toBe("canvas");
    expect(opening.clip, "the lanes scroll").not.toBeNull();
    expect(axisInView(opening)).toBe("in view");
    const laneCount = opening.names.length;
    expect(laneCount).toBe(lanes.lanes.length);
    expect(nameShown(opening, 0), "the first lane in view at first").toBe(true);
    expect(nameShown(opening, laneCount - 1), "the last lane below the axis at first").toBe(false);

    // A drag upwards brings the last lane up; the canvas's strip and axis stay as they were.
    const shownTime = () => page.evaluate(() => window.__app?.store.getState().timeWindow);
    const before = {
      time: await shownTime(),
      strip: await canvasRows(page, "strip"),
      axis: await canvasRows(page, "axis"),
    };
    await dragLanes(page, -80);
    await expect
      .poll(async () => nameShown(await lanesNow(page), laneCount - 1), {
        message: "the last lane dragged into view",
      })
      .toBe(true);
    const dragged = await lanesNow(page);
    expect(nameShown(dragged, 0), "the first lane scrolled under the strip").toBe(false);
    expect(axisInView(dragged)).toBe("in view");
    expect(await shownTime(), "a vertical drag does not pan").toEqual(before.time);
    expect(await canvasRows(page, "strip"), "nothing drawn over the strip").toBe(before.strip);
    expect(await canvasRows(page, "axis"), "nothing drawn over the axis").toBe(before.axis);

    // The pointer finds the canvas's marks where the lanes are now: along the last lane's row.
    const lastRow = dragged.names.at(-1);
    const surface = await page.getByTestId("timeline-zoom").boundingBox();
    if (!lastRow?.middle || !surface) throw new Error("no last lane");
    let hovered: string | null = null;
    for (let x = surface.x + 8; x < surface.x + surface.width - 8 && !hovered; x += 6) {
      await page.mouse.move(x, lastRow.middle);
      hovered = await page.evaluate(() => window.__app?.store.getState().hoveredEventId ?? null);
    }
    expect(hovered, "a mark on the last lane's row").not.toBeNull();
    const hoveredLane = lanes.laneOf[dataset.events.findIndex((event) => event.id === hovered)];
    expect(hoveredLane, "hovered in the last lane").toBe(laneCount - 1);
    await page.mouse.move(surface.x + 2, surface.y - 20);

    // A selection (as from the map or the list) in the first lane scrolls back to it.
    const time = await shownTime();
    if (!time) throw new Error("no window");
    const middle = (time.start + time.end) / 2;
    const inLane = (lane: number) => {
      let best = -1;
      dataset.events.forEach((event, position) => {
        if (lanes.laneOf[position] !== lane) return;
        const distance = Math.abs(Date.parse(event.start) - middle);
        const bestDistance =
          best < 0
            ? Number.POSITIVE_INFINITY
            : Math.abs(Date.parse(dataset.events[best]?.start ?? "") - middle);
        if (distance < bestDistance) best = position;
      });
      return dataset.events[best]?.id ?? "";
    };
    await page.evaluate((id) => window.__app?.store.getState().selectEvent(id), inLane(0));
    const selectedShown = async () => {
      const now = await lanesNow(page);
      return Boolean(
        now.selected &&
          now.clip &&
          now.selected.top >= now.clip.top - 0.5 &&
          now.selected.bottom <= now.clip.bottom + 0.5,
      );
    };
    await expect
      .poll(selectedShown, { message: "the selection's row scrolled into view" })
      .toBe(true);
    expect(nameShown(await lanesNow(page), 0), "the first lane back in view").toBe(true);
    // And one in the last lane scrolls down to it.
    await page.evaluate(
      (id) => window.__app?.store.getState().selectEvent(id),
      inLane(laneCount - 1),
    );
    await expect
      .poll(selectedShown, { message: "the selection's row scrolled into view" })
      .toBe(true);
    expect(nameShown(await lanesNow(page), laneCount - 1), "the last lane in view").toBe(true);
    expect(axisInView(await lanesNow(page))).toBe("in view");

    // The keyboard's focus, up to the first lane and down to the last: its row and its whole ring.
    await page.keyboard.press("Escape");
    await focusTimeline(page);
    await arrowTo(page, "first");
    await expect.poll(async () => nameShown(await lanesNow(page), 0)).toBe(true);
    expect.soft(await focusRing(page), "the first row's ring").toBe("whole");
    await arrowTo(page, "last");
    await expect.poll(async () => nameShown(await lanesNow(page), laneCount - 1)).toBe(true);
    expect.soft(await focusRing(page), "the last row's ring").toBe("whole");
    expect((await lanesNow(page)).mode, "still dense").toBe("canvas");
    expect(axisInView(await lanesNow(page))).toBe("in view");
  });
});

/** The lanes' scroll thumb (timeline.css, `.tl-lanes.is-clipped::after`) against the lanes' visible part, in px. */
function thumbNow(page: Page) {
  return page.locator(".tl-lanes.is-clipped").evaluate((clip) => {
    const thumb = getComputedStyle(clip, "::after");
    const shown = thumb.content !== "none" && thumb.display !== "none";
    return {
      shown,
      top: shown ? Number.parseFloat(thumb.top) : Number.NaN,
      height: shown ? Number.parseFloat(thumb.height) : Number.NaN,
      band: clip.getBoundingClientRect().height,
    };
  });
}

// Review 52, R4: where the lanes do not fit (Russian at 1280×800 when its header took two rows; a
// window 700 px high since it takes one), two of the shipped story's five lanes (Soviet Union, and
// United Kingdom with the Skripal event) lay under the axis with nothing to say they were there.
test.describe("Russian at 1280×700", () => {
  test.use({ viewport: { width: 1280, height: 700 } });

  test("lanes that do not fit show a scroll thumb, which a drag to the last lane moves to the foot", async ({
    page,
  }) => {
    await page.goto("/?lang=ru&event=lavrov-arrives-in-tokyo");
    await waitForApp(page);
    // Whether the last lane's name (in the gutter beside the lanes) lies on their visible part.
    const lastShown = () =>
      page.locator(".tl-detail").evaluate((view) => {
        const clip = view.querySelector(".tl-lanes.is-clipped")?.getBoundingClientRect();
        const names = Array.from(view.querySelectorAll(".tl-gutter-name"), (name) =>
          name.getBoundingClientRect(),
        );
        const last = names.at(-1);
        return names.length === 5 && Boolean(clip && last && last.bottom <= clip.bottom + 0.5);
      });
    await expect(page.locator(".tl-lanes.is-clipped")).toBeVisible();
    expect(await lastShown(), "the last lane is under the axis at first").toBe(false);
    const top = await thumbNow(page);
    expect(top.shown, "a scroll thumb shows that more lanes lie below").toBe(true);
    expect(top.height).toBeGreaterThanOrEqual(12);
    expect(top.height).toBeLessThan(top.band - 12);
    expect(top.top).toBeLessThan(1);
    await dragLanes(page, -200);
    await expect.poll(lastShown).toBe(true);
    const foot = await thumbNow(page);
    expect(Math.abs(foot.top + foot.height - foot.band)).toBeLessThan(1);
  });
});
