/**
 * Issue 15's measure of a timeline that reads at a glance: at a laptop's and
 * a phone's size, in the opening view and zoomed to January–May 2018, no
 * event mark covers another, no label covers another label, and no label
 * lies over another event's mark. Screenshots of the timeline are attached
 * (and, beside them, those of the timeline before stacking, from
 * e2e/screenshots-before/).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page, TestInfo } from "@playwright/test";
import { type Box, overlap } from "./boxes";
import { expect, serveAt, test, waitForApp } from "./fixtures";
import {
  cover,
  coveringPairs,
  type Drawn,
  drawnInTimeline,
  LAPTOP,
  PHONE,
  selectedFrom,
  TOUCH,
  VIEWS,
} from "./timelineGeometry";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

/** Antialiasing and a rounded corner may touch; more than this is covering. */
const TOLERANCE_PX = 3;

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await expect(page.getByTestId("timeline-events").getByRole("button").first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/**
 * The timeline's one-line texts (event labels, lane names, the strip's words) whose letters their
 * box cuts at the top or the bottom: a 13 px line for 12 px type clipped each descender, so "agent"
 * read "aqent". Their ends may be cut with an ellipsis; their glyphs' height may not.
 */
function cutLetters(page: Page): Promise<string[]> {
  return page.getByRole("region", { name: "Timeline" }).evaluate((region) => {
    const cut: string[] = [];
    const texts = region.querySelectorAll<HTMLElement>(
      ".tl-label, .tl-lane-label, .tl-gutter-name, .tl-strip > *",
    );
    for (const element of texts) {
      if (element.getBoundingClientRect().width === 0 || !element.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(element);
      const glyphs = range.getBoundingClientRect();
      // The text's own box and the small boxes around it (a lane's row), not the scrolling lanes.
      for (let box: HTMLElement | null = element; box && box !== region; box = box.parentElement) {
        const rect = box.getBoundingClientRect();
        if (rect.height > 3 * glyphs.height) break;
        if (getComputedStyle(box).overflowY === "visible") continue;
        if (glyphs.top < rect.top - 0.5 || glyphs.bottom > rect.bottom + 0.5) {
          cut.push(`${box.className} > ${element.className}: ${element.textContent.slice(0, 30)}`);
          break;
        }
      }
    }
    return cut;
  });
}

async function attachTimeline(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.getByRole("region", { name: "Timeline" }).screenshot({ path });
  await testInfo.attach(`after: ${name}`, { path, contentType: "image/png" });
  const before = fileURLToPath(new URL(`./screenshots-before/${name}.png`, import.meta.url));
  if (existsSync(before))
    await testInfo.attach(`before: ${name}`, { path: before, contentType: "image/png" });
}

/** ↑ and ↓ between the sub-rows of a lane, on the opening view at 1280×800. */
async function expectArrowsThroughSubRows(page: Page) {
  const events = page.getByTestId("timeline-events");
  const top = events.getByRole("button", { name: /^Abe and Putin hold 20 meetings/ });
  await expect(top).toHaveAttribute("data-row", "0");
  await top.focus();
  await page.keyboard.press("ArrowDown");
  const focused = events.locator(":focus");
  await expect(focused).toHaveAttribute("data-row", "1");
  // Still a Japan event: the lane below (Russia) comes after the lane's last row.
  await expect(focused).toHaveAccessibleName(/^Japan/);
  await page.keyboard.press("ArrowUp");
  await expect(events.locator(":focus")).toHaveAccessibleName(/^Abe and Putin hold 20 meetings/);
}

for (const [device, options] of [
  ["laptop", { viewport: LAPTOP }],
  ["phone", { viewport: PHONE, ...TOUCH }],
] as const) {
  test.describe(`${device} ${options.viewport.width}×${options.viewport.height}`, () => {
    test.use(options);
    for (const view of VIEWS) {
      // With "nothing cut off" as a step on the same page load: both only read the view as it
      // opens (on a phone each test was a fresh context, `isMobile`).
      test(`${view.name}: no mark or label covers another`, async ({ page }, testInfo) => {
        await open(page, view.query);
        await test.step(`${view.name}: no mark or label covers another`, async () => {
          await attachTimeline(page, testInfo, `timeline-${device}-${view.name}`);
          const drawn = await drawnInTimeline(page);
          const marks = drawn.filter((item) => item.kind === "mark");
          const labels = drawn.filter((item) => item.kind === "label");
          expect(marks.length, "event marks in view").toBeGreaterThan(4);
          expect(labels.length, "labels in view").toBeGreaterThan(4);
          expect(coveringPairs(drawn, TOLERANCE_PX)).toEqual([]);
          expect(await cutLetters(page), "labels whose letters are cut at top or bottom").toEqual(
            [],
          );
        });
        await test.step(`${device}: nothing cut off › ${view.name}: labels end inside the view, lane names and overview years whole`, async () => {
          expect(await cutOff(page)).toEqual([]);
        });
        // The keys move the focus only: after the two read-only steps above.
        if (device === "laptop" && view.name === "opening")
          await test.step("↑ and ↓ move between the sub-rows of a lane before leaving it", () =>
            expectArrowsThroughSubRows(page));
      });
    }

    // WCAG 1.4.12's text spacing: a one-row lane's name was cut by its row; on a phone, names over
    // their lanes were laid out at their width without the spacing, and "United Kingdom" ran 11 px
    // over the label beside it.
    test("with a reader's wider text spacing, no letter is cut", async ({ page }) => {
      await open(page, "?event=nagato-summit");
      await page.addStyleTag({
        content:
          "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }",
      });
      const names = page.locator(".tl-gutter-name, .tl-lane-label").filter({ visible: true });
      await expect(names.first()).toBeVisible();
      expect(await cutLetters(page), "texts whose letters are cut at top or bottom").toEqual([]);
      // Beside the lanes (a wide screen) each name is whole: the gutter was sized in `ch` without
      // the spacing, and "United Kingdom" was cut with an ellipsis (review 33 F7).
      await expect
        .poll(
          () =>
            page
              .locator(".tl-gutter-name")
              .evaluateAll((names) =>
                names
                  .filter((name) => name.scrollWidth > name.clientWidth)
                  .map((name) => name.textContent),
              ),
          "names in the gutter cut with an ellipsis",
        )
        .toEqual([]);
      // Each on its 13 px line (timeline.css), which the override's line-height 1.5 only pads.
      const line = ({ x, y, width, height }: Box): Box => {
        const lineHeight = Math.min(height, 13);
        return { x, y: y + (height - lineHeight) / 2, width, height: lineHeight };
      };
      const overLanes = new Set(await page.locator(".tl-lane-label").allTextContents());
      await expect
        .poll(async () => {
          const drawn = await drawnInTimeline(page);
          const isName = (item: Drawn) => item.id === "" && overLanes.has(item.text);
          return drawn
            .filter(isName)
            .flatMap((name) =>
              drawn
                .filter(
                  (item) => !isName(item) && cover(line(name.box), line(item.box)) > TOLERANCE_PX,
                )
                .map((item) => `"${name.text}" and ${item.kind} "${item.text}"`),
            );
        }, "lane names over an event's label or mark")
        .toEqual([]);
    });

    // The selected bar, raised over its neighbours, was drawn over its own title inside it.
    test("a selected span's title inside its bar is drawn over the bar", async ({ page }) => {
      await open(page, "?event=abe-and-putin-meet-20-times");
      const label = page.locator(".tl-label.is-selected.is-on-bar");
      await expect(label).toHaveCount(1);
      const onTop = await label.evaluate((element) => {
        // Hit-testing finds what is painted on top; the labels are left out of it, so let it in.
        (element as HTMLElement).style.pointerEvents = "auto";
        const box = element.getBoundingClientRect();
        return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === element;
      });
      expect(onTop).toBe(true);
    });

    // A selected event never falls in a count: its neighbours go there, or to rows of their own.
    test("the headline event opened by a link: nothing covers it, and no count of one", async ({
      page,
    }) => {
      await open(page, "?event=lavrov-arrives-in-tokyo");
      const drawn = await drawnInTimeline(page);
      const selected = drawn.filter(
        ({ id, kind }) => id === "lavrov-arrives-in-tokyo" && kind === "mark",
      );
      expect(selected).toHaveLength(1);
      expect(coveringPairs(drawn, TOLERANCE_PX)).toEqual([]);
      expect(drawn.filter(({ text }) => /^1 event,/.test(text)).map(({ text }) => text)).toEqual(
        [],
      );
    });
  });
}

/**
 * Issue 21, item 12: no text of the timeline cut off by an edge. The timeline's labels that end
 * past the view's right edge, lane names cut or taller than their lane, overview years cut.
 */
function cutOff(page: Page): Promise<string[]> {
  return page.locator(".tl").evaluate((timeline) => {
    const found: string[] = [];
    const surface = timeline.querySelector('[data-testid="timeline-zoom"]');
    const area = surface?.getBoundingClientRect();
    for (const label of timeline.querySelectorAll<HTMLElement>(".tl-label")) {
      const box = label.getBoundingClientRect();
      if (area && box.right > area.right + 1) found.push(`label "${label.textContent}"`);
    }
    for (const name of timeline.querySelectorAll<HTMLElement>(".tl-gutter-name, .tl-lane-label")) {
      const shown = name.offsetParent !== null;
      if (shown && name.scrollWidth > name.clientWidth + 1)
        found.push(`lane name "${name.textContent}"`);
      const box = name.getBoundingClientRect();
      const parent = name.parentElement?.getBoundingClientRect();
      if (shown && parent && box.bottom > parent.bottom + 1 && !name.matches(".tl-lane-label"))
        found.push(`lane name "${name.textContent}" taller than its lane`);
    }
    const overview = timeline.querySelector(".tl-overview svg");
    const right = overview?.getBoundingClientRect().right ?? 0;
    for (const tick of timeline.querySelectorAll<SVGTextElement>(".tl-overview-tick")) {
      if (tick.getBoundingClientRect().right > right + 1)
        found.push(`overview year "${tick.textContent}"`);
    }
    return found;
  });
}

/** An axis label the timeline's canvas drew, as the page lays it out. */
interface AxisLabelBox {
  text: string;
  left: number;
  right: number;
}

/**
 * Records the labels of the timeline canvas's latest paint, as `window.__axisLabels`: the texts
 * drawn in the axis's band (under the lanes), with their measured ink's left and right in the
 * canvas's CSS px. Each paint starts with a clearRect of the whole canvas.
 */
function recordAxisLabels(axisHeight: number): void {
  type Drawn = { text: string; left: number; right: number };
  const drawn: Drawn[] = [];
  Object.assign(window, { __axisLabels: drawn });
  const ofTimeline = (context: CanvasRenderingContext2D) =>
    context.canvas.dataset.testid === "timeline-canvas";
  const proto = CanvasRenderingContext2D.prototype;
  const clearRect = proto.clearRect;
  proto.clearRect = function (
    this: CanvasRenderingContext2D,
    ...args: Parameters<typeof clearRect>
  ) {
    if (ofTimeline(this)) drawn.length = 0;
    return Reflect.apply(clearRect, this, args);
  };
  const fillText = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof fillText>) {
    const [text, x, y] = args;
    const height = Number.parseFloat(this.canvas.style.height);
    if (ofTimeline(this) && y > height - axisHeight) {
      const metrics = this.measureText(text);
      drawn.push({
        text,
        left: x - metrics.actualBoundingBoxLeft,
        right: x + metrics.actualBoundingBoxRight,
      });
    }
    return Reflect.apply(fillText, this, args);
  };
}

// In Russian, mid-January to 24 April 2018 gives weekly ticks at 1280, and the last, "22 апр.",
// ran 18 px past the timeline's right edge (the canvas draws each label right of its tick); to
// 4 April, monthly ones on a phone, and "апр." ran 7 px past it. To 10 March, weekly ones on a
// phone, "11 февр." ended 3.3 px before "18 февр." began.
const AXIS_VIEWS = [
  "from=2018-01-14&to=2018-04-24",
  "from=2018-01-14&to=2018-04-04",
  "from=2018-01-14&to=2018-03-10",
];
/** Free px between one axis label's ink and the next's: closer, "11 февр.18 февр." reads as one. */
const AXIS_LABEL_GAP = 6;

for (const [device, options] of [
  ["laptop", { viewport: LAPTOP }],
  ["phone", { viewport: PHONE, ...TOUCH }],
] as const) {
  test.describe(`${device} ${options.viewport.width}×${options.viewport.height} in Russian`, () => {
    test.use(options);
    test(`every label of the detail axis lies inside the timeline, ${AXIS_LABEL_GAP} px from the next`, async ({
      page,
    }) => {
      await page.addInitScript(recordAxisLabels, 24);
      const outside: string[] = [];
      const close: string[] = [];
      for (const view of AXIS_VIEWS) {
        await open(page, `?lang=ru&${view}`);
        // Labels drawn before the font arrived are drawn again once it has.
        await page.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const { labels, canvas, timeline } = await page.evaluate(() => ({
          labels: (window as unknown as { __axisLabels: AxisLabelBox[] }).__axisLabels.slice(),
          canvas: document
            .querySelector('[data-testid="timeline-canvas"]')
            ?.getBoundingClientRect(),
          timeline: document
            .querySelector('[data-testid="timeline-zoom"]')
            ?.getBoundingClientRect(),
        }));
        if (!canvas || !timeline) throw new Error("no timeline canvas");
        expect(labels.length, `axis labels drawn, ${view}`).toBeGreaterThanOrEqual(2);
        for (const label of labels) {
          const left = canvas.left + label.left;
          const right = canvas.left + label.right;
          if (left < timeline.left - 0.5 || right > timeline.right + 0.5)
            outside.push(
              `${view}: "${label.text}" ${left.toFixed(1)}–${right.toFixed(1)} in ${timeline.left.toFixed(1)}–${timeline.right.toFixed(1)}`,
            );
        }
        const inOrder = labels.toSorted((a, b) => a.left - b.left);
        inOrder.slice(1).forEach((label, i) => {
          const before = inOrder[i];
          if (before && label.left - before.right < AXIS_LABEL_GAP)
            close.push(
              `${view}: "${before.text}" ends at ${before.right.toFixed(1)}, "${label.text}" starts at ${label.left.toFixed(1)}`,
            );
        });
      }
      expect(outside).toEqual([]);
      expect(close).toEqual([]);
    });
  });
}

test.describe("lane names in Japanese and Chinese", () => {
  test.use({ viewport: LAPTOP });
  for (const lang of ["ja", "zh"]) {
    test(`${lang}: each lane name is one line in the gutter`, async ({ page }) => {
      await open(page, `?lang=${lang}`);
      // "ロシア" and "俄罗斯" wrapped one character per line: the gutter was sized as if a CJK
      // character were one `ch` wide.
      const wrapped = await page
        .locator(".tl-gutter-name")
        .evaluateAll((names) =>
          names
            .filter(
              (name) =>
                name.getClientRects().length > 1 || name.getBoundingClientRect().height > 20,
            )
            .map((name) => name.textContent),
        );
      expect(wrapped).toEqual([]);
    });
  }

  // A title in CJK was given 0.55 em a character, about half its width: "安倍首相とプーチン大統領、
  // 20回の会談" had 130 px of its 200 and ended in "…" with room beside it.
  test("ja: a title is laid out at its width, not half of it", async ({ page }) => {
    await open(page, "?lang=ja&event=nagato-summit");
    const label = page
      .locator(".tl-label")
      .filter({ hasText: "安倍首相とプーチン大統領、20回の会談" });
    await expect(label).toBeVisible();
    expect(await label.evaluate((l) => l.scrollWidth - l.clientWidth)).toBeLessThanOrEqual(1);
  });
});

// The strip's hints were given room by 0.55 em a character: "← 以前の12件" got 67 px of its 74,
// and a phone showed "← 以前…", its count cut.
test.describe(`phone ${PHONE.width}: the strip's hints and dates, whole`, () => {
  test.use({ viewport: PHONE, ...TOUCH });
  test("in ja, zh, ru and en, with an event open", async ({ page }) => {
    await open(page, "?event=nagato-summit&lang=ja");
    for (const lang of ["ja", "zh", "ru", "en"] as const) {
      if (lang !== "ja") {
        await page.evaluate((to) => window.__app?.store.getState().setLang(to), lang);
        await expect(page.locator("html")).toHaveAttribute(
          "lang",
          lang === "zh" ? "zh-Hans" : lang,
        );
        await page.evaluate(() => document.fonts.ready);
      }
      await expect(page.locator(".tl-hint").first()).toBeVisible();
      const cut = await page
        .locator(".tl-strip > *")
        .evaluateAll((texts) =>
          texts
            .filter(
              (text) => !text.matches(".tl-period-label") && text.scrollWidth > text.clientWidth,
            )
            .map((text) => `${text.textContent}: ${text.scrollWidth} in ${text.clientWidth}`),
        );
      expect(cut, lang).toEqual([]);
    }
  });
});

// With a place in focus, the two long Japan bars that span a phone's view were dimmed and had no
// label at all (a dimmed bar's label was kept out of it), while dimmed points kept theirs.
test.describe("phone 360×640: a place in focus", () => {
  test.use({ viewport: { width: 360, height: 640 }, ...TOUCH });
  test("dimmed bars keep their titles, inside them", async ({ page }) => {
    await open(page, "?place=iturup");
    await expect(page.locator(".tl-mark.is-dimmed").first()).toBeVisible();
    for (const title of [
      "Abe and Putin hold 20 meetings",
      /^Japan wants a special legal framework/,
    ]) {
      const label = page.locator(".tl-label.is-on-bar.is-dimmed").filter({ hasText: title });
      await expect(label).toHaveCount(1);
      await expect(label).toBeInViewport();
    }
  });
});

/** An actor named at length (an organisation's full name): 60 characters, the most a dataset's may have. */
const LONG_ACTOR = "Joint Committee on the Settlement of the Kuril Islands Issue";

/** A small dataset whose busiest lane has LONG_ACTOR's name, served on this site. */
function longLaneDataset() {
  const event = (id: string, start: string, actor: string) => ({
    id,
    title: `Meeting ${id}`,
    start,
    places: ["p"],
    actors: [actor],
    summary: "A meeting.",
  });
  return JSON.stringify({
    meta: { title: "Long lane name" },
    places: [{ id: "p", name: "P", names: { en: "P" }, kind: "city", coordinates: [140, 40] }],
    events: [
      event("a", "2018-01-10", LONG_ACTOR),
      event("b", "2018-02-10", LONG_ACTOR),
      event("c", "2018-03-10", LONG_ACTOR),
      event("d", "2018-01-20", "Japan"),
      event("e", "2018-04-20", "Japan"),
    ],
  });
}

// A long actor's name widened the lane-name gutter to 40% of the timeline (360 of 900 px at
// 1280), squeezing the lanes; on a phone its name over the lane ran past the view's edge.
async function expectLongNameCapped(page: Page, device: "laptop" | "phone") {
  const name = device === "laptop" ? ".tl-gutter-name" : ".tl-lane-label";
  const timeline = await boxOfTestId(page, "timeline-zoom");
  const detail = page.locator(".tl-detail");
  const detailWidth = (await detail.boundingBox())?.width ?? 0;
  const long = page.locator(name).filter({ hasText: LONG_ACTOR });
  const box = await long.boundingBox();
  expect(box, "the long name is shown").not.toBeNull();
  const width = box?.width ?? 0;
  // Beside the lanes at 1280, the `ch` cap: under a quarter of the timeline (212 of 900 px);
  // over the lanes on a phone, at most 40% of the view.
  const share = device === "laptop" ? 0.25 : 0.4;
  expect(width, `lane name's width of ${detailWidth} px`).toBeLessThanOrEqual(detailWidth * share);
  if (device === "laptop") {
    const gutter = (await page.locator(".tl-gutter").boundingBox())?.width ?? 0;
    expect(gutter).toBeLessThanOrEqual(detailWidth * 0.25);
    // The lanes keep the rest.
    expect(timeline.width).toBeGreaterThanOrEqual(detailWidth - gutter - 2);
    // The full name in the lane's tooltip.
    await expect(page.locator(".tl-gutter-lane").first()).toHaveAttribute(
      "title",
      `${LONG_ACTOR}: 3 events`,
    );
  }
  // Cut with an ellipsis on one line; the text (read by screen readers) is whole.
  await expect(long).toHaveText(LONG_ACTOR);
  const cut = await long.evaluate((element) => ({
    overflows: element.scrollWidth > element.clientWidth + 1,
    ellipsis: getComputedStyle(element).textOverflow,
    oneLine: element.getBoundingClientRect().height <= 20,
  }));
  expect(cut).toEqual({ overflows: true, ellipsis: "ellipsis", oneLine: true });
  // A short name is not cut.
  const short = await page
    .locator(name)
    .filter({ hasText: /^Japan$/ })
    .evaluate((element) => element.scrollWidth > element.clientWidth + 1);
  expect(short).toBe(false);
}

test.describe(`laptop ${LAPTOP.width}: a long lane name`, () => {
  test.use({ viewport: LAPTOP });
  test("is cut with an ellipsis in a capped column, its full name kept", async ({
    page,
    context,
  }) => {
    await serveAt(context, "/long-lane.json", longLaneDataset());
    await open(page, "?data=/long-lane.json");
    await expectLongNameCapped(page, "laptop");
  });
});

// On a phone the gutter is hidden and each lane's name sits over its lane, cut past 40% of the
// view: it had no tooltip and was aria-hidden, so the whole name was only in an event's details.
test.describe(`phone ${PHONE.width}: a long lane name over its lane`, () => {
  test.use({ viewport: PHONE, ...TOUCH });
  // With the capped name's check first, on the same page load as it opened (a phone's test is a
  // fresh context, `isMobile`).
  test("shows whole on a tap, has a tooltip, and is read whole once", async ({ page, context }) => {
    await serveAt(context, "/long-lane.json", longLaneDataset());
    await open(page, "?data=/long-lane.json");
    await test.step(`phone ${PHONE.width}: a long lane name › is cut with an ellipsis in a capped column, its full name kept`, () =>
      expectLongNameCapped(page, "phone"));
    await test.step("shows whole on a tap, has a tooltip, and is read whole once", async () => {
      // Screen readers: one list of the lanes (the hidden gutter's is not read too), names whole.
      const lists = page.getByRole("list", { name: "Lanes" });
      await expect(lists).toHaveCount(1);
      await expect(lists.getByRole("listitem")).toHaveText([LONG_ACTOR, "Japan"]);
      const chip = page.locator(".tl-lane-label").filter({ hasText: LONG_ACTOR });
      await expect(chip).toHaveAttribute("title", `${LONG_ACTOR}: 3 events`);
      const cut = () => chip.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
      expect(await cut()).toBe(true);
      const before = (await chip.boundingBox())?.height ?? 0;

      // A tap shows it whole, inside the view, over the marks; it selects nothing.
      await chip.tap();
      await expect(chip).toHaveClass(/\bis-whole\b/);
      expect(await cut()).toBe(false);
      const surface = await boxOfTestId(page, "timeline-zoom");
      const box = await chip.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(surface.x + surface.width);
      expect(box?.height ?? 0).toBeLessThanOrEqual(3 * before);
      const selected = await page.evaluate(() => window.__app?.store.getState().selectedEventId);
      expect(selected ?? null).toBeNull();

      // Tapped again, or a tap elsewhere: cut again.
      await chip.tap();
      await expect(chip).not.toHaveClass(/\bis-whole\b/);
      await chip.tap();
      await expect(chip).toHaveClass(/\bis-whole\b/);
      await page.getByRole("banner").tap();
      await expect(chip).not.toHaveClass(/\bis-whole\b/);
      expect(await cut()).toBe(true);
    });
  });
});

// The names over the lanes are not tab stops (screen readers have the lanes' list): a sighted
// keyboard user stepping through a long-named lane's marks saw its name only cut.
for (const width of [PHONE.width, 720]) {
  test.describe(`${width} px: a long lane name while a mark of its lane has the keyboard's focus`, () => {
    test.use({ viewport: { width, height: PHONE.height } });
    test("shows whole beside the mark, clear of its ring and tooltip; cut in another lane, and on a click", async ({
      page,
      context,
    }) => {
      await serveAt(context, "/long-lane.json", longLaneDataset());
      await open(page, "?data=/long-lane.json");
      const chip = page.locator(".tl-lane-label").filter({ hasText: LONG_ACTOR });
      const cut = () => chip.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
      expect(await cut()).toBe(true);
      const events = page.getByTestId("timeline-events");
      const focusedId = () =>
        page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? "");
      // By keyboard: the skip link to the timeline, Tab to its events, arrows to the long lane.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      for (let i = 0; i < 8 && !(await events.locator(":focus").count()); i++) {
        await page.keyboard.press("Tab");
      }
      await expect(events.locator(":focus")).toHaveCount(1);
      const surface = await boxOfTestId(page, "timeline-zoom");
      const tooltip = page.getByTestId("timeline-tooltip");
      // → through the events in time order: a, b, c in the long-named lane, d, e in Japan's.
      const seen: string[] = [];
      for (let i = 0; i < 8 && seen.length < 5; i++) {
        const id = await focusedId();
        if (!seen.includes(id)) seen.push(id);
        if (!"abc".includes(id)) {
          await expect.poll(cut, `${id}: in another lane, the name cut`).toBe(true);
        } else {
          await expect.poll(cut, `${id}: the name whole`).toBe(false);
          await expect(tooltip).toBeVisible();
          const name = await chip.boundingBox();
          const mark = await events.locator(":focus").boundingBox();
          const tip = await tooltip.boundingBox();
          if (!name || !mark || !tip)
            throw new Error("the name, the mark or its tooltip is hidden");
          // In the view; clear of the mark's focus ring (6 px out) and of its tooltip.
          expect(name.x).toBeGreaterThanOrEqual(surface.x);
          expect(name.x + name.width).toBeLessThanOrEqual(surface.x + surface.width);
          const ring = {
            x: mark.x - 6,
            y: mark.y - 6,
            width: mark.width + 12,
            height: mark.height + 12,
          };
          expect(overlap(name, ring), `${id}: the name over the focused mark's ring`).toBe(false);
          expect(overlap(name, tip), `${id}: the name under the tooltip`).toBe(false);
          // Nothing lies over it.
          const onTop = await page.evaluate(
            ([x, y]) =>
              document.elementFromPoint(x ?? 0, y ?? 0)?.closest(".tl-lane-label")?.textContent,
            [name.x + name.width / 2, name.y + name.height / 2],
          );
          expect(onTop, `${id}: what lies over the name's middle`).toBe(LONG_ACTOR);
        }
        await page.keyboard.press("ArrowRight");
      }
      expect(seen.sort()).toEqual(["a", "b", "c", "d", "e"]);
      // ↑ from Japan's lane to the long-named one: whole; ↓ back: cut.
      await page.keyboard.press("ArrowUp");
      await expect.poll(focusedId).toMatch(/^[abc]$/);
      await expect.poll(cut).toBe(false);
      await page.keyboard.press("ArrowDown");
      await expect.poll(focusedId).toMatch(/^[de]$/);
      await expect.poll(cut).toBe(true);
      await page.keyboard.press("ArrowUp");
      await expect.poll(cut).toBe(false);
      // The focus out of the timeline: cut.
      await page.keyboard.press("Shift+Tab");
      await expect(events.locator(":focus")).toHaveCount(0);
      await expect.poll(cut).toBe(true);
      // A click focuses a mark of the lane without a focus ring (not :focus-visible): still cut.
      const mark = events.locator('[data-event-id="c"]');
      const box = await mark.boundingBox();
      if (!box) throw new Error("mark c is not shown");
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => selectedId(page)).toBe("c");
      await expect(mark).toBeFocused();
      expect(await cut()).toBe(true);
    });
  });
}

