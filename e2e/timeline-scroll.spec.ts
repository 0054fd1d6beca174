/**
 * Lanes taller than the detail view scroll between its strip and its axis
 * (lanesInView), on the production build in a 320×400 embed: a focused mark
 * in the first or the last row shows its whole focus ring.
 */
import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false, viewport: { width: 320, height: 400 } });

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
