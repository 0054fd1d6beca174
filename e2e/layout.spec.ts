/**
 * Layout on a phone (390×844) and a tablet (768×1024), both touch screens,
 * and on a laptop (1280×800): nothing cut off, 44 px touch targets, map on
 * top and timeline below, the phone's details sheet, taps, and one-finger
 * drags on the timeline and the map. Screenshots of each state are kept as
 * test artifacts (look at them when the layout changes).
 */
import type { CDPSession, Locator, Page } from "@playwright/test";
import { LANG_ATTRIBUTES } from "../src/i18n/languages";
import { boxOf, hiddenEventText, overlap } from "./boxes";
import { expect, test, waitForApp, waitForMap } from "./fixtures";
import { keepScreenshot } from "./keepScreenshot";

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const TOUCH = { hasTouch: true, isMobile: true };

async function open(page: Page, query = "") {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await waitForMap(page);
  await expect(page.getByTestId("timeline-events").getByRole("button").first()).toBeVisible();
  // Let MapLibre finish its first frames and the fonts settle before measuring.
  await page.waitForFunction(() => !window.__app?.map || window.__app.map.loaded());
  await page.evaluate(() => document.fonts.ready);
}

function details(page: Page): Locator {
  return page.getByRole("complementary", { name: "Details" });
}

function timelineEvent(page: Page, name: RegExp): Locator {
  return page.getByTestId("timeline-events").getByRole("button", { name });
}

/** The page never scrolls sideways. */
async function expectNoHorizontalOverflow(page: Page) {
  const sizes = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(sizes.document, "document wider than the viewport").toBeLessThanOrEqual(sizes.viewport);
  expect(sizes.body, "body wider than the viewport").toBeLessThanOrEqual(sizes.viewport);
}

/** The timeline's controls lie whole inside its column: none is cut at its edge. */
async function expectToolbarInColumn(page: Page) {
  const column = await page.locator(".region-timeline").boundingBox();
  if (!column) throw new Error("no timeline column");
  const controls = await page
    .locator(".tl-toolbar")
    .locator("button, select, summary")
    .evaluateAll((elements) =>
      elements
        // A folded toolbar's lane grouping waits in the closed legend's panel.
        .filter((element) => element.checkVisibility())
        .map((element) => {
          const box = element.getBoundingClientRect();
          return { name: element.textContent?.trim() ?? "", left: box.left, right: box.right };
        }),
    );
  expect(controls.length).toBeGreaterThanOrEqual(5);
  const cut = controls.filter(
    (control) => control.left < column.x - 0.5 || control.right > column.x + column.width + 0.5,
  );
  expect(cut, `cut at the column's edge (${column.x}–${column.x + column.width})`).toEqual([]);
}

/**
 * The detail view's lanes as the reader sees them: whether its strip and its
 * axis (the canvas's last 24 px) lie inside the view, and the px of lanes
 * between them.
 */
async function lanesShown(page: Page) {
  return page.getByTestId("timeline-zoom").evaluate((surface) => {
    const AXIS_HEIGHT = 24;
    const view = surface.getBoundingClientRect();
    const strip = surface.querySelector(".tl-strip")?.getBoundingClientRect();
    const canvas = surface
      .querySelector('[data-testid="timeline-canvas"]')
      ?.getBoundingClientRect();
    if (!strip || !canvas) return { strip: false, axis: false, height: 0 };
    const axisTop = canvas.bottom - AXIS_HEIGHT;
    return {
      strip: strip.top >= view.top - 0.5 && strip.bottom <= view.bottom + 0.5,
      axis: axisTop >= view.top - 0.5 && canvas.bottom <= view.bottom + 0.5,
      height: Math.min(view.bottom, axisTop) - Math.max(view.top, strip.bottom),
    };
  });
}

/** Each locator is shown whole inside the viewport. */
async function expectInViewport(page: Page, locators: Locator[]) {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("no viewport");
  for (const locator of locators) {
    const box = await locator.boundingBox();
    expect(box, `${locator} has a box`).not.toBeNull();
    if (!box) continue;
    const where = `${locator}: ${JSON.stringify(box)}`;
    expect(box.x, where).toBeGreaterThanOrEqual(0);
    expect(box.y, where).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height + 0.5);
  }
}

/**
 * Every visible control in `scope` is at least 44×44 px. Radios count by
 * their label; links inside a sentence are exempt (WCAG 2.5.8's inline
 * exception), as are controls scrolled out of their list.
 */
async function smallTargets(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots) => {
    const small: string[] = [];
    const seen = new Set<Element>();
    for (const root of roots) {
      const controls = root.querySelectorAll<HTMLElement>(
        "button, a[href], select, input, summary, [role='button']",
      );
      for (const control of controls) {
        let target: HTMLElement = control;
        if (control instanceof HTMLInputElement) {
          if (control.type === "file") continue;
          if (control.type === "radio" || control.type === "checkbox") {
            target = control.closest("label") ?? control;
          }
        }
        if (seen.has(target)) continue;
        seen.add(target);
        if (control.closest("p, figcaption") && control.tagName === "A") continue;
        const style = getComputedStyle(target);
        if (style.visibility === "hidden" || target.closest("[hidden]")) continue;
        const rect = target.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        // Only what is on screen: rows scrolled away inside a list are measured when shown.
        if (rect.bottom < 0 || rect.top > innerHeight) continue;
        // The skip link sits above the page until it is focused.
        if (target.classList.contains("skip-link")) continue;
        if (rect.width < 44 || rect.height < 44) {
          const name = (control.getAttribute("aria-label") ?? control.textContent ?? "").trim();
          small.push(
            `${control.tagName.toLowerCase()} "${name.slice(0, 40)}": ${Math.round(rect.width)}×${Math.round(rect.height)}`,
          );
        }
      }
    }
    return small;
  });
}