// A tooltip was centred on its mark and the view cut it: at 390 px the first mark's read
// "eting a / anuary 2018". Hover and the keyboard, at the view's left and right edges.
for (const viewport of [PHONE, LAPTOP]) {
  test.describe(`${viewport.width}×${viewport.height}: the tooltip of a mark at the view's edge`, () => {
    test.use({ viewport });
    test("lies whole inside the timeline, over its mark, in en, ja, ru and zh", async ({
      page,
    }) => {
      const events = page.getByTestId("timeline-events");
      const tooltip = page.getByTestId("timeline-tooltip");
      const cut: string[] = [];
      /** The tooltip against the timeline's box, and the middle of the mark's visible part. */
      const check = async (what: string, mark: Box) => {
        await expect(tooltip, what).toBeVisible();
        const view = await boxOfTestId(page, "timeline-zoom");
        const tip = await tooltip.boundingBox();
        if (!tip) throw new Error(`${what}: no tooltip`);
        const middle =
          (Math.max(mark.x, view.x) + Math.min(mark.x + mark.width, view.x + view.width)) / 2;
        const text = (await tooltip.textContent()) ?? "";
        if (tip.x < view.x - 0.5 || tip.x + tip.width > view.x + view.width + 0.5)
          cut.push(`${what}: "${text}" from ${tip.x} to ${tip.x + tip.width}`);
        else if (tip.x > middle || tip.x + tip.width < middle)
          cut.push(`${what}: "${text}" not over its mark's middle (${middle})`);
      };
      /** The marks drawn at least partly in the view, by the middle of their visible part. */
      const marksInView = async () => {
        const view = await boxOfTestId(page, "timeline-zoom");
        const boxes = await events.locator(".tl-mark[data-position]").evaluateAll((marks) =>
          marks.map((mark) => {
            const { x, y, width, height } = mark.getBoundingClientRect();
            return { x, y, width, height };
          }),
        );
        const middle = (box: Box) =>
          Math.max(box.x, view.x) + Math.min(box.x + box.width, view.x + view.width);
        return boxes
          .filter((box) => box.x + box.width > view.x + 1 && box.x < view.x + view.width - 1)
          .sort((a, b) => middle(a) - middle(b));
      };
      for (const lang of ["en", "ja", "ru", "zh"]) {
        await open(page, `?lang=${lang}`);
        // Hover: the leftmost and rightmost marks, each at the middle of its visible part.
        const marks = await marksInView();
        const view = await boxOfTestId(page, "timeline-zoom");
        for (const [side, mark] of [
          ["left", marks[0]],
          ["right", marks.at(-1)],
        ] as const) {
          if (!mark) throw new Error("no mark in view");
          const x0 = Math.max(mark.x, view.x);
          const x1 = Math.min(mark.x + mark.width, view.x + view.width);
          await page.mouse.move((x0 + x1) / 2, mark.y + mark.height / 2);
          await check(`${lang}, hover, ${side}`, mark);
        }
        await page.mouse.move(0, 0);
        await expect(tooltip).toHaveCount(0);
        // The keyboard: the skip link to the timeline, Tab to its events, Home and End (the first
        // and last event in view).
        await page.keyboard.press("Tab");
        await page.keyboard.press("Enter");
        for (let i = 0; i < 8 && !(await events.locator(":focus").count()); i++) {
          await page.keyboard.press("Tab");
        }
        for (const [key, side] of [
          ["Home", "left"],
          ["End", "right"],
        ] as const) {
          await page.keyboard.press(key);
          const focused = events.locator(":focus");
          await expect(focused).toHaveCount(1);
          const mark = await focused.boundingBox();
          if (!mark) throw new Error(`${key}: the focused mark is hidden`);
          await check(`${lang}, ${key}, ${side}`, mark);
        }
      }
      expect(cut).toEqual([]);
    });
  });
}

