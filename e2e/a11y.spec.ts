/**
 * axe-core (WCAG 2.1 A and AA, WCAG 2.2 AA's target size, plus best practices) over the whole page of
 * the production build, in every state a reader meets: at rest, with an
 * event selected, with a place selected, on a phone (sheet closed and open),
 * and in the dark theme. Any violation fails the test and is printed one per
 * line with its elements, so the failure says what to fix.
 *
 * Nothing is excluded: MapLibre's canvas and its own controls (attribution)
 * are in the scan like everything else. axe cannot see pixels, so the last
 * test measures what it leaves "incomplete": the timeline's marks (3:1 for
 * graphics, dimmed or not) and its SVG and overlaid text (4.5:1).
 */
import type { Page, TestInfo } from "@playwright/test";
import { axe, expect, isTimelineMark, serveAt, test, waitForApp, waitForMap } from "./fixtures";

// wcag22aa adds target-size (24 × 24 px or room around), which Lighthouse's accessibility score counts.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Every violation as readable lines: rule, impact, help, then each element with axe's summary. */
async function violations(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  const result = await axe(page).withTags(TAGS).analyze();
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(result.violations, null, 2),
    contentType: "application/json",
  });
  return result.violations.flatMap((violation) => {
    const nodes = violation.nodes.filter(
      (node) => !(violation.id === "target-size" && node.target.some(isTimelineMark)),
    );
    if (nodes.length === 0) return [];
    return [
      `${violation.id} (${violation.impact}): ${violation.help}`,
      ...nodes.map(
        (node) =>
          `    ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ")}`,
      ),
    ];
  });
}

async function expectNoViolations(page: Page, testInfo: TestInfo, name: string) {
  const found = await violations(page, testInfo, name);
  expect(found, `axe violations (${name}):\n${found.join("\n")}`).toEqual([]);
}

async function open(page: Page, query = "") {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await waitForMap(page);
  await expect(page.getByTestId("timeline-events").getByRole("button").first()).toBeVisible();
}

function timelineEvent(page: Page, name: RegExp) {
  return page.getByTestId("timeline-events").getByRole("button", { name });
}

async function selectAnEvent(page: Page) {
  await timelineEvent(page, /^Putin calls his victory/).click();
  await expect(page.locator("#details-title")).toContainText("Putin calls his victory");
}