/** Every control of the header, toolbar, details and the timeline's toolbar. */
function controlScopes(page: Page): Locator {
  return page.locator(".app-header, .toolbar, .region-details, .tl-toolbar");
}

async function expectMapAboveTimeline(page: Page) {
  const map = await page.getByRole("region", { name: "Map", exact: true }).boundingBox();
  const timeline = await page.getByRole("region", { name: "Timeline" }).boundingBox();
  if (!map || !timeline) throw new Error("no map or timeline region");
  expect(map.height).toBeGreaterThan(150);
  expect(timeline.height).toBeGreaterThan(150);
  expect(map.y + map.height).toBeLessThanOrEqual(timeline.y + 1);
  expect(Math.abs(map.x - timeline.x)).toBeLessThanOrEqual(1);
}

/** A one-finger touch drag through CDP, from (x0, y) to (x1, y) in steps. */
async function touchDrag(client: CDPSession, x0: number, x1: number, y: number, steps = 8) {
  const send = (type: "touchStart" | "touchMove" | "touchEnd", x: number) =>
    client.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: type === "touchEnd" ? [] : [{ x, y, id: 1 }],
    });
  await send("touchStart", x0);
  for (let step = 1; step <= steps; step++)
    await send("touchMove", x0 + ((x1 - x0) * step) / steps);
  await send("touchEnd", x1);
}