// A tooltip went above its mark wherever two lines fit there, and the view cut a longer one: at
// 390 px, Russian "Япония и Россия договариваются обсудить…" (three lines, 72 px, its mark 73 px
// down) began 11 px above the view. Every mark focused in turn: the story's opening view in each
// language, and five long titles stacked in one lane (one of their marks 73 px down), whose
// long name, shown whole beside the focused mark, goes on the side away from the tooltip.
test.describe(`${PHONE.width}×${PHONE.height}: every mark's tooltip`, () => {
  test.use({ viewport: PHONE });
  test("lies whole inside the timeline, above or below its mark, in en, ja, ru and zh", async ({
    page,
    context,
  }) => {
    const cut: string[] = [];
    const long = (id: string) => ({
      id,
      title: `${id}: ${"a long title that takes three lines of the tooltip ".repeat(3)}`,
      start: "2010-01-01",
      end: "2012-01-01",
      actors: [LONG_ACTOR],
      summary: "A meeting.",
    });
    const stacked = {
      meta: { title: "Stacked" },
      places: [],
      events: ["a", "b", "c", "d", "e"].map(long),
    };
    await serveAt(context, "/stacked.json", JSON.stringify(stacked));
    for (const query of ["?lang=en", "?lang=ja", "?lang=ru", "?lang=zh", "?data=/stacked.json"]) {
      await open(page, query);
      // Each mark in the page, not by five round trips of Playwright's a mark: the test outran its
      // minute on a loaded machine (14.6 s in a whole run).
      const { count, found } = await page.evaluate(tooltipsOfEveryMark, {
        query,
        longActor: query.startsWith("?data") ? LONG_ACTOR : null,
      });
      expect(count, `${query}: marks`).toBeGreaterThanOrEqual(5);
      cut.push(...found);
    }
    expect(cut).toEqual([]);
  });
});

