/**
 * The page's own first view (src/ui/firstView.html, put into index.html by
 * scripts/firstViewPlugin.ts): React's first render of the default page, painted from the HTML
 * and the CSS before any script. A phone's largest paint (Lighthouse's LCP, the map's legend) is
 * then that of the HTML; React replaces the view with the same boxes, so nothing moves and
 * nothing larger paints. The app's first chunk is held while the HTML's view is looked at.
 */
import type { Page } from "@playwright/test";
import { expect, holdRequests, holdShippedDataset, test, waitForApp } from "./fixtures";

/** The app's first chunk (the script React starts from). */
const holdAppScript = (page: Page) => holdRequests(page, /\/assets\/index-[^/]*\.js$/);

/** What the first view draws, each once: its boxes must be React's, and the words of the last ones. */
const BOXES = [
  ".app-header",
  ".header-menu-toggle",
  ".header-tools",
  ".toolbar",
  ".search-input",
  ".region-map",
  ".region-timeline",
  ".region-details",
];
const WORDS = [
  ".app-title",
  ".open-dataset",
  ".filters-toggle",
  ".story-toggle",
  ".map-loading",
  ".map-legend",
  ".region-timeline .region-empty",
  ".region-details .region-empty",
];
const PARTS = [...BOXES, ...WORDS];

interface Part {
  box: string;
  text: string;
}

/** Each part's box (CSS px, to a tenth) and visible text, inside `scope`, once its fonts have come. */
function partsIn(page: Page, scope: string): Promise<Record<string, Part | null>> {
  return page.evaluate(
    async ({ scope, parts, words }) => {
      const frames = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // A face starts loading only when a laid-out text needs it: lay out first, then wait for
      // the faces that layout asked for (`fonts.ready` alone can resolve before any was asked).
      await frames();
      await document.fonts.ready;
      await frames();
      const round = (value: number) => Math.round(value * 10) / 10;
      return Object.fromEntries(
        parts.map((selector) => {
          const element = document.querySelector(`${scope} ${selector}`);
          if (!(element instanceof HTMLElement)) return [selector, null];
          const r = element.getBoundingClientRect();
          const box = `${round(r.x)},${round(r.y)} ${round(r.width)}×${round(r.height)}`;
          return [
            selector,
            { box, text: words.includes(selector) ? (element.textContent ?? "").trim() : "" },
          ];
        }),
      );
    },
    { scope, parts: PARTS, words: WORDS },
  );
}

const VIEWS = [
  {
    name: "Lighthouse's phone, 412×823",
    viewport: { width: 412, height: 823 },
    dpr: 1.75,
    mobile: true,
  },
  { name: "390×844", viewport: { width: 390, height: 844 }, dpr: 3, mobile: true },
  { name: "a desktop, 1280×800", viewport: { width: 1280, height: 800 }, dpr: 1, mobile: false },
];

for (const view of VIEWS) {
  test.describe(view.name, () => {
    test.use({
      viewport: view.viewport,
      deviceScaleFactor: view.dpr,
      hasTouch: view.mobile,
      isMobile: view.mobile,
    });

    test("the HTML paints the first render's view before any script, and React draws the same boxes", async ({
      page,
    }) => {
      const releaseScript = await holdAppScript(page);
      const releaseData = await holdShippedDataset(page);
      await page.goto("/", { waitUntil: "commit" });
      await expect(page.locator(".map-legend")).toHaveText(
        "Disputed islands: administered by Russia, claimed by Japan",
      );
      const fromHtml = await partsIn(page, "#root > .first-view");
      // Not to be used before the app is there, nor read twice by a screen reader.
      expect(await page.locator(".first-view").getAttribute("inert")).not.toBeNull();
      await expect(page.getByRole("status")).toHaveText("Loading the timeline and map…");
      releaseScript();
      await expect(page.locator(".map-view[data-mode=pending]")).toHaveCount(1);
      await expect(page.locator(".first-view")).toHaveCount(0);
      const fromReact = await partsIn(page, "#root > .app");
      // Not in the page's markup as React writes it (shown only after a click, or visually hidden).
      for (const part of PARTS) expect(fromReact[part], part).not.toBeNull();
      expect(fromHtml).toEqual(fromReact);
      releaseData();
      await waitForApp(page);
    });
  });
}

test.describe("Lighthouse's phone: the largest paint", () => {
  test.use({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    hasTouch: true,
    isMobile: true,
  });

  test("is the HTML's map legend, and nothing React draws after it is larger", async ({ page }) => {
    await page.addInitScript(() => {
      const paints: { size: number; what: string }[] = [];
      (window as unknown as { __paints: typeof paints }).__paints = paints;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          size: number;
          element: Element | null;
        })[]) {
          const element = entry.element;
          const where = element?.closest(".first-view") ? "html" : "app";
          paints.push({ size: entry.size, what: `${where}: ${element?.className ?? "?"}` });
        }
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    const paints = () =>
      page.evaluate(
        () => (window as unknown as { __paints: { size: number; what: string }[] }).__paints,
      );
    const releaseScript = await holdAppScript(page);
    await page.goto("/", { waitUntil: "commit" });
    await expect
      .poll(async () => (await paints()).at(-1)?.what, {
        message: "the largest paint, no script yet",
      })
      .toBe("html: map-legend");
    const fromHtml = await paints();
    releaseScript();
    await waitForApp(page);
    await expect(page.locator(".map-legend")).toBeVisible();
    // The app's own paints, the data's included, have been timed.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))),
    );
    expect(await paints()).toEqual(fromHtml);
  });
});

test.describe("a page React will draw otherwise", () => {
  test("keeps the boot message: a link with a query", async ({ page }) => {
    await holdAppScript(page);
    await page.goto("/?lang=ja", { waitUntil: "commit" });
    await expect(page.getByText("Loading the timeline and map…")).toBeVisible();
    await expect(page.locator(".first-view")).toHaveCount(0);
  });

  test.describe("a Japanese browser", () => {
    test.use({ locale: "ja-JP" });
    test("keeps the boot message", async ({ page }) => {
      await holdAppScript(page);
      await page.goto("/", { waitUntil: "commit" });
      await expect(page.getByText("Loading the timeline and map…")).toBeVisible();
      await expect(page.locator(".first-view")).toHaveCount(0);
    });
  });
});
