/**
 * The map's Japanese and Chinese labels are never drawn as boxes, on the site
 * and in a one-file copy opened from disk. MapLibre draws a character that no
 * `font-faces` file covers with the system's fonts (boxes on this machine,
 * which has no CJK font) and keeps that glyph until its faces change: the
 * labels were boxes until the CJK face list reached it after its `load`, and
 * for ever in a copy, whose faces pointed at the site.
 *
 * How it is seen: MapLibre rasterises each glyph on a 2D canvas (TinySDF),
 * with `ctx.font` naming a declared file's family (`maplibre-gl-font-face-N`,
 * registered only once the file has loaded) or, for the system's fonts, the
 * label's font name (`Noto Sans Regular`). Every CJK glyph MapLibre draws
 * since the page opened must name a declared file: no pixel comparison, no
 * timing.
 */
import { readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import type en from "../src/i18n/locales/en.json";
import {
  diskOnlyContext,
  expect,
  hideWebGL,
  NAME_LAYERS,
  saveOfflineCopy,
  test,
  waitForApp,
} from "./fixtures";

const ja: typeof en = JSON.parse(
  readFileSync(new URL("../src/i18n/locales/ja.json", import.meta.url), "utf8"),
);
const zh: typeof en = JSON.parse(
  readFileSync(new URL("../src/i18n/locales/zh.json", import.meta.url), "utf8"),
);

interface DrawnGlyph {
  text: string;
  font: string;
}

/** Records the font of each CJK glyph MapLibre's canvases draw (its two label fonts, or a declared file). */
function recordCjkGlyphs() {
  const drawn: DrawnGlyph[] = [];
  (window as unknown as { cjkGlyphs: DrawnGlyph[] }).cjkGlyphs = drawn;
  const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
  const mapLibre = /maplibre-gl-font-face|Noto Sans (Regular|SemiBold)/;
  for (const context of [CanvasRenderingContext2D, OffscreenCanvasRenderingContext2D]) {
    const fillText = context.prototype.fillText;
    context.prototype.fillText = function (this: { font: string }, text: string, ...rest: never[]) {
      if (cjk.test(text) && mapLibre.test(this.font)) drawn.push({ text, font: this.font });
      return Reflect.apply(fillText, this, [text, ...rest]);
    } as typeof fillText;
  }
}

/** Once MapLibre has drawn everything it has (its first `idle`, or later). */
async function mapIdle(page: Page) {
  await page.waitForFunction(() => Boolean(window.__app?.map));
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__app?.map;
        if (!map || map.loaded()) resolve();
        else map.once("idle", () => resolve());
      }),
  );
}

/** The place labels the map shows now. */
function shownPlaceLabels(page: Page): Promise<string[]> {
  return page.evaluate(
    (layers) =>
      (window.__app?.map?.queryRenderedFeatures({ layers }) ?? []).map((feature) =>
        String(feature.properties?.label ?? ""),
      ),
    NAME_LAYERS,
  );
}

const CJK = /[\u2e80-\u9fff]/;

/** The CJK glyphs MapLibre has drawn since the page opened. */
function drawnGlyphs(page: Page): Promise<DrawnGlyph[]> {
  return page.evaluate(() => (window as unknown as { cjkGlyphs: DrawnGlyph[] }).cjkGlyphs);
}

async function expectNoneFromSystem(page: Page) {
  const fromSystem = (await drawnGlyphs(page)).filter(
    (glyph) => !/maplibre-gl-font-face/.test(glyph.font),
  );
  expect(fromSystem, "CJK glyphs MapLibre drew with the system's fonts (boxes)").toEqual([]);
}

/**
 * At the map's next idle (its first, on a page that opens in the language) and once it shows
 * place labels in Japanese or Chinese script: every CJK glyph drawn so far came from a declared
 * face, and the shown labels' characters are among them.
 */