/**
 * In the page: focuses each mark of the timeline in turn and lists each tooltip that the lanes'
 * box cuts, each that did not come for its mark (within 10 s), and, with `longActor`, each time
 * that lane's name was not shown whole within 10 s or lay under the tooltip.
 */
async function tooltipsOfEveryMark({
  query,
  longActor,
}: {
  query: string;
  longActor: string | null;
}): Promise<{ count: number; found: string[] }> {
  const found: string[] = [];
  const marks = () =>
    document.querySelectorAll<HTMLElement>(
      '[data-testid="timeline-events"] .tl-mark[data-position]',
    );
  const zoom = document.querySelector('[data-testid="timeline-zoom"]');
  if (!zoom) throw new Error("no timeline");
  const view = zoom.getBoundingClientRect();
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const within = async <T>(read: () => T | null | false): Promise<T | null> => {
    const end = performance.now() + 10_000;
    for (;;) {
      const value = read();
      if (value) return value;
      if (performance.now() > end) return null;
      await nextFrame();
    }
  };
  const count = marks().length;
  for (let i = 0; i < count; i++) {
    const mark = marks()[i];
    if (!mark) {
      found.push(`${query}, mark ${i}: gone`);
      continue;
    }
    mark.focus();
    const position = mark.getAttribute("data-position") ?? "";
    const tooltip = await within(() => {
      const shown = document.querySelector<HTMLElement>('[data-testid="timeline-tooltip"]');
      return shown?.getAttribute("data-position") === position && shown;
    });
    if (!tooltip) {
      found.push(`${query}, mark ${i}: no tooltip at position ${position}`);
      continue;
    }
    const tip = tooltip.getBoundingClientRect();
    if (
      tip.y < view.y - 0.5 ||
      tip.y + tip.height > view.y + view.height + 0.5 ||
      tip.x < view.x - 0.5 ||
      tip.x + tip.width > view.x + view.width + 0.5
    )
      found.push(
        `${query}: "${tooltip.textContent}" y ${tip.y}..${tip.y + tip.height}, x ${tip.x}..${tip.x + tip.width}`,
      );
    if (longActor) {
      const chip = await within(() =>
        Array.from(document.querySelectorAll<HTMLElement>(".tl-lane-label")).find(
          (label) =>
            label.textContent?.includes(longActor) && label.scrollWidth <= label.clientWidth + 1,
        ),
      );
      if (!chip) {
        found.push(`${query}, mark ${i}: the lane's name not shown whole`);
        continue;
      }
      const name = chip.getBoundingClientRect();
      const under =
        name.x < tip.x + tip.width &&
        tip.x < name.x + name.width &&
        name.y < tip.y + tip.height &&
        tip.y < name.y + name.height;
      if (under) found.push(`${query}, mark ${i}: the lane's name under the tooltip`);
    }
  }
  return { count, found };
}