test.describe("phone, 390×844", () => {
  test.use({ viewport: PHONE, ...TOUCH });

  test("in story mode, with an event open, a tap on the right end of the map's reset button reaches the button, not the attribution", async ({
    page,
  }) => {
    // The map is a strip there (the details open between it and the timeline): MapLibre's
    // attribution, open as it starts, covered the right end of "Show the islands" (to x 282 from
    // x 249), and a tap there opened the attribution.
    await page.goto("/?story=article&event=nagato-summit");
    await waitForApp(page);
    await waitForMap(page);
    const reset = page.getByRole("region", { name: "Map", exact: true }).locator(".map-reset");
    const box = await reset.boundingBox();
    if (!box) throw new Error("no reset button");
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest(".map-reset") !== null,
      [box.x + box.width - 6, box.y + box.height / 2] as const,
    );
    expect(hit).toBe(true);
  });

  // With an event open the map is a strip (79 px at 390×844, 68 at 320×568): the attribution,
  // open as MapLibre starts it (44 px high), lay over the right end of "Show the islands" (x
  // 249-282 in English, to 294 in Russian), and once the buttons were laid over it, its own words
  // lay under them. At 320×568 its line lay under the buttons' foot (y 44-64 of the strip against
  // their 8-52), and the Russian reset button, squeezed to 153 px, ran its words past its edge
  // into the ⓘ's corner (x 267.5 against the ⓘ's 266).
  // Two page loads, the app from an English link and the embed from a Russian one; the other
  // languages are switched to in the page, as the language switch does (a load with MapLibre costs
  // ~5.5 CPU-s here, and the buttons' words, not the load, are what a language changes).
  for (const [first, ...others] of [
    ["en", "ja", "ru", "zh"],
    ["ru", "zh", "ja", "en"],
  ] as const) {
    const embed = first !== "en";
    test(`${first}, then ${others.join(", ")}${embed ? ", in an embed" : ""}: with an event open, the map's attribution lies clear of its top buttons, whole and reachable, and the buttons are 44 px icons named by their words, at 390×844, 375×667, 360×740, 360×640 and 320×568`, async ({
      page,
    }) => {
      const query = `event=nagato-summit${first === "en" ? "" : `&lang=${first}`}`;
      await open(page, `?${embed ? "embed=1&" : ""}${query}`);
      const sheet = page.locator("#details-region");
      await expect(sheet).toHaveAttribute("data-sheet", "open");
      const stage = page.locator(".map-stage");
      const attribution = stage.locator(".maplibregl-ctrl-attrib");
      const toggle = attribution.locator(".maplibregl-ctrl-attrib-button");
      const words = attribution.locator(".maplibregl-ctrl-attrib-inner");
      // Folded and opened again by a tap on its ⓘ: reachable, and open to be measured.
      await toggle.tap();
      await expect(words).toBeHidden();
      await toggle.tap();
      await expect(words).toHaveText("Natural Earth");
      for (const lang of [first, ...others]) {
        if (lang !== first) {
          await page.setViewportSize(PHONE);
          const before = await stage.locator(".map-reset").textContent();
          await page.evaluate((to) => window.__app?.store.getState().setLang(to), lang);
          await expect(page.locator("html")).toHaveAttribute("lang", LANG_ATTRIBUTES[lang]);
          await expect(stage.locator(".map-reset")).not.toHaveText(before ?? "");
          await page.evaluate(() => document.fonts.ready);
        }
        for (const size of [
          PHONE,
          { width: 375, height: 667 },
          { width: 360, height: 740 },
          { width: 360, height: 640 },
          { width: 320, height: 568 },
        ]) {
          await page.setViewportSize(size);
          await expect(sheet).toHaveAttribute("data-sheet", "open");
          await expect.poll(async () => (await boxOf(stage)).height).toBeLessThan(100);
          const at = `${lang}, ${size.width}×${size.height}`;
          const buttons = [
            await boxOf(stage.locator(".map-places summary")),
            await boxOf(stage.locator(".map-reset")),
          ];
          const map = await boxOf(stage);
          for (const part of [attribution, toggle, words]) {
            const box = await boxOf(part);
            for (const button of buttons)
              expect(overlap(box, button), `${at}: ${JSON.stringify({ box, button })}`).toBe(false);
            // Inside the map, nothing laid over it.
            expect(box.x, at).toBeGreaterThanOrEqual(map.x);
            expect(box.y, at).toBeGreaterThanOrEqual(map.y);
            expect(box.x + box.width, at).toBeLessThanOrEqual(map.x + map.width);
            expect(box.y + box.height, at).toBeLessThanOrEqual(map.y + map.height);
          }
          const w = await boxOf(words);
          const t = await boxOf(toggle);
          // The ⓘ, a disc on the map, keeps a gap from the buttons beside it.
          for (const button of buttons) {
            const around = { ...button, x: button.x - 4, width: button.width + 8 };
            expect(overlap(t, around), `${at}: the ⓘ 4 px from ${JSON.stringify(button)}`).toBe(
              false,
            );
          }
          const shown = await page.evaluate(
            (points) =>
              points.map(
                ([x, y]) =>
                  document.elementFromPoint(x, y)?.closest(".maplibregl-ctrl-attrib") !== null,
              ),
            [
              [w.x + 2, w.y + w.height / 2],
              [w.x + w.width / 2, w.y + w.height / 2],
              [w.x + w.width - 2, w.y + w.height / 2],
              [t.x + t.width / 2, t.y + t.height / 2],
            ] as [number, number][],
          );
          expect(shown, `${at}: the words and the ⓘ, on top`).toEqual([true, true, true, true]);
          expect(
            await words.evaluate((e) => e.scrollWidth - e.clientWidth),
            at,
          ).toBeLessThanOrEqual(0);
          expect(t.width, at).toBeGreaterThanOrEqual(44);
          expect(t.height, at).toBeGreaterThanOrEqual(44);
          // The strip's buttons are icons, whose words stay their names: in every language
          // they take 44 px each (their words in Russian took 278 of 320 px and ran past the
          // reset button's edge into the ⓘ's corner).
          const shapes = await stage
            .locator(".map-places summary, .map-reset")
            .evaluateAll((elements) =>
              elements.map((element) => {
                const r = element.getBoundingClientRect();
                const icon = element.querySelector("svg")?.getBoundingClientRect();
                const iconInside =
                  icon !== undefined &&
                  icon.width > 0 &&
                  icon.left >= r.left &&
                  icon.right <= r.right &&
                  icon.top >= r.top &&
                  icon.bottom <= r.bottom;
                return `${Math.round(r.width)}×${Math.round(r.height)}, icon inside: ${iconInside}`;
              }),
            );
          expect(shapes, at).toEqual(["44×44, icon inside: true", "44×44, icon inside: true"]);
          const reset = stage.locator(".map-reset");
          const named = (await reset.textContent())?.trim() ?? "";
          expect(named.length, at).toBeGreaterThan(1);
          await expect(reset, at).toHaveAccessibleName(named);
        }
      }
    });
  }

  test.describe("on the SVG map", () => {
    // Not about the map (why: `webgl` in e2e/fixtures.ts).
    test.use({ webgl: false });

    // In the 251 px sheet they lay 500-900 px down, scrolled to after every step; and ▶ and ❚❚
    // made the play button 44 and 51 px wide, so Next moved under the finger as it played.
    test("Previous and Next stay at the open sheet's foot, and story mode's Next keeps its place as it plays", async ({
      page,
    }) => {
      await open(page, "?story=article&event=nagato-summit");
      const sheet = page.locator("#details-region");
      const next = details(page).getByRole("button", { name: /^Next/ });
      const inSheet = async () => {
        const [a, b] = [await boxOf(sheet), await boxOf(next)];
        return b.y >= a.y && b.y + b.height <= a.y + a.height + 0.5;
      };
      expect(await inSheet()).toBe(true);
      await next.tap();
      await expect.poll(inSheet).toBe(true);
      const step = page.getByRole("button", { name: "Next step" });
      const before = await boxOf(step);
      await page.getByRole("button", { name: "Play" }).tap();
      await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
      expect((await boxOf(step)).x).toBe(before.x);
      await page.getByRole("button", { name: "Pause" }).tap();
    });

    test("in Russian, the longest labels, the timeline's controls lie whole on the screen, and story mode leaves the lanes rows to read", async ({
      page,
    }, testInfo) => {
      await open(page, "?lang=ru");
      await expectNoHorizontalOverflow(page);
      await expectToolbarInColumn(page);

      // Story mode selects its first step and opens the sheet: the toolbars and the sheet share the
      // height with the lanes. Russian's toolbars took two rows and three (the timeline's, the
      // story's at 360 px), which left the lanes 16 px at 360×740, the axis and the strip scrolled away.
      await page.getByRole("button", { name: "Режим рассказа" }).tap();
      await expect(page.locator(".region-details")).toHaveAttribute("data-sheet", "open");
      for (const size of [{ width: 360, height: 740 }, { width: 412, height: 823 }, PHONE]) {
        await page.setViewportSize(size);
        const where = `${size.width}×${size.height}`;
        // Three rows of 14 px: the selected event's and one each side.
        await expect
          .poll(async () => (await lanesShown(page)).height, {
            message: `the lanes' visible height at ${where}`,
          })
          .toBeGreaterThanOrEqual(42);
        const lanes = await lanesShown(page);
        expect(lanes.strip, `the strip at ${where}`).toBe(true);
        expect(lanes.axis, `the axis at ${where}`).toBe(true);
        const toolbar = await page.locator(".tl-toolbar").boundingBox();
        expect(
          toolbar?.height,
          `the timeline's toolbar is one row at ${where}`,
        ).toBeLessThanOrEqual(50);
        await expectToolbarInColumn(page);
        await expect(timelineEvent(page, /^Лавров прилетает в Токио/)).toHaveAttribute(
          "aria-pressed",
          "true",
        );
      }
      await keepScreenshot(page, testInfo, "phone-390x844-ru-story");
    });

    test("touch targets are at least 44 px: at rest, menu open, sheet open, event selected", async ({
      page,
    }) => {
      await open(page);
      expect(await smallTargets(controlScopes(page))).toEqual([]);
      await page.getByRole("button", { name: "Island names, language and dataset" }).tap();
      expect(await smallTargets(controlScopes(page))).toEqual([]);
      await page.getByRole("button", { name: "Island names, language and dataset" }).tap();
      await details(page)
        .getByRole("button", { name: /^About and all/ })
        .tap();
      await expect(details(page)).toHaveAttribute("data-sheet", "open");
      expect(await smallTargets(controlScopes(page))).toEqual([]);
      await details(page)
        .getByRole("button", { name: /Lavrov lands in Tokyo/ })
        .tap();
      await expect(page.locator("#details-title")).toHaveText("Lavrov lands in Tokyo");
      expect(await smallTargets(controlScopes(page))).toEqual([]);
      // Timeline marks are drawn small; their hit area (::after) is the target.
      const hit = await timelineEvent(page, /^Nerve-agent attack/).evaluate((element) => {
        const after = getComputedStyle(element, "::after");
        return { width: Number.parseFloat(after.width), height: Number.parseFloat(after.height) };
      });
      expect(hit.width).toBeGreaterThanOrEqual(44);
      expect(hit.height).toBeGreaterThanOrEqual(44);
    });

    test("a tap on the timeline opens the sheet; the close button folds it again", async ({
      page,
    }, testInfo) => {
      await open(page);
      const mark = timelineEvent(page, /^Nerve-agent attack/);
      await mark.tap();
      await expect(mark).toHaveAttribute("aria-pressed", "true");
      await expect(details(page)).toHaveAttribute("data-sheet", "open");
      const title = page.locator("#details-title");
      await expect(title).toContainText("Nerve-agent attack");
      await expect(page).toHaveURL(/[?&]event=skripal-nerve-agent-attack/);
      const close = details(page).getByRole("button", { name: "Close event details" });
      await expectInViewport(page, [title, close]);
      await expectNoHorizontalOverflow(page);
      await keepScreenshot(page, testInfo, "phone-390x844-selected");

      await close.tap();
      await expect(details(page)).toHaveAttribute("data-sheet", "closed");
      await expect(page).not.toHaveURL(/event=/);
      await expect(mark).toHaveAttribute("aria-pressed", "false");

      // Opened from its toggle, an event chosen in the list, then closed: back to the folded sheet.
      await details(page)
        .getByRole("button", { name: /^About and all/ })
        .tap();
      await expect(details(page)).toHaveAttribute("data-sheet", "open");
      await keepScreenshot(page, testInfo, "phone-390x844-sheet-open");
      await details(page)
        .getByRole("button", { name: /Abe hosts Putin/ })
        .tap();
      await expect(title).toContainText("Abe hosts Putin");
      await details(page).getByRole("button", { name: "Close event details" }).tap();
      await expect(details(page)).toHaveAttribute("data-sheet", "closed");
      await expect(details(page).getByRole("button", { name: /^About and all/ })).toBeInViewport();
      await keepScreenshot(page, testInfo, "phone-390x844-closed-again");
    });
  });

  // One MapLibre page load for both: the drag needs the map and the timeline at rest, and the
  // naming chosen at the end of the first step moves neither.
  test("fits the screen: compact header, map on top, timeline below, folded sheet; a one-finger drag pans the timeline and the map", async ({
    page,
  }, testInfo) => {
    // Its former tests' time together: the suite's minute was each one's allowance.
    test.setTimeout(120_000);
    await open(page);
    await test.step("fits the screen: compact header, map on top, timeline below, folded sheet", async () => {
      await keepScreenshot(page, testInfo, "phone-390x844-rest");
      await expectNoHorizontalOverflow(page);
      await expectMapAboveTimeline(page);

      // Header and toolbar are one row each, not a quarter of the screen.
      const toolbar = await page.locator(".toolbar").boundingBox();
      expect(toolbar && toolbar.y + toolbar.height).toBeLessThanOrEqual(120);

      const menu = page.getByRole("button", { name: "Island names, language and dataset" });
      await expectInViewport(page, [
        page.getByRole("heading", { level: 1 }),
        menu,
        page.getByRole("combobox", { name: "Search events and places" }),
        page.getByRole("button", { name: /^Filters/ }),
        page.getByRole("button", { name: "Story mode" }),
        page.locator(".map-places > summary"),
        page.getByRole("button", { name: "Zoom in" }),
        page.getByRole("button", { name: "Reset" }),
        details(page).getByRole("button", { name: /^About and all \d+ events$/ }),
      ]);

      // The map's legend and its attribution share the map's foot; neither covers the other.
      const legend = await page.locator(".map-legend").boundingBox();
      const attribution = await page.locator(".maplibregl-ctrl-attrib").boundingBox();
      if (!legend || !attribution) throw new Error("no legend or attribution");
      expect(overlap(legend, attribution), JSON.stringify({ legend, attribution })).toBe(false);

      // The folded sheet, one row between the map and the timeline, leaves the whole timeline, its
      // overview strip included, in view.
      await expect(details(page)).toHaveAttribute("data-sheet", "closed");
      const sheet = await details(page).boundingBox();
      const timeline = await page.getByRole("region", { name: "Timeline" }).boundingBox();
      const overview = await page.locator(".tl-overview").boundingBox();
      if (!sheet || !timeline || !overview) throw new Error("no sheet, timeline or overview");
      expect(sheet.height).toBeLessThanOrEqual(72);
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(timeline.y + 1);
      expect(overview.y + overview.height).toBeLessThanOrEqual(PHONE.height + 1);

      // The naming switch and Open dataset live in a menu.
      await menu.tap();
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      const russian = page.getByRole("radio", { name: "Russian names" });
      await expectInViewport(page, [
        page.getByRole("radio", { name: "Both names" }),
        russian,
        page.getByRole("button", { name: "Open dataset…" }),
      ]);
      await keepScreenshot(page, testInfo, "phone-390x844-menu");
      await page.locator("label", { has: russian }).tap();
      await expect(russian).toBeChecked();
      await expect(page).toHaveURL(/[?&]names=ru/);
      // A tap elsewhere folds the menu.
      await page.getByRole("heading", { level: 1 }).tap();
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(russian).toBeHidden();
    });
    await test.step("a one-finger drag pans the timeline and the map", async () => {
      const client = await page.context().newCDPSession(page);

      const surface = await page.getByTestId("timeline-zoom").boundingBox();
      if (!surface) throw new Error("no timeline surface");
      const windowOf = () => page.evaluate(() => window.__app?.store.getState().timeWindow ?? null);
      const before = await windowOf();
      await touchDrag(
        client,
        surface.x + surface.width * 0.7,
        surface.x + surface.width * 0.25,
        surface.y + surface.height * 0.4,
      );
      await expect
        .poll(async () => (await windowOf())?.start ?? 0)
        .toBeGreaterThan(before?.start ?? 0);

      const canvas = await page.locator(".maplibregl-canvas").boundingBox();
      if (!canvas) throw new Error("no map canvas");
      const centre = () =>
        page.evaluate(() => {
          const map = window.__app?.map;
          return map ? map.getCenter().toArray() : null;
        });
      const start = await centre();
      // Below the overlays (places, reset), above the legend.
      const y = canvas.y + canvas.height * 0.55;
      await touchDrag(client, canvas.x + canvas.width * 0.75, canvas.x + canvas.width * 0.25, y);
      await expect
        .poll(async () => {
          const now = await centre();
          return now && start ? now[0] - start[0] : 0;
        })
        .toBeGreaterThan(0.5);
    });
  });
});