async function expectNoBoxes(page: Page) {
  await mapIdle(page);
  await expectNoneFromSystem(page);
  await expect.poll(async () => (await shownPlaceLabels(page)).join("")).toMatch(CJK);
  await mapIdle(page);
  await expectNoneFromSystem(page);
  const fromFaces = new Set((await drawnGlyphs(page)).map((glyph) => glyph.text));
  const shown = (await shownPlaceLabels(page)).join("");
  const missing = Array.from(new Set(shown)).filter(
    (char) => CJK.test(char) && !fromFaces.has(char),
  );
  expect(missing, "characters of the shown labels no face drew").toEqual([]);
  expect(fromFaces.size).toBeGreaterThan(5);
}

/** The Noto Sans JP or SC files MapLibre itself fetched (the page's stylesheets fetch theirs as `css`). */
function mapFontFiles(page: Page, family: "jp" | "sc"): Promise<number> {
  return page.evaluate(
    (family) =>
      performance
        .getEntriesByType("resource")
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming).initiatorType === "fetch" &&
            new RegExp(`noto-sans-${family}-\\d+-400-normal`).test(entry.name),
        ).length,
    family,
  );
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordCjkGlyphs);
});

test("a Japanese page's map labels draw from Noto Sans JP from its first frame, in a saved copy from disk too", async ({
  page,
  browser,
}, testInfo) => {
  // Two pages to a drawn map and a 4 MB copy.
  test.setTimeout(120_000);
  await page.goto("/?lang=ja");
  await waitForApp(page);
  await expectNoBoxes(page);
  expect(await mapFontFiles(page, "jp")).toBeGreaterThan(0);

  const file = testInfo.outputPath("copy-ja.html");
  await saveOfflineCopy(page, ja.save, file);
  // Only the subsets its text and labels need (3.8 MB), never every one (29 MB).
  expect(statSync(file).size).toBeLessThan(5 * 1024 * 1024);

  // From disk, with no network: the faces must be in the file.
  const { context: offline, leaks } = await diskOnlyContext(browser);
  const copy = await offline.newPage();
  await copy.addInitScript(recordCjkGlyphs);
  await copy.goto(pathToFileURL(file).href);
  await waitForApp(copy);
  await expect(copy.locator("html")).toHaveAttribute("lang", "ja");
  await expectNoBoxes(copy);
  expect(leaks, "requests that left the file").toEqual([]);
  await offline.close();
});

/**
 * The fonts Chromium drew each shown element's own Han text with (at most `limit` elements, a
 * text node's parent each), as `text: family (custom or system)`; the language switch's names draw
 * from their own faces (languagesSwitchFont.spec.ts).
 */
async function fontsOfChineseText(page: Page, limit = 80): Promise<string[]> {
  const texts = await page.evaluate((limit) => {
    const han = /[\u3400-\u9fff]/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node && texts.length < limit; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !han.test(node.textContent ?? "") || element.closest("[data-font-exempt]"))
        continue;
      if (element.hasAttribute("data-han") || !element.checkVisibility()) continue;
      element.setAttribute("data-han", String(texts.length));
      texts.push((element.textContent ?? "").slice(0, 30));
    }
    return texts;
  }, limit);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", {
    nodeId: root.nodeId,
    selector: "[data-han]",
  });
  const drawn: string[] = [];
  for (const nodeId of nodeIds) {
    // An element React has replaced since (a live region's text) is gone: skipped.
    const found = await Promise.all([
      cdp.send("DOM.getAttributes", { nodeId }),
      cdp.send("CSS.getPlatformFontsForNode", { nodeId }),
    ]).catch(() => null);
    if (!found) continue;
    const [{ attributes }, { fonts }] = found;
    const text = texts[Number(attributes[attributes.indexOf("data-han") + 1])];
    for (const font of fonts)
      drawn.push(`${text}: ${font.familyName} (${font.isCustomFont ? "custom" : "system"})`);
  }
  await cdp.detach();
  return drawn;
}