/**
 * Dense from end to end in Japan's lane (three events a day, 2016–2018: drawn on canvas), and in
 * LONG_ACTOR's lane only from September 2017, so nothing is drawn under the start of its name.
 */
function denseLanesDataset() {
  const day = (from: string, i: number) =>
    new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10);
  const events = (prefix: string, actor: string, from: string, days: number) =>
    Array.from({ length: days * 3 }, (_, i) => ({
      id: `${prefix}-${i}`,
      title: `${actor} ${i}`,
      start: day(from, Math.floor(i / 3)),
      actors: [actor],
      summary: "A generated event.",
    }));
  return JSON.stringify({
    meta: { title: "Dense lanes" },
    places: [],
    events: [
      ...events("japan", "Japan", "2016-01-01", 1096),
      ...events("long", LONG_ACTOR, "2017-09-01", 487),
    ],
  });
}

/** The dense lanes from `from` to 2019, drawn on canvas. */
async function openDense(page: Page, context: BrowserContext, from: string): Promise<void> {
  await serveAt(context, "/dense-lanes.json", denseLanesDataset());
  await open(page, `?data=/dense-lanes.json&from=${from}&to=2019-01-01`);
  await expect(page.getByTestId("timeline-zoom")).toHaveAttribute("data-render-mode", "canvas");
}