// iPhone SE, 8 and mini: at 375 px the sticky foot began only at 380 px, so after a tap the three
// buttons lay 1027 px down in a sheet shown from y 188 to 357 (review 36 R3).
test.describe("phone, 375×667", () => {
  // The details and the filters, not the map (why: `webgl` in e2e/fixtures.ts).
  test.use({ viewport: { width: 375, height: 667 }, ...TOUCH, webgl: false });

  test("after a tap on the timeline, Previous, Share and Next lie on one row at the open sheet's foot", async ({
    page,
  }) => {
    await open(page);
    const mark = timelineEvent(page, /^Japan decides to buy two Aegis/);
    await mark.tap();
    await expect(details(page)).toHaveAttribute("data-sheet", "open");
    await expect(page.locator("#details-title")).toContainText("Aegis Ashore");
    const sheet = await boxOf(page.locator("#details-region"));
    const nav = details(page).getByRole("navigation");
    const buttons = [/Previous/, /^Share/, /^Next/].map((name) =>
      nav.getByRole("button", { name }),
    );
    const boxes = await Promise.all(buttons.map(boxOf));
    for (const [i, box] of boxes.entries()) {
      const where = `${i}: ${JSON.stringify({ box, sheet })}`;
      expect(box.y, where).toBeGreaterThanOrEqual(sheet.y);
      expect(box.y + box.height, where).toBeLessThanOrEqual(sheet.y + sheet.height + 0.5);
      expect(Math.abs(box.y - (boxes[0]?.y ?? 0)), `one row: ${where}`).toBeLessThan(1);
    }
    await expectInViewport(page, buttons);
  });

  // The panel's count and Done lay at the end of its scrolling list, cut in half by its edge, over
  // the timeline (review 36 R10).
  test("the Filters panel's count and Done lie whole inside the panel, and Done takes a tap", async ({
    page,
  }) => {
    await open(page);
    const toggle = page.getByRole("button", { name: /^Filters/ });
    await toggle.tap();
    const russia = page.getByRole("checkbox", { name: /^Russia/ });
    await page.locator("label", { has: russia }).tap();
    await expect(russia).toBeChecked();
    const panel = await boxOf(page.locator(".filters-panel"));
    const footer = page.locator(".filters-footer");
    const done = footer.getByRole("button", { name: "Done" });
    for (const part of [footer.locator(".filters-showing"), done]) {
      const box = await boxOf(part);
      const where = JSON.stringify({ box, panel });
      expect(box.y, where).toBeGreaterThanOrEqual(panel.y);
      expect(box.y + box.height, where).toBeLessThanOrEqual(panel.y + panel.height + 0.5);
    }
    await expectInViewport(page, [done]);
    await done.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
  });
});