test("a Chinese page's one-file copy draws its interface text from Noto Sans SC, from disk", async ({
  page,
  context,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  // The site's page only makes the copy, whose own map is checked: on the SVG map (why: `webgl` in
  // e2e/fixtures.ts).
  await hideWebGL(context);
  await page.goto("/?lang=zh");
  await waitForApp(page);
  const file = testInfo.outputPath("copy-zh.html");
  await saveOfflineCopy(page, zh.save, file);
  // Only the subsets its text and labels need, never every one (about 30 MB).
  expect(statSync(file).size).toBeLessThan(5 * 1024 * 1024);

  const { context: offline, leaks } = await diskOnlyContext(browser);
  const copy = await offline.newPage();
  await copy.addInitScript(recordCjkGlyphs);
  await copy.goto(pathToFileURL(file).href);
  await waitForApp(copy);
  await expect(copy.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(copy.getByRole("list", { name: "泳道" })).toContainText("俄罗斯");
  // Its map's labels still draw from the copy's faces.
  await expectNoBoxes(copy);
  await copy.evaluate(() => document.fonts.ready);
  const drawn = await fontsOfChineseText(copy);
  // The title, the lanes, the buttons, the details: dozens of elements.
  expect(new Set(drawn.map((line) => line.split(":")[0])).size).toBeGreaterThan(10);
  // None from the system's fonts, which drew all of them before (boxes on this machine, which has
  // no CJK font), while the site draws them from Noto Sans SC.
  expect(drawn.filter((line) => line.endsWith("(system)"))).toEqual([]);
  expect(drawn.filter((line) => /: Noto Sans SC/.test(line)).length).toBeGreaterThan(10);
  // A place's Japanese name in its own script, which the page shows too: 択 was a box (the copy
  // carried the Chinese text without any "ja" key, its places' native names included).
  await copy.evaluate(() => window.__app?.store.getState().selectPlace("iturup"));
  const native = copy.locator(".region-details span[lang=ja]").filter({ hasText: "択捉島" });
  await expect(native).toBeVisible();
  await native.evaluate((element) => element.setAttribute("data-native", ""));
  const cdp = await copy.context().newCDPSession(copy);
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", {
    nodeId: root.nodeId,
    selector: "[data-native]",
  });
  await cdp.send("CSS.enable");
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  // " (択捉島)": three glyphs from a CJK face, the space and brackets from Noto Sans.
  const cjkGlyphs = fonts
    .filter((font) => /Noto Sans (SC|JP)/.test(font.familyName))
    .reduce((sum, font) => sum + font.glyphCount, 0);
  expect(cjkGlyphs, JSON.stringify(fonts)).toBe(3);
  expect(leaks, "requests that left the file").toEqual([]);
  await offline.close();
});

test("a Chinese page's map labels draw from Noto Sans SC: switched to from English, and opened from its link", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await waitForApp(page);
  await mapIdle(page);
  expect((await shownPlaceLabels(page)).length).toBeGreaterThan(0);
  // An English page draws no CJK glyph and fetches no CJK face.
  expect(await drawnGlyphs(page)).toEqual([]);
  expect(await mapFontFiles(page, "jp")).toBe(0);

  // Its labels change once their faces are in the style, never before.
  await page.getByRole("radio", { name: "中文" }).check();
  await expectNoBoxes(page);
  expect(await mapFontFiles(page, "sc")).toBeGreaterThan(0);

  await expect(page).toHaveURL(/lang=zh/);
  await page.reload();
  await waitForApp(page);
  await expectNoBoxes(page);
});

test("an English page's map draws a dataset's Japanese place names from Noto Sans JP", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await waitForApp(page);
  await mapIdle(page);
  // The faces follow the labels' script, not the page's language: these names are Japanese.
  const dataset = {
    meta: { title: "Nemuro" },
    places: [
      { id: "nemuro", name: "根室市（ねむろし）", kind: "city", coordinates: [145.58, 43.33] },
      { id: "shikotan", name: "色丹島", kind: "island", coordinates: [146.75, 43.8] },
    ],
    events: [{ id: "visit", title: "Visit", start: "2018-05-01", places: ["nemuro", "shikotan"] }],
  };
  await page.getByTestId("dataset-file-input").setInputFiles({
    name: "nemuro.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nemuro");
  await expectNoBoxes(page);
  expect(await mapFontFiles(page, "jp")).toBeGreaterThan(0);
});