const selectedId = (page: Page) =>
  page.evaluate(() => window.__app?.store.getState().selectedEventId ?? null);

// In a dense view the canvas draws marks under each lane's name on a phone: a tap there showed the
// name and selected nothing, so the marks under a name could not be tapped.
test.describe(`phone ${PHONE.width}: lane names over a dense view`, () => {
  test.use({ viewport: PHONE, ...TOUCH });
  test("a tap on a mark under a name selects it; on the name where none lies, shows it whole", async ({
    page,
    context,
  }) => {
    // All of it in view: no "earlier events" hint over the first lane (the next test has one).
    await openDense(page, context, "2016-01-01");
    await page.evaluate(() => {
      document.addEventListener("click", (event) => {
        const target = event.target instanceof Element ? event.target : null;
        document.body.dataset.tapped = target?.closest(".tl-lane-label")?.textContent ?? "";
      });
    });
    const tapped = () => page.evaluate(() => document.body.dataset.tapped);
    const selected = () => selectedId(page);
    const long = page.locator(".tl-lane-label").filter({ hasText: LONG_ACTOR });
    const japan = page.locator(".tl-lane-label").filter({ hasText: /^Japan$/ });

    // No mark under the long name: a tap shows it whole and selects nothing.
    await long.tap();
    expect(await tapped()).toBe(LONG_ACTOR);
    await expect(long).toHaveClass(/\bis-whole\b/);
    expect(await selected()).toBeNull();

    // Japan's name lies over its lane's marks: a tap on it selects the mark drawn there (and folds
    // the name shown whole), as a tap on that mark beside the name would.
    const box = await japan.boundingBox();
    if (!box) throw new Error("Japan's name is not shown");
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.touchscreen.tap(x, y);
    // The name itself took the tap, not a button drawn over it or beside it.
    expect(await tapped()).toBe("Japan");
    await expect.poll(selected).toMatch(/^japan-/);
    await expect(japan).not.toHaveClass(/\bis-whole\b/);
    await expect(long).not.toHaveClass(/\bis-whole\b/);
    // The very mark under the finger: its day within a point mark's reach (6 px) of the tap.
    expect(await selectedFrom(page, x)).toBeLessThanOrEqual(6);
  });

  // The "← N earlier events" hint fills the strip just above the first lane's name (0.5 px apart):
  // Chrome's touch adjustment gave a tap on the name's middle to that button, which moved the view.
  // One page load for the two taps under the hint (a phone's test is a fresh context, `isMobile`):
  // the first leaves an event selected, as each of the second's taps but its first does.
  test("a tap on a mark of the first lane just under the earlier-events hint selects it", async ({
    page,
    context,
  }, testInfo) => {
    await openDense(page, context, "2016-06-01");
    await test.step("a tap on the first lane's name under the earlier-events hint reaches the name", async () => {
      await expect(page.locator(".tl-hint--earlier")).toBeVisible();
      await page.evaluate(() => {
        document.addEventListener("click", (event) => {
          const target = event.target instanceof Element ? event.target : null;
          document.body.dataset.tapped =
            target?.closest(".tl-lane-label, .tl-hint")?.textContent ?? "";
        });
      });
      const view = () => page.evaluate(() => window.__app?.store.getState().timeWindow);
      const before = await view();
      const japan = page.locator(".tl-lane-label").filter({ hasText: /^Japan$/ });
      const box = await japan.boundingBox();
      if (!box) throw new Error("Japan's name is not shown");
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.evaluate(() => document.body.dataset.tapped)).toBe("Japan");
      // The mark drawn under it is selected, and the view stays where it was.
      await expect
        .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId ?? null))
        .toMatch(/^japan-/);
      expect(await view()).toEqual(before);
    });

    // Beside the name, the first lane's top lies just under the hint too (0.5 px): Chrome's touch
    // adjustment gave taps on its marks there (x 54, 100, 120) to the hint, which moved the view.
    await test.step("a tap on a mark of the first lane just under the earlier-events hint selects it", async () => {
      const hint = page.locator(".tl-hint--earlier");
      await expect(hint).toBeVisible();
      await attachTimeline(page, testInfo, "timeline-phone-dense-earlier-hint");
      const view = () => page.evaluate(() => window.__app?.store.getState().timeWindow);
      const selected = () => selectedId(page);
      const before = await view();
      const japan = page.locator(".tl-lane-label").filter({ hasText: /^Japan$/ });
      for (const x of [54, 100, 120]) {
        // None selected: the selected event's label, beside its mark, would lie under the next tap;
        // its details, open, move the timeline. A pause: two quick taps are a double tap (zoom).
        await page.evaluate(() => window.__app?.store.getState().selectEvent(null));
        await page.waitForTimeout(600);
        const hintBox = await hint.boundingBox();
        const name = await japan.boundingBox();
        if (!hintBox || !name) throw new Error("the hint or Japan's name is not shown");
        expect(x).toBeLessThan(hintBox.x + hintBox.width);
        await page.touchscreen.tap(x, name.y + name.height / 2);
        // The mark under the finger: its day within a point mark's reach (6 px) of the tap.
        await expect
          .poll(
            () =>
              page.evaluate((x) => {
                const state = window.__app?.store.getState();
                const event = state?.index?.byId.get(state.selectedEventId ?? "");
                const view = state?.timeWindow;
                const zoom = document.querySelector('[data-testid="timeline-zoom"]');
                const area = zoom?.getBoundingClientRect();
                if (!event || !view || !area) return Number.NaN;
                const time = (event.interval.start + event.interval.end) / 2;
                return Math.abs(
                  area.left + ((time - view.start) / (view.end - view.start)) * area.width - x,
                );
              }, x),
            { message: `the mark under a tap at x ${x}` },
          )
          .toBeLessThanOrEqual(6);
        expect(await selected()).toMatch(/^japan-/);
        expect(await view(), `the view after a tap at x ${x}`).toEqual(before);
      }
      // The hint itself still takes a tap on it, even on its lower edge, just above the lane: the
      // view moves to the earlier events.
      await page.evaluate(() => window.__app?.store.getState().selectEvent(null));
      await page.waitForTimeout(600);
      const hintBox = await hint.boundingBox();
      if (!hintBox) throw new Error("the hint is not shown");
      await page.touchscreen.tap(hintBox.x + hintBox.width / 2, hintBox.y + hintBox.height - 4);
      await expect.poll(async () => (await view())?.start ?? 0).toBeLessThan(before?.start ?? 0);
    });
  });

  // One page load for these two (a phone's test is a fresh context, `isMobile`): the label's check
  // first, on the view as it opens; the two taps' test then starts from nothing selected, as it did.
  test("two quick taps on two marks select the second and leave the view; on empty space, zoom", async ({
    page,
    context,
  }, testInfo) => {
    await openDense(page, context, "2016-01-01");

    // In a dense view only the selected event and the keyboard's stop have a label, placed beside
    // the mark: one under Japan's name lay over the name ("Japan 180" and "Japan" on one another).
    await test.step("the selected event's label keeps clear of its lane's name", async () => {
      const japan = page.locator(".tl-lane-label").filter({ hasText: /^Japan$/ });
      const name = await japan.boundingBox();
      if (!name) throw new Error("Japan's name is not shown");
      await page.touchscreen.tap(name.x + name.width / 2, name.y + name.height / 2);
      await expect
        .poll(() => page.evaluate(() => window.__app?.store.getState().selectedEventId ?? null))
        .toMatch(/^japan-/);
      const label = page.locator(".tl-label.is-selected");
      await expect(label).toHaveText(/^Japan \d+$/);
      const box = await label.boundingBox();
      if (!box) throw new Error("the selected event has no label");
      // Beside the name, not over or under it, and whole.
      expect(box.x).toBeGreaterThanOrEqual(name.x + name.width);
      const whole = await label.evaluate((element) => element.scrollWidth <= element.clientWidth);
      expect(whole).toBe(true);
      await attachTimeline(page, testInfo, "timeline-phone-dense-selected-under-name");
    });

    // d3-zoom zooms in on a double tap; Chrome reports two taps within half a second and ~20 px as a
    // double tap too: a reader tapping from mark to mark had the view zoom under the finger.
    await test.step("two quick taps on two marks select the second and leave the view; on empty space, zoom", async () => {
      await page.evaluate(() => window.__app?.store.getState().selectEvent(null));
      // Apart from the step before's tap by more than a double tap's time.
      await page.waitForTimeout(600);
      const view = () => page.evaluate(() => window.__app?.store.getState().timeWindow);
      const selected = () => selectedId(page);
      /** How far the selected event's mark lies from x, in px. */
      const selectedFrom = (x: number) =>
        page.evaluate((x) => {
          const state = window.__app?.store.getState();
          const event = state?.index?.byId.get(state.selectedEventId ?? "");
          const view = state?.timeWindow;
          const area = document
            .querySelector('[data-testid="timeline-zoom"]')
            ?.getBoundingClientRect();
          if (!event || !view || !area) return Number.NaN;
          const time = (event.interval.start + event.interval.end) / 2;
          return Math.abs(
            area.left + ((time - view.start) / (view.end - view.start)) * area.width - x,
          );
        }, x);
      const japan = page.locator(".tl-lane-label").filter({ hasText: /^Japan$/ });
      const nameBox = async () => {
        const box = await japan.boundingBox();
        if (!box) throw new Error("Japan's name is not shown");
        return box;
      };
      // A first tap opens the event's details, which move the timeline up: taps from mark to mark
      // come after it.
      let name = await nameBox();
      await page.touchscreen.tap(name.x + name.width + 200, name.y + name.height / 2);
      await expect.poll(selected).toMatch(/^japan-/);
      await page.waitForTimeout(600);
      name = await nameBox();
      const before = await view();
      // Japan's lane is drawn end to end: beside its name, every point of it lies on a mark. B left
      // of A: the selected event's label lies right of its mark, over the lane there.
      const y = name.y + name.height / 2;
      const a = name.x + name.width + 80;
      const b = a - 20;
      // A pair slower than a double tap's 300 ms would prove nothing (410 ms once in a loaded full
      // run): it is tapped again, at most three times, until it lands within them.
      let took = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && took >= 300; attempt++) {
        if (attempt > 0) await page.waitForTimeout(600);
        const started = Date.now();
        await page.touchscreen.tap(a, y);
        await page.touchscreen.tap(b, y);
        took = Date.now() - started;
      }
      expect(took, "two taps within 300 ms").toBeLessThan(300);
      await expect.poll(() => selectedFrom(b)).toBeLessThanOrEqual(6);
      // The zoom, if it came, is animated (250 ms): wait it out before looking.
      await page.waitForTimeout(600);
      expect(await view(), "the view after two quick taps on marks").toEqual(before);
      expect(await selectedFrom(b)).toBeLessThanOrEqual(6);

      // The same at one point (within d3-zoom's tap distance) on a mark: it selects, no zoom.
      await page.touchscreen.tap(b, y);
      await page.touchscreen.tap(b, y);
      await page.waitForTimeout(600);
      expect(await view(), "the view after a double tap on a mark").toEqual(before);
      expect(await selectedFrom(b)).toBeLessThanOrEqual(6);

      // A double tap on empty space (the long lane before its first event, beside its name) still
      // zooms in, as on a map.
      const long = await page
        .locator(".tl-lane-label")
        .filter({ hasText: LONG_ACTOR })
        .boundingBox();
      if (!long) throw new Error("the long name is not shown");
      const empty = { x: long.x + long.width + 20, y: long.y + long.height / 2 };
      const still = await selected();
      // Farther apart than d3-zoom's tap distance (10 px): two taps, not a double tap. (Leftwards:
      // the long lane's first mark lies within a finger's reach, 22 px, of 195.)
      await page.touchscreen.tap(empty.x, empty.y);
      await page.touchscreen.tap(empty.x - 14, empty.y);
      await page.waitForTimeout(600);
      expect(await view(), "the view after two quick taps 14 px apart").toEqual(before);
      expect(await selected()).toBe(still);
      await page.touchscreen.tap(empty.x, empty.y);
      await page.touchscreen.tap(empty.x, empty.y);
      expect(await selected()).toBe(still);
      await expect
        .poll(async () => {
          const now = await view();
          return now && before ? (now.end - now.start) / (before.end - before.start) : Number.NaN;
        })
        .toBeLessThan(0.75);
    });
  });
});

