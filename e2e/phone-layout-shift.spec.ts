/**
 * A phone's first load moves nothing already drawn (Lighthouse's cumulative layout shift, which it
 * measures at 412×823 at a device pixel ratio of 1.75). The dataset is held until the page has
 * painted its loading state, as a phone on a slow network sees it, and released; every
 * 'layout-shift' entry of the load is summed, recent input or not.
 */
import type { Page } from "@playwright/test";
import { expect, holdShippedDataset, test, waitForApp } from "./fixtures";

interface Shift {
  value: number;
  sources: string[];
}

declare global {
  interface Window {
    __shifts?: Shift[];
  }
}

/** Records every layout shift of the page from its start, with what moved (for the message). */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    window.__shifts = shifts;
    const rect = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: {
          node?: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      })[]) {
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) => {
            const node = source.node;
            const name =
              node instanceof Element
                ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}.${[...node.classList].join(".")}`
                : (node?.textContent?.slice(0, 30) ?? "?");
            return `${name}: ${rect(source.previousRect)} → ${rect(source.currentRect)}`;
          }),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/**
 * Below what a font's swap moves (the header's count beside the title: 0.0001 in one Lighthouse
 * run of six); the folded details' row shrinking under the map gave 0.0068.
 */
const MOST = 0.001;

const PHONES = [
  { name: "Lighthouse's phone, 412×823", viewport: { width: 412, height: 823 }, dpr: 1.75 },
  { name: "390×844", viewport: { width: 390, height: 844 }, dpr: 3 },
];

/**
 * An embed's first load on a phone moves nothing at all: its folded sheet has padding of its own
 * (embed.css), and the page's placeholder of its box (styles.css) was 4 px taller (0.0008).
 */
const EMBED_MOST = 0.0001;

/** An embed in a phone's frame: the Large snippet's 720 px and the Medium's 560 px (short frames). */
const EMBEDS = [
  { name: "an embed at 390×720", viewport: { width: 390, height: 720 }, dpr: 3 },
  { name: "an embed at 390×560", viewport: { width: 390, height: 560 }, dpr: 3 },
];

const CASES = [
  ...PHONES.map((phone) => ({ ...phone, path: "/", most: MOST })),
  ...EMBEDS.map((embed) => ({ ...embed, path: "/?embed=1", most: EMBED_MOST })),
];

for (const phone of CASES) {
  test.describe(phone.name, () => {
    test.use({
      viewport: phone.viewport,
      deviceScaleFactor: phone.dpr,
      hasTouch: true,
      isMobile: true,
    });

    // While the dataset loaded, the folded details' row held "Loading…" on a paragraph's margins
    // (89 px); the folded sheet's button that replaced it takes 62 px, so the map grew into the
    // difference and the details and the map's legend moved 27 px down (0.0068 at 412×823).
    test("the first load, the dataset slow to come, moves nothing already drawn", async ({
      page,
    }) => {
      await recordShifts(page);
      const release = await holdShippedDataset(page);
      await page.goto(phone.path);
      // The loading state, painted with its fonts.
      const details = page.getByRole("complementary", { name: "Details" });
      await expect(details).toContainText("Loading…");
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      release();
      await waitForApp(page);
      await expect(details.getByRole("button", { name: /^About and all 24 events/ })).toBeVisible();
      // Past the timeline's deferred model and the map's start.
      await page.waitForTimeout(1500);
      const shifts = (await page.evaluate(() => window.__shifts ?? [])) as Shift[];
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts, null, 1)).toBeLessThan(phone.most);
    });
  });
}