test.describe("phone, 360×740", () => {
  // The header's menu, not the map (why: `webgl` in e2e/fixtures.ts).
  test.use({ viewport: { width: 360, height: 740 }, ...TOUCH, webgl: false });

  test("the header menu's buttons are one width, and the Download and Save choices push the buttons below them down, covering none", async ({
    page,
  }, testInfo) => {
    await page.goto("/");
    await waitForApp(page);
    await page.getByRole("button", { name: "Island names, language and dataset" }).tap();
    const tools = page.locator(".header-tools");
    const button = (name: string) => tools.getByRole("button", { name, exact: true });
    const names = ["Open dataset…", "Edit", "Download", "Save", "Embed"];
    const widths = await Promise.all(names.map(async (name) => (await boxOf(button(name))).width));
    expect(widths, names.join(", ")).toEqual(names.map(() => widths[0]));

    /** What a tap at the control's centre reaches, once it is scrolled into view. */
    const reached = async (control: Locator) => {
      await control.scrollIntoViewIfNeeded();
      return control.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return top === element || element.contains(top) ? "itself" : (top?.textContent ?? "");
      });
    };
    for (const [menu, choices, below] of [
      ["Download", [/^JSON/, /^CSV/, /^GeoJSON/], ["Save", "Embed"]],
      ["Save", [/^Offline copy/, /^Print/, /^Download image/], ["Embed"]],
    ] as const) {
      await button(menu).tap();
      await expect(button(menu)).toHaveAttribute("aria-expanded", "true");
      await keepScreenshot(page, testInfo, `phone-360x740-menu-${menu.toLowerCase()}`);
      for (const choice of choices)
        expect(await reached(tools.getByRole("button", { name: choice })), String(choice)).toBe(
          "itself",
        );
      for (const name of below) expect(await reached(button(name)), name).toBe("itself");
      await button(menu).tap();
      await expect(button(menu)).toHaveAttribute("aria-expanded", "false");
    }
  });
});