// The sparse view ("dom") draws its marks as buttons, and the canvas under them (the axis) is hit
// as in a dense view (timeline.css): so Chrome's touch adjustment keeps a tap on empty lane space
// just under the "← N earlier events" hint there. Without the canvas hit, the hint took it.
test.describe(`phone ${PHONE.width}: the earlier-events hint over a sparse view`, () => {
  test.use({ viewport: PHONE, ...TOUCH });
  test("a tap on empty lane space just under the hint leaves the view", async ({
    page,
    context,
  }) => {
    const event = (id: string, start: string) => ({
      id,
      title: `Japan ${id}`,
      start,
      actors: ["Japan"],
      summary: "A generated event.",
    });
    const dataset = JSON.stringify({
      meta: { title: "Sparse lane" },
      places: [],
      events: [
        event("a", "2016-01-10"),
        event("b", "2016-03-01"),
        event("c", "2018-03-01"),
        event("d", "2018-10-01"),
      ],
    });
    await serveAt(context, "/sparse-lane.json", dataset);
    await open(page, "?data=/sparse-lane.json&from=2016-06-01&to=2019-01-01");
    await expect(page.getByTestId("timeline-zoom")).toHaveAttribute("data-render-mode", "dom");
    const hint = page.locator(".tl-hint--earlier");
    await expect(hint).toBeVisible();
    const view = () => page.evaluate(() => window.__app?.store.getState().timeWindow);
    const before = await view();
    const hintBox = await hint.boundingBox();
    const name = await page
      .locator(".tl-lane-label")
      .filter({ hasText: /^Japan$/ })
      .boundingBox();
    if (!hintBox || !name) throw new Error("the hint or Japan's name is not shown");
    // Right of the name, within the hint's width, 3 px under it: no mark within a finger's reach.
    const x = Math.max(name.x + name.width + 12, hintBox.x + hintBox.width / 2);
    expect(x).toBeLessThan(hintBox.x + hintBox.width);
    await page.touchscreen.tap(x, hintBox.y + hintBox.height + 3);
    await page.waitForTimeout(600);
    expect(await view(), "the view after a tap under the hint").toEqual(before);
    expect(
      await page.evaluate(() => window.__app?.store.getState().selectedEventId ?? null),
    ).toBeNull();
    // The hint itself still takes a tap on its lower edge.
    await page.touchscreen.tap(x, hintBox.y + hintBox.height - 4);
    await expect.poll(async () => (await view())?.start ?? 0).toBeLessThan(before?.start ?? 0);
  });
});

