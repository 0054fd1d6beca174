/**
 * A story with no places (any TimelineJS story, here TimelineJS's own samples): the map region says
 * so instead of showing the shipped story's islands under "Places (0)", on a desktop, a phone and
 * in an embed; its hidden parts take no keyboard stop. A dataset with places brings the map back.
 */
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { SAMPLES } from "../src/import/samples";
import { expect, openSample, serveSample, test, waitForApp } from "./fixtures";

// The SVG map (why: `webgl` in e2e/fixtures.ts), but for the test with MapLibre below.
test.use({ webgl: false });

const NO_PLACES = {
  en: "This story has no places on the map: its events are on the timeline.",
  ja: "このストーリーには地図上の場所がありません。出来事は年表でご覧ください。",
  ru: "В этой истории нет мест на карте: её события показаны на хронологии.",
  zh: "这个故事没有地图上的地点：它的事件都在时间轴上。",
};
const REGION = { en: "Map", ja: "地図", ru: "Карта", zh: "地图" };

const mapRegion = (page: Page, lang: keyof typeof REGION = "en") =>
  page.getByRole("region", { name: REGION[lang], exact: true });

/** What in the region a person can see or reach: controls, the map's canvas or picture. */
async function shownParts(region: Locator): Promise<string[]> {
  return region.evaluate((element) =>
    [...element.querySelectorAll("button, summary, a, [tabindex], canvas, svg")]
      .filter((part) => part.checkVisibility({ visibilityProperty: true }))
      .map((part) => part.outerHTML.slice(0, 60)),
  );
}

/** The words lie whole inside the map region (not cut by its edges, nor by their own box). */
async function expectWhole(page: Page, words: Locator) {
  const box = await words.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const region = element.closest("section")?.getBoundingClientRect();
    return { text: text.toJSON(), region: region?.toJSON() };
  });
  expect(box.region).toBeTruthy();
  const { text, region } = box as { text: DOMRect; region: DOMRect };
  expect(text.top).toBeGreaterThanOrEqual(region.top);
  expect(text.bottom).toBeLessThanOrEqual(region.bottom);
  expect(text.left).toBeGreaterThanOrEqual(region.left);
  expect(text.right).toBeLessThanOrEqual(region.right);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
}

test("TimelineJS's media sample says it has no places on the map; the shipped story brings the map back", async ({
  page,
  context,
}) => {
  await openSample(page, context, "allMediaTypes");
  await waitForApp(page);
  await expect(page.getByTestId("event-count")).toHaveText(/— 41 events$/);
  const region = mapRegion(page);
  await expect(region.getByText(NO_PLACES.en)).toBeVisible();
  await expectWhole(page, region.getByText(NO_PLACES.en));
  // No "Places (0)", no "Show the islands", no map: nothing to see or reach, by role or by Tab.
  await expect(region.getByRole("button")).toHaveCount(0);
  await expect(region.getByText(/^Places \(0\)$/)).toBeHidden();
  expect(await shownParts(region)).toEqual([]);
  // The region keeps its room: the timeline and the details stay where a story with places has them.
  expect((await region.boundingBox())?.height).toBeGreaterThan(150);

  await page.getByRole("button", { name: "Back to the default dataset" }).click();
  await waitForApp(page);
  await expect(region.getByText(NO_PLACES.en)).toHaveCount(0);
  await expect(region.getByText(/^Places \(\d+\)$/)).toBeVisible();
});

test("the Open dialog's file: a sheet without places empties the map, a file with places brings it back", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  const region = mapRegion(page);
  const open = async (file: keyof typeof SAMPLES, name: string) =>
    page.getByTestId("dataset-file-input").setInputFiles({
      name,
      mimeType: "",
      buffer: readFileSync(SAMPLES[file]),
    });
  await open("womenInComputing", "women_in_computing.csv");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Women in Computing");
  await expect(region.getByText(NO_PLACES.en)).toBeVisible();
  await open("markTwain", "marktwain.json");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mark Twain");
  await expect(region.getByText(NO_PLACES.en)).toHaveCount(0);
  await expect(region.getByText(/^Places \(\d+\)$/)).toBeVisible();
  expect((await shownParts(region)).length).toBeGreaterThan(0);
});

for (const lang of ["ja", "ru", "zh"] as const) {
  test(`says so in ${lang}`, async ({ page, context }) => {
    await openSample(page, context, "womenInComputing", `lang=${lang}`);
    await waitForApp(page);
    await expect(mapRegion(page, lang).getByText(NO_PLACES[lang])).toBeVisible();
  });
}

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the map strip says so whole, also with an event's sheet open", async ({
    page,
    context,
  }) => {
    await openSample(page, context, "womenInComputing", "lang=ru");
    await waitForApp(page);
    const words = mapRegion(page, "ru").getByText(NO_PLACES.ru);
    await expect(words).toBeVisible();
    await expectWhole(page, words);
    expect(await shownParts(mapRegion(page, "ru"))).toEqual([]);
    // The sheet opens in the map's room, leaving it its narrowest strip.
    await page.goto(`${page.url()}&event=ada-lovelace`);
    await waitForApp(page);
    await expect(page.getByRole("complementary").getByRole("heading", { level: 2 })).toHaveText(
      "Ada Lovelace",
    );
    await expect(words).toBeVisible();
    await expectWhole(page, words);
  });
});

test("an embed of a story without places says so in its map region", async ({ page, context }) => {
  const path = await serveSample(context, "womenInComputing");
  await page.setViewportSize({ width: 600, height: 480 });
  await page.goto(`/?embed=1&data=${path}`);
  await waitForApp(page);
  const words = mapRegion(page).getByText(NO_PLACES.en);
  await expect(words).toBeVisible();
  await expectWhole(page, words);
  expect(await shownParts(mapRegion(page))).toEqual([]);
});

test.describe("with MapLibre", () => {
  test.use({ webgl: true });

  test("no islands behind the words, and the map is back, drawn, for the shipped story", async ({
    page,
    context,
  }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await openSample(page, context, "cosmoMixed");
    await waitForApp(page);
    const region = mapRegion(page);
    await expect(region.getByText(NO_PLACES.en)).toBeVisible();
    expect(await shownParts(region)).toEqual([]);
    // MapLibre is not started behind the words: settled with no map, no canvas, no worker.
    await page.waitForFunction(() => window.__app?.store.getState().mapSettled === true);
    expect(await page.evaluate(() => (window.__app?.map ?? null) === null)).toBe(true);
    await expect(region.locator("canvas")).toHaveCount(0);
    expect(requested.filter((path) => /maplibre-gl-worker/.test(path))).toEqual([]);
    await page.getByRole("button", { name: "Back to the default dataset" }).click();
    await waitForApp(page);
    await expect(region.getByText(NO_PLACES.en)).toHaveCount(0);
    await expect(region.locator("canvas")).toBeVisible();
    await expect(region.getByRole("button", { name: "Show the islands" })).toBeVisible();
  });

  test("the editor brings the map up on a story without places, to put places on it", async ({
    page,
    context,
  }) => {
    await openSample(page, context, "cosmoMixed");
    await waitForApp(page);
    const region = mapRegion(page);
    await expect(region.getByText(NO_PLACES.en)).toBeVisible();
    await page.waitForFunction(() => window.__app?.store.getState().mapSettled === true);
    await expect(region.locator("canvas")).toHaveCount(0);
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await expect(region.getByText(NO_PLACES.en)).toHaveCount(0);
    await expect(region.locator("canvas")).toBeVisible();
    await page.waitForFunction(() => Boolean(window.__app?.map?.loaded()));
  });
});