test.describe("phone held sideways, 844×390", () => {
  // The timeline's column, not the map (why: `webgl` in e2e/fixtures.ts).
  test.use({ viewport: { width: 844, height: 390 }, ...TOUCH, webgl: false });

  // The timeline is the middle of three columns there, about 300 px wide.
  for (const query of ["", "?lang=ru"]) {
    test(`the timeline's controls lie whole in its column${query && ` (${query})`}`, async ({
      page,
    }, testInfo) => {
      await open(page, query);
      await keepScreenshot(page, testInfo, `phone-844x390${query ? "-ru" : ""}`);
      await expectNoHorizontalOverflow(page);
      await expectToolbarInColumn(page);
    });
  }

  // A filter's sentence beside Filters pushed Story mode onto a second row (45 px of 390), and
  // the timeline's "nothing matches" box lay over the lane names in its gutter, its last two
  // characters alone on a line ("…ありませ / ん。").
  test.describe("with a filter that leaves nothing", () => {
    test.use({ webgl: false });
    test("one toolbar row, and the empty timeline's words over the lanes, not their names", async ({
      page,
    }) => {
      await page.goto("/?lang=ja&actors=United+Kingdom&q=長門&only=1");
      await waitForApp(page);
      const search = await boxOf(page.getByRole("combobox").first());
      const story = await boxOf(page.getByRole("button", { name: "ストーリーモード" }));
      expect(Math.abs(story.y - search.y), "Story mode beside the search").toBeLessThan(4);
      await expect(
        page.getByTestId("filter-summary").getByRole("button", { name: "絞り込みを解除" }),
      ).toBeVisible();
      const empty = page.getByTestId("timeline-empty");
      await expect(empty).toBeVisible();
      const words = empty.locator("p").first();
      const names = await page.locator(".tl-gutter-name").all();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names)
        expect(overlap(await boxOf(words), await boxOf(name)), `${await name.textContent()}`).toBe(
          false,
        );
      // Balanced lines: none of a few characters under a long one.
      const lines = await words.evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        return [...range.getClientRects()].map((rect) => rect.width);
      });
      expect(Math.min(...lines) / Math.max(...lines), JSON.stringify(lines)).toBeGreaterThan(0.5);
    });
  });
});