async function selectIturup(page: Page) {
  const details = page.getByRole("complementary", { name: "Details" });
  await details
    .getByRole("list", { name: "Places" })
    .getByRole("button", { name: /Iturup/ })
    .click();
  await expect(page.locator("#details-title")).toContainText(/Iturup|Etorofu/);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme, 1280×800`, () => {
    test.use({ colorScheme: scheme });

    // One page, four states: a page load costs more than an axe pass on this machine.
    test("at rest, with an event selected, then a place, then filters that leave no event", async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      await open(page);
      await expectNoViolations(page, testInfo, `${scheme}-rest`);
      await selectAnEvent(page);
      await expectNoViolations(page, testInfo, `${scheme}-event`);
      await timelineEvent(page, /^Russia to share the civilian airport/).click();
      await selectIturup(page);
      await expectNoViolations(page, testInfo, `${scheme}-place`);
      // The one Soviet Union event is not about the economy: the timeline says why it is empty.
      await page.evaluate(() => {
        const state = window.__app?.store.getState();
        state?.setActors(["Soviet Union"]);
        state?.setTags(["economy"]);
      });
      await expect(page.getByTestId("timeline-empty")).toBeVisible();
      await expectNoViolations(page, testInfo, `${scheme}-no-match`);
    });
  });

  test.describe(`${scheme} theme, phone 390×844`, () => {
    test.use({
      colorScheme: scheme,
      // MapLibre's canvas and controls are scanned in both themes at 1280×800 and in the light
      // theme here; the dark phone scans the SVG map that stands in without WebGL (its own code).
      webgl: scheme === "light",
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });

    // One page load for both (a MapLibre one in the light theme): the first step puts the menu
    // and the sheet back as they were.
    test("at rest, with the menu open, and with the sheet open; with an event selected, then a place", async ({
      page,
    }, testInfo) => {
      // Five scans, as the 1280×800 test's four have this allowance.
      test.setTimeout(120_000);
      await open(page);
      await test.step("at rest, with the menu open, and with the sheet open", async () => {
        await expectNoViolations(page, testInfo, `${scheme}-phone-rest`);
        const menu = page.getByRole("button", { name: "Island names, language and dataset" });
        await menu.tap();
        await expect(page.getByRole("radio", { name: "Russian names" })).toBeVisible();
        await expectNoViolations(page, testInfo, `${scheme}-phone-menu`);
        await menu.tap();
        const details = page.getByRole("complementary", { name: "Details" });
        await details.getByRole("button", { name: /^About and all \d+ events$/ }).tap();
        await expect(details).toHaveAttribute("data-sheet", "open");
        await expectNoViolations(page, testInfo, `${scheme}-phone-sheet`);
        // Folded again by its toggle, as the page opened, for the next step.
        await details.getByRole("button", { name: "Hide the event list" }).tap();
        await expect(details).toHaveAttribute("data-sheet", "closed");
      });
      await test.step("with an event selected, then a place", async () => {
        await timelineEvent(page, /^Nerve-agent attack/).tap();
        await expect(page.locator("#details-title")).toContainText("Nerve-agent attack");
        await expectNoViolations(page, testInfo, `${scheme}-phone-event`);
        await page
          .getByRole("complementary", { name: "Details" })
          .getByRole("list", { name: "Places" })
          .getByRole("button", { name: "Salisbury" })
          .tap();
        await expect(page.locator("#details-title")).toHaveText("Salisbury");
        await expectNoViolations(page, testInfo, `${scheme}-phone-place`);
      });
    });
  });

  test.describe(`${scheme} theme, tablet 768×1024`, () => {
    test.use({
      colorScheme: scheme,
      // The tablet's own layout, not the map's: on the SVG map, which costs a fifth of MapLibre's
      // software-WebGL start here (`webgl` in e2e/fixtures.ts).
      webgl: false,
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      isMobile: true,
    });

    test("at rest and with an event selected", async ({ page }, testInfo) => {
      await open(page);
      await expectNoViolations(page, testInfo, `${scheme}-tablet-rest`);
      await timelineEvent(page, /^Nerve-agent attack/).tap();
      await expect(page.locator("#details-title")).toContainText("Nerve-agent attack");
      await expectNoViolations(page, testInfo, `${scheme}-tablet-event`);
    });
  });
}

/** One mark, label or axis label colour that failed its contrast, in words. */
interface Low {
  what: string;
  ratio: number;
  needed: number;
}

/**
 * Contrast of the timeline's marks and text against the timeline's surface,
 * computed from the rendered colours and opacities (the element's, and the
 * mark shape's own). A dimmed mark still needs 3:1; text needs 4.5:1.
 */
async function timelineContrast(page: Page): Promise<{ checked: number; low: Low[] }> {
  return page.getByTestId("timeline-zoom").evaluate((surface) => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const rgb = (colour: string): number[] => {
      probe.style.color = "";
      probe.style.color = colour;
      const parts = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const over = (top: number[], alpha: number, bottom: number[]) =>
      top.slice(0, 3).map((v, i) => v * alpha + (bottom[i] ?? 0) * (1 - alpha));
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const timeline = surface.closest(".tl") ?? surface;
    const background = rgb(getComputedStyle(timeline).backgroundColor);
    /** Opacity of an element times its ancestors' up to the timeline. */
    const opacityOf = (element: Element | null) => {
      let alpha = 1;
      for (let e = element; e && e !== timeline; e = e.parentElement) {
        alpha *= Number(getComputedStyle(e).opacity);
      }
      return alpha;
    };
    const low: Low[] = [];
    let checked = 0;
    for (const mark of surface.querySelectorAll<HTMLElement>(".tl-mark")) {
      const colour = rgb(getComputedStyle(mark).getPropertyValue("--mark-colour").trim());
      const shape = Number(getComputedStyle(mark, "::before").opacity);
      const value = ratio(
        over(colour, opacityOf(mark) * shape * (colour[3] ?? 1), background),
        background,
      );
      checked++;
      if (value < 3)
        low.push({
          what: `mark ${mark.getAttribute("aria-label")} ${mark.className}`,
          ratio: value,
          needed: 3,
        });
    }
    const texts: [Element, string][] = [
      ...Array.from(
        surface.querySelectorAll(".tl-label:not(.is-on-bar), .tl-lane-label, .tl-strip > *"),
        (e): [Element, string] => [e, getComputedStyle(e).color],
      ),
    ];
    // A label inside a solid bar is read against the bar's colour, as drawn: a dimmed bar's is
    // its colour at the mark's opacity over the surface.
    for (const label of surface.querySelectorAll<HTMLElement>(".tl-label.is-on-bar")) {
      const mark = surface.querySelector<HTMLElement>(
        `.tl-mark[data-position="${label.dataset.position}"]`,
      );
      const colour = mark
        ? rgb(getComputedStyle(mark).getPropertyValue("--mark-colour").trim())
        : [];
      const bar = over(colour, opacityOf(mark) * (colour[3] ?? 1), background);
      const value = ratio(rgb(getComputedStyle(label).color), bar);
      checked++;
      if (value < 4.5)
        low.push({ what: `text "${label.textContent}" on its bar`, ratio: value, needed: 4.5 });
    }
    // The axis is drawn on canvas: check the colours its labels are drawn with.
    const canvas = surface.querySelector<HTMLCanvasElement>('[data-testid="timeline-canvas"]');
    const axis = [canvas?.dataset.tickLabelColour, canvas?.dataset.majorTickLabelColour];
    if (!canvas || axis.some((colour) => !colour)) {
      low.push({ what: "axis label colours not found on the canvas", ratio: 0, needed: 4.5 });
    }
    for (const colour of axis) if (canvas && colour) texts.push([canvas, colour]);
    for (const [element, colour] of texts) {
      const value = ratio(over(rgb(colour), opacityOf(element), background), background);
      checked++;
      if (value < 4.5)
        low.push({
          what: `text "${element.textContent}" ${element.getAttribute("class")} in ${colour}`,
          ratio: value,
          needed: 4.5,
        });
    }
    probe.remove();
    return { checked, low };
  });
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme, a link's notices`, () => {
    // The notices, not the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
    test.use({ colorScheme: scheme, webgl: false });

    // A bad date is a status, an unknown event an alert: one notice, then both at once, in the app
    // (on a laptop, and on the narrowest phone, where they share one line as in an embed) and in
    // the smallest embed (320 × 400).
    test("one and two notices, in the app and in an embed", async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      for (const [where, width, height] of [
        ["app", 1280, 800],
        ["phone", 320, 568],
        ["embed", 320, 400],
      ] as const) {
        await page.setViewportSize({ width, height });
        for (const query of ["from=2018-13-01", "from=2018-13-01&event=nope"]) {
          await page.goto(`/?${where === "embed" ? "embed=1&" : ""}${query}`);
          await waitForApp(page);
          await expect(page.getByRole("status").filter({ hasText: "2018-13-01" })).toBeAttached();
          // An embed's header (its h1) comes with the embed's code, a moment after the view: axe
          // run before it said the page had no level-one heading (once in a whole run).
          await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
          await expectNoViolations(page, testInfo, `${scheme}-${where}-${query}`);
        }
      }
    });

    // The narrowest embed and phone with no notice. In the 320 × 400 embed (104 px of map) the
    // WebGL message's three lines left the map 25 px, and its 44 px Places button lay over the
    // timeline's legend and lane select (target-size: 17 px of them left uncovered).
    test("the narrowest embed and phone, no notice", async ({ page }, testInfo) => {
      for (const [query, width, height] of [
        ["?embed=1", 320, 400],
        ["", 320, 568],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(`/${query}`);
        await waitForApp(page);
        await expect(page.locator(".tl-legend-box > summary")).toBeVisible();
        await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
        await expectNoViolations(page, testInfo, `${scheme}-${width}x${height}${query}`);
      }
    });
  });
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme, what axe cannot measure`, () => {
    // The timeline's contrast, not the map's: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
    test.use({ colorScheme: scheme, webgl: false });

    test("timeline marks and text keep their contrast, at rest and dimmed", async ({ page }) => {
      await open(page);
      const rest = await timelineContrast(page);
      expect(rest.checked).toBeGreaterThan(20);
      expect(rest.low).toEqual([]);
      // A place in focus dims the other events: they stay legible.
      await open(page, "?place=tokyo");
      await expect(page.locator(".tl-mark.is-dimmed").first()).toBeVisible();
      // A dimmed bar's title is inside it, read against the bar as drawn.
      await expect(page.locator(".tl-label.is-on-bar.is-dimmed").first()).toBeAttached();
      const dimmed = await timelineContrast(page);
      expect(dimmed.low).toEqual([]);
    });
  });
}

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("no CSS transition or animation runs", async ({ page }) => {
    await open(page, "?event=nagato-summit");
    await page.getByRole("button", { name: /^Filters/ }).click();
    const moving = await page.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(...value.split(",").map((part) => Number.parseFloat(part) || 0));
      const found: string[] = [];
      for (const element of document.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
          const style = getComputedStyle(element, pseudo);
          const total =
            seconds(style.transitionDuration) +
            seconds(style.animationDuration) * (style.animationName === "none" ? 0 : 1);
          if (total > 0)
            found.push(`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ""}`);
        }
      }
      return found;
    });
    expect(moving).toEqual([]);
    // Nor does the map ease its paint (a theme's colours); its labels do not fade in either
    // (e2e/map.spec.ts counts the frames).
    await expect
      .poll(() => page.evaluate(() => window.__app?.map?.getStyle()?.transition ?? null))
      .toEqual({ duration: 0, delay: 0 });
  });
});

// Review 21: Windows High Contrast (forced colours) painted the marks as the background and
// dropped the selection's ring; the chosen search result and place looked like the others.
test.describe("in forced colours (Windows High Contrast)", () => {
  // The timeline's marks and the search's results, not the map: on the SVG map (why: `webgl` in
  // e2e/fixtures.ts).
  test.use({ forcedColors: "active", webgl: false });

  test("marks keep their shapes, the selected one its ring, and chosen items their highlight", async ({
    page,
  }) => {
    await open(page, "?event=nagato-summit");
    const marks = page.getByTestId("timeline-events");
    const selected = marks.locator(".tl-mark.is-selected");
    await expect(selected).toHaveCount(1);
    const look = (locator: typeof selected) =>
      locator.evaluate((mark) => {
        const before = getComputedStyle(mark, "::before");
        return {
          fill: before.backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
          outline: getComputedStyle(mark).outlineStyle,
        };
      });
    const chosen = await look(selected);
    expect(chosen.fill).not.toBe(chosen.page);
    expect(chosen.outline).toBe("solid");
    const other = await look(marks.locator(".tl-mark--point:not(.is-selected)").first());
    expect(other.fill).not.toBe(other.page);
    expect(other.fill).not.toBe(chosen.fill);

    // The search's active result is highlighted, as a pressed button is.
    await page.getByRole("combobox", { name: "Search events and places" }).fill("Lavrov");
    await page.keyboard.press("ArrowDown");
    const active = page.getByRole("option", { selected: true });
    await expect(active).toHaveCount(1);
    const fills = await active.evaluate((option) => ({
      option: getComputedStyle(option).backgroundColor,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(fills.option).not.toBe(fills.page);
  });

  // Review 33 F8: the canvas of a dense view drew the lanes' colours.
  test("a dense view's canvas draws its marks in the text colour too", async ({
    page,
    context,
  }) => {
    const day = (i: number) =>
      new Date(Date.parse("2016-01-01") + i * 86_400_000).toISOString().slice(0, 10);
    const events = ["Japan", "Russia"].flatMap((actor) =>
      Array.from({ length: 1500 }, (_, i) => ({
        id: `${actor.toLowerCase()}-${i}`,
        title: `${actor} ${i}`,
        start: day(Math.floor(i / 2)),
        actors: [actor],
        summary: "A generated event.",
      })),
    );
    await serveAt(context, "/dense.json", JSON.stringify({ meta: { title: "Dense" }, events }));
    // No places: no map to wait for.
    await page.goto("/?data=/dense.json&from=2016-01-01&to=2018-01-01");
    await waitForApp(page);
    await expect(page.getByTestId("timeline-zoom")).toHaveAttribute("data-render-mode", "canvas");
    // Its pixels, in colours: the marks', the page's and the lines' greys, nothing with a hue.
    const hues = await page.getByTestId("timeline-canvas").evaluate((canvas: HTMLCanvasElement) => {
      const { data } = (canvas.getContext("2d") as CanvasRenderingContext2D).getImageData(
        0,
        0,
        canvas.width,
        canvas.height,
      );
      let coloured = 0;
      let drawn = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0, a = 0] = data.subarray(i, i + 4);
        if (a < 200) continue;
        drawn++;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
      }
      return { drawn, coloured };
    });
    expect(hues.drawn).toBeGreaterThan(500);
    expect(hues.coloured).toBe(0);
  });
});

// The focus and the reading text, not the map: on the SVG map (why: `webgl` in e2e/fixtures.ts).
test.describe("with the SVG map", () => {
  test.use({ webgl: false });

  // Review 21: "Skip to timeline" put the focus on the timeline with nothing to show it.
  test("Skip to timeline shows where the focus went", async ({ page }) => {
    await open(page, "");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to timeline" })).toBeFocused();
    await page.keyboard.press("Enter");
    const region = page.locator("#timeline");
    await expect(region).toBeFocused();
    expect(await region.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
      "solid",
    );
  });

  // Review 21: with the reader's larger default text, the reading text stayed 15 px.
  test("the reading text follows the reader's default text size", async ({ page }) => {
    await open(page, "?event=nagato-summit");
    const size = () =>
      page
        .locator(".details-summary")
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    const normal = await size();
    await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
    });
    expect(await size()).toBeCloseTo(normal * 2, 0);
  });
});

test("Chromium's Issues panel stays empty: no form field without an id or a name, no blocked resource", async ({
  page,
  context,
}) => {
  // Lighthouse's best-practices score reads this panel (its inspector-issues audit).
  const cdp = await context.newCDPSession(page);
  const issues: string[] = [];
  cdp.on("Audits.issueAdded", ({ issue }) => {
    const generic = issue.details.genericIssueDetails;
    issues.push(`${issue.code}${generic ? ` ${generic.errorType}` : ""}`);
  });
  await cdp.send("Audits.enable");
  await open(page);
  await selectAnEvent(page);
  await page.getByRole("button", { name: /^Filters/ }).click();
  await expect(page.getByRole("checkbox").first()).toBeVisible();
  await page.getByRole("combobox", { name: "Search events and places" }).fill("Lavrov");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeVisible();
  // Chromium reports its issues a little after the page settles.
  await page.waitForTimeout(1000);
  expect(issues).toEqual([]);
});

test.describe("dark theme on MapLibre", () => {
  test.use({ colorScheme: "dark", webgl: true });

  test("the map's attribution is not a white patch", async ({ page }) => {
    await open(page);
    await waitForMap(page);
    const attribution = page.locator(".maplibregl-ctrl-attrib");
    await expect(attribution).toBeVisible();
    // It was MapLibre's #fff pill over the dark map.
    const [r, g, b] = await attribution.evaluate((element) =>
      (getComputedStyle(element).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number),
    );
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(3 * 128);
  });
});