async function boxOfTestId(page: Page, id: string) {
  const box = await page.getByTestId(id).boundingBox();
  if (!box) throw new Error(`${id} is not shown`);
  return box;
}

/** A dataset of a few months, from `first` to `last` (ISO dates), served on this site. */
function fewMonthsDataset(first: string, last: string) {
  const event = (id: string, start: string) => ({
    id,
    title: `Meeting ${id}`,
    start,
    places: ["p"],
    actors: ["Japan"],
    summary: "A meeting.",
  });
  return JSON.stringify({
    meta: { title: "A few months" },
    places: [{ id: "p", name: "P", names: { en: "P" }, kind: "city", coordinates: [140, 40] }],
    events: [event("a", first), event("b", last)],
  });
}

// Russian month names are long ("сент.", "1 сент. 2018 г."): the overview's labels, spaced for
// English, ran into each other on a dataset of a few months at 1280.
test.describe(`laptop ${LAPTOP.width}: the overview's labels in Russian`, () => {
  test.use({ viewport: LAPTOP });
  for (const [first, last] of [
    ["2018-01-10", "2018-04-20"],
    ["2018-07-03", "2018-11-28"],
  ] as const) {
    test(`${first} to ${last}: no label covers another`, async ({ page, context }) => {
      await serveAt(context, "/few-months.json", fewMonthsDataset(first, last));
      await open(page, "?data=/few-months.json&lang=ru");
      const ticks = await page.locator(".tl-overview-tick").evaluateAll((texts) =>
        texts.map((text) => {
          const box = text.getBoundingClientRect();
          return { text: text.textContent ?? "", left: box.left, right: box.right };
        }),
      );
      expect(ticks.length, ticks.map((tick) => tick.text).join(" | ")).toBeGreaterThan(2);
      const covering = ticks
        .sort((a, b) => a.left - b.left)
        .flatMap((tick, i) => {
          const next = ticks[i + 1];
          return next && tick.right + 2 > next.left
            ? [`"${tick.text}" runs into "${next.text}"`]
            : [];
        });
      expect(covering).toEqual([]);
    });
  }
});