// An embed 740–1050 px wide gives the details a column of 200–250 px: Share, squeezed between
// Previous and Next, read one letter a line, and Next ran past the frame's edge.
test.describe("an embed's details column", () => {
  test.use({ webgl: false });
  test("keeps Previous, Share and Next whole and inside, in English and Russian", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 900, height: 560 });
    await page.goto("/?embed=1&event=nagato-summit");
    await waitForApp(page);
    for (const [lang, width, height] of [
      ["en", 900, 560],
      ["en", 768, 420],
      ["ru", 1000, 560],
      ["ru", 1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      if (lang === "ru") {
        await page.evaluate(() => window.__app?.store.getState().setLang("ru"));
        await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      }
      const buttons = await page.locator(".details-nav button").evaluateAll((elements) =>
        elements.map((button) => {
          const range = document.createRange();
          range.selectNodeContents(button);
          const box = button.getBoundingClientRect();
          return {
            text: button.textContent,
            lines: range.getClientRects().length,
            inside: box.left >= 0 && box.right <= window.innerWidth,
          };
        }),
      );
      expect(buttons, `${lang} ${width}×${height}`).toHaveLength(3);
      for (const button of buttons)
        expect(button, `${lang} ${width}×${height}`).toMatchObject({ lines: 1, inside: true });
    }
  });
});

// An embed in a 760 px article column had the map, the timeline and the details side by side:
// the timeline's plot got about 170 px and nearly every label was cut.
test.describe("an embed in an article's column", () => {
  test.use({ webgl: false });
  test("gives the timeline the frame's width, under the map and the details", async ({ page }) => {
    for (const [width, height] of [
      [760, 560],
      [760, 720],
      [1000, 420],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto("/?embed=1&event=nagato-summit");
      await waitForApp(page);
      const box = async (name: string) =>
        (await page
          .getByRole(name === "Details" ? "complementary" : "region", {
            name,
            exact: true,
          })
          .boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
      const [map, timeline, details] = [
        await box("Map"),
        await box("Timeline"),
        await box("Details"),
      ];
      const size = `${width}×${height}`;
      expect(timeline.width, size).toBeGreaterThan(width - 20);
      expect(timeline.y, size).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(details.x, size).toBeGreaterThanOrEqual(map.x + map.width - 1);
      // The lanes hold their labels: most drawn events are labelled.
      const labelled = await page.locator(".tl-label").count();
      const marks = await page.getByTestId("timeline-events").getByRole("button").count();
      expect(labelled, `${size}: ${labelled} labels for ${marks} marks`).toBeGreaterThan(marks / 2);
    }
  });
});

// Story mode in the Medium snippet (560 px) in an 800 px article column: the details had 197×320
// px, half the step's title, Previous and Next over Share, and none of its date or text (review 36 R2).
test.describe("an embed in an article's column, in story mode", () => {
  test.use({ webgl: false });
  test("shows the step's title, date and text, and Previous, Share and Next on one row", async ({
    page,
  }) => {
    for (const [width, height] of [
      [798, 558],
      [760, 560],
    ] as const) {
      const size = `${width}×${height}`;
      await page.setViewportSize({ width, height });
      await page.goto("/?embed=1&event=nagato-summit");
      await waitForApp(page);
      await page.getByRole("button", { name: /^Story mode/ }).click();
      await page.getByRole("button", { name: "Next step" }).click();
      await expect(page.getByTestId("story-progress")).toHaveText(/^Step \d+ of \d+$/);
      await expect(details(page)).toContainText(/\w/);
      expect(await hiddenEventText(page), size).toEqual([]);
      const buttons = await page.locator(".details-nav button").all();
      expect(buttons, size).toHaveLength(3);
      const tops = await Promise.all(buttons.map(async (button) => (await boxOf(button)).y));
      expect(Math.max(...tops) - Math.min(...tops), `${size}: ${tops}`).toBeLessThan(1);
      await expectInViewport(page, buttons);
    }
  });
});

test.describe("tablet, 768×1024", () => {
  test.use({ viewport: TABLET, ...TOUCH });

  test("fits the screen with 44 px targets; a tap selects and the details follow", async ({
    page,
  }, testInfo) => {
    await open(page);
    await keepScreenshot(page, testInfo, "tablet-768x1024-rest");
    await expectNoHorizontalOverflow(page);
    await expectMapAboveTimeline(page);
    await expectInViewport(page, [
      page.getByRole("heading", { level: 1 }),
      page.getByRole("button", { name: "Island names, language and dataset" }),
      page.getByRole("combobox", { name: "Search events and places" }),
      page.getByRole("button", { name: /^Filters/ }),
      page.getByRole("button", { name: "Story mode" }),
      page.getByRole("button", { name: "Reset" }),
      page.locator("#details-title"),
    ]);
    expect(await smallTargets(controlScopes(page))).toEqual([]);

    const mark = timelineEvent(page, /^Nerve-agent attack/);
    await mark.tap();
    await expect(mark).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("#details-title")).toContainText("Nerve-agent attack");
    await expectNoHorizontalOverflow(page);
    expect(await smallTargets(controlScopes(page))).toEqual([]);
    await keepScreenshot(page, testInfo, "tablet-768x1024-selected");

    await page.getByRole("button", { name: "Island names, language and dataset" }).tap();
    await expectInViewport(page, [page.getByRole("button", { name: "Open dataset…" })]);
    expect(await smallTargets(controlScopes(page))).toEqual([]);
    await keepScreenshot(page, testInfo, "tablet-768x1024-menu");
  });
});

test.describe("laptop, 1280×800", () => {
  test("everything in one screen, inline header tools", async ({ page }, testInfo) => {
    await open(page);
    await expectNoHorizontalOverflow(page);
    await expectMapAboveTimeline(page);
    await expect(
      page.getByRole("button", { name: "Island names, language and dataset" }),
    ).toBeHidden();
    await expectInViewport(page, [
      page.getByRole("radio", { name: "Russian names" }),
      page.getByRole("button", { name: "Open dataset…" }),
      page.getByRole("combobox", { name: "Search events and places" }),
      page.locator("#details-title"),
    ]);
    await keepScreenshot(page, testInfo, "laptop-1280x800-rest");
    await timelineEvent(page, /^Japan marks Northern Territories Day/).click();
    await expect(page.locator("#details-title")).toHaveText("Japan marks Northern Territories Day");
    await keepScreenshot(page, testInfo, "laptop-1280x800-selected");
    await open(page, "?place=iturup");
    await expect(page.locator("#details-title")).toContainText("Iturup");
    await keepScreenshot(page, testInfo, "laptop-1280x800-place");
  });
});

test.describe("a link's notices", () => {
  // The notices, not the map: four page loads on the SVG map (why: `webgl` in e2e/fixtures.ts).
  test.use({ ...TOUCH, webgl: false });

  // A value that cannot be read (a status), an unknown event and an unknown place (alerts): at
  // 320×568 they wrapped to six lines, 180 px of the screen above the map.
  const LINK = "/?event=nope&place=nowhere&lang=xx";
  const NOTICES = [
    `Ignored the link's lang: use one of "en", "ja", "ru" and "zh".`,
    "No event 'nope' in this dataset.",
    "No place 'nowhere' in this dataset.",
  ] as const;

  test("on a phone, upright or held sideways, they share one line, whose words open whole; on a laptop each reads whole", async ({
    page,
  }, testInfo) => {
    for (const [width, height] of [
      [320, 568],
      [360, 740],
      // Sideways (the side-by-side layout): the width of a laptop, not its height. Before, the
      // fold followed the width alone and the three took a line each.
      [844, 390],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(LINK);
      await waitForApp(page);
      const region = page.getByRole("region", { name: "Notices" });
      // Every one in the page, so every one is announced, though one is shown.
      for (const text of NOTICES)
        await expect(region.getByText(text, { exact: true })).toBeAttached();
      const line = await page.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.body).lineHeight),
      );
      // Two lines, or the one row of 44 px touch targets (and its border) where two lines are
      // less: 2 × 21.75 px of 15 px text beside the sideways layout, whose row is 45 px.
      const twoLines = async () =>
        expect(
          (await boxOf(region)).height,
          `notices at ${width} px: two lines at most`,
        ).toBeLessThanOrEqual(Math.max(2 * line, 44 + 1));
      await twoLines();
      await keepScreenshot(page, testInfo, `notices-${width}x${height}`);

      // Step to the link's lang notice, whose words are cut and open whole. Its place among the
      // three depends on when the dataset's two came (a notice said again moves to the end, as
      // the newest), so it is stepped to, not counted to: two steps read it in 1 run of 3.
      const langShown = region.getByRole("button", { name: `Dismiss: ${NOTICES[0]}`, exact: true });
      await expect(async () => {
        if ((await langShown.count()) === 0)
          await region.getByRole("button", { name: /^Notice \d of 3: show the next$/ }).tap();
        await expect(langShown).toBeVisible({ timeout: 500 });
      }).toPass();
      if (width > 720) {
        // Sideways its words fit the line: whole, with nothing to open.
        const whole = region.getByText(NOTICES[0], { exact: true });
        await expect(whole).toBeInViewport({ ratio: 1 });
        expect(await whole.evaluate((span) => span.scrollWidth <= span.clientWidth + 1)).toBe(true);
        await expect(region.getByRole("button", { name: NOTICES[0], exact: true })).toHaveCount(0);
        continue;
      }
      const words = region.getByRole("button", { name: NOTICES[0], exact: true });
      await expect(words).toHaveAttribute("aria-expanded", "false");
      await words.tap();
      await expect(words).toHaveAttribute("aria-expanded", "true");
      expect(
        await words
          .locator(".notice-words")
          .evaluate((span) => span.scrollWidth <= span.clientWidth + 1),
        "the whole text shows",
      ).toBe(true);
      await expect(words).toBeInViewport({ ratio: 1 });
      await keepScreenshot(page, testInfo, `notices-${width}x${height}-open`);
      await words.tap();
      await expect(words).toHaveAttribute("aria-expanded", "false");
      await twoLines();
    }

    // A laptop's width has room: each notice on its own line, whole, with nothing to open or step.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(LINK);
    await waitForApp(page);
    const region = page.getByRole("region", { name: "Notices" });
    for (const text of NOTICES) {
      const words = region.getByText(text, { exact: true });
      await expect(words).toBeVisible();
      expect(await words.evaluate((span) => span.scrollWidth <= span.clientWidth + 1), text).toBe(
        true,
      );
    }
    await expect(region.getByRole("button")).toHaveCount(3);
    for (const button of await region.getByRole("button").all())
      await expect(button).toHaveAccessibleName(/^Dismiss/);
  });
});
