import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/data/schema";
import { hiddenEventText } from "./boxes";
import { afterMapUpdates, expect, test, waitForApp, waitForMap } from "./fixtures";

// The map's and the timeline's motion is part of what these tests check (the suite stills it).
test.use({ reducedMotion: "no-preference" });

/** The default dataset, read here so the expected order does not come from the app's own code. */
const dataset = JSON.parse(readFileSync("data/japan-russia-2018.json", "utf8")) as Dataset;
const coordinates = new Map(dataset.places.map((place) => [place.id, place.coordinates]));

/** The article's order: paragraph, then position in the dataset; events without a quote last. */
const articleOrder = dataset.events
  .map((event, position) => ({ event, position }))
  .sort(
    (a, b) =>
      (a.event.quote?.paragraph ?? Number.POSITIVE_INFINITY) -
        (b.event.quote?.paragraph ?? Number.POSITIVE_INFINITY) || a.position - b.position,
  )
  .map(({ event }) => event);
const total = dataset.events.length;

const selectedId = (page: Page) =>
  page.evaluate(() => window.__app?.store.getState().selectedEventId ?? null);

/** Wait until the map has stopped moving with every place of the event in view. */
async function expectFramed(page: Page, eventId: string) {
  const event = dataset.events.find((e) => e.id === eventId);
  const points = (event?.places ?? []).map((id) => coordinates.get(id)).filter(Boolean);
  if (points.length === 0) return;
  await afterMapUpdates(page);
  await page.waitForFunction(
    (lngLats) => {
      const map = window.__app?.map;
      if (!map || map.isMoving()) return false;
      const bounds = map.getBounds();
      return lngLats.every((lngLat) => bounds.contains(lngLat as [number, number]));
    },
    points,
    { timeout: 15_000 },
  );
}

async function expectStep(page: Page, step: number, eventId: string) {
  const bar = page.getByRole("region", { name: "Story" });
  await expect(bar.getByTestId("story-progress")).toHaveText(`Step ${step} of ${total}`);
  expect(await selectedId(page)).toBe(eventId);
  await expectFramed(page, eventId);
}

async function openApp(page: Page, url = "/") {
  await page.goto(url);
  await waitForApp(page);
  await waitForMap(page);
}

test("story mode steps through the article's order, framing each step, and survives a reload", async ({
  page,
}) => {
  await openApp(page);
  const bar = page.getByRole("region", { name: "Story" });
  const toggle = bar.getByRole("button", { name: "Story mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(bar.getByRole("radio", { name: "Article order" })).toBeChecked();

  // Starting selects the first step; the article opens on Lavrov's arrival, not on 1945.
  const first = articleOrder[0];
  expect(first?.id).toBe("lavrov-arrives-in-tokyo");
  await expectStep(page, 1, first?.id ?? "");
  for (let step = 2; step <= 4; step++) {
    await bar.getByRole("button", { name: "Next step" }).click();
    await expectStep(page, step, articleOrder[step - 1]?.id ?? "");
  }
  const fourth = articleOrder[3]?.id ?? "";
  await expect(page).toHaveURL(new RegExp(`[?&]story=article&event=${fourth}(&|$)`));

  // The details show the step's quote, with its paragraph.
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.locator("blockquote")).toContainText(articleOrder[3]?.quote?.text ?? "");

  // Back goes one step back.
  await bar.getByRole("button", { name: "Previous step" }).click();
  await expectStep(page, 3, articleOrder[2]?.id ?? "");

  // The link opens the story at the same step.
  await page.goBack();
  await expectStep(page, 4, fourth);
  await page.reload();
  await waitForApp(page);
  await waitForMap(page);
  await expect(bar.getByRole("button", { name: "Story mode" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectStep(page, 4, fourth);
  // And says which step it opened on (review 29 F5: a link to a step said nothing).
  await expect(page.getByTestId("live-region")).toHaveText(/^Step 4 of \d+\. /);
});

test("story mode plays at the fastest speed, pauses, and stops playing when the reader leaves", async ({
  page,
}) => {
  await openApp(page);
  const bar = page.getByRole("region", { name: "Story" });
  await bar.getByRole("button", { name: "Story mode" }).click();
  await bar.getByRole("combobox", { name: "Seconds per step" }).selectOption("1");
  await bar.getByRole("button", { name: "Play" }).click();
  await expect(bar.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(bar.getByTestId("story-progress")).toHaveText(`Step 4 of ${total}`, {
    timeout: 8_000,
  });
  await bar.getByRole("button", { name: "Pause" }).click();
  await expect(bar.getByRole("button", { name: "Play" })).toBeVisible();
  const paused = await selectedId(page);
  const step = await bar.getByTestId("story-progress").textContent();
  await page.waitForTimeout(2_500);
  expect(await selectedId(page)).toBe(paused);
  await expect(bar.getByTestId("story-progress")).toHaveText(step ?? "");
  await expectFramed(page, paused ?? "");

  // Playing again goes on; selecting a place pauses.
  await bar.getByRole("button", { name: "Play" }).click();
  await expect(bar.getByRole("button", { name: "Pause" })).toBeVisible();
  const details = page.getByRole("complementary", { name: "Details" });
  await details.getByRole("list", { name: "Places" }).getByRole("button").first().click();
  expect(await page.evaluate(() => window.__app?.store.getState().selectedPlaceId)).not.toBeNull();
  await expect(bar.getByRole("button", { name: "Play" })).toBeVisible();
  expect(await page.evaluate(() => window.__app?.store.getState().playing)).toBe(false);
});

test("the story answers to Space and the arrows, in time order too", async ({ page }) => {
  await openApp(page, "/?story=time&event=nagato-summit");
  const bar = page.getByRole("region", { name: "Story" });
  await expect(bar.getByRole("radio", { name: "Time order" })).toBeChecked();
  const timeOrder = await page.evaluate(() => {
    const index = window.__app?.store.getState().index;
    return index ? index.events.map((event) => event.id) : [];
  });
  const at = timeOrder.indexOf("nagato-summit");
  await expectStep(page, at + 1, "nagato-summit");

  // From the bar's buttons: the arrows step.
  await bar.getByRole("button", { name: "Next step" }).focus();
  await page.keyboard.press("ArrowRight");
  await expectStep(page, at + 2, timeOrder[at + 1] ?? "");
  await page.keyboard.press("ArrowLeft");
  await expectStep(page, at + 1, "nagato-summit");
  // Space on a focused button presses it, as everywhere: it played or paused instead, and Next
  // step did not step (review 25).
  await page.keyboard.press(" ");
  await expectStep(page, at + 2, timeOrder[at + 1] ?? "");
  await expect(bar.getByRole("button", { name: "Play" })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expectStep(page, at + 1, "nagato-summit");

  // From the page itself (focus on the body): the arrows step and Space plays and pauses.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("ArrowRight");
  await expectStep(page, at + 2, timeOrder[at + 1] ?? "");
  await page.keyboard.press(" ");
  await expect(bar.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.keyboard.press(" ");
  await expect(bar.getByRole("button", { name: "Play" })).toBeVisible();

  // Text fields keep their keys.
  const search = page.getByRole("combobox", { name: "Search events and places" });
  await search.fill("abc");
  await search.press("ArrowLeft");
  await search.press(" ");
  await expect(search).toHaveValue("ab c");
  expect(await page.evaluate(() => window.__app?.store.getState().playing)).toBe(false);

  // Switching the order keeps the event.
  await bar.getByRole("radio", { name: "Article order" }).check();
  const id = timeOrder[at + 1] ?? "";
  const articleStep = articleOrder.findIndex((event) => event.id === id) + 1;
  await expectStep(page, articleStep, id);
  await expect(page).toHaveURL(new RegExp(`[?&]story=article&event=${id}(&|$)`));
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("nothing plays by itself, and a step still frames its places", async ({ page }) => {
    const second = articleOrder[1]?.id ?? "";
    await openApp(page, `/?story=article&event=${second}`);
    const bar = page.getByRole("region", { name: "Story" });
    await expectStep(page, 2, second);
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => window.__app?.store.getState().playing)).toBe(false);
    expect(await selectedId(page)).toBe(second);
    await bar.getByRole("button", { name: "Next step" }).click();
    await expectStep(page, 3, articleOrder[2]?.id ?? "");
  });

  // About the story's steps, not how the map frames them: on the SVG map (why: `webgl` in
  // e2e/fixtures.ts).
  test.describe("on the SVG map", () => {
    test.use({ webgl: false });

    test("a filter that takes the step on show out of the story goes on from its place, not from the first step", async ({
      page,
    }) => {
      // Step 13, the Skripal attack: no Japan among its actors.
      const at = articleOrder.findIndex((event) => event.id === "skripal-nerve-agent-attack");
      const japan = articleOrder.filter((event) => event.actors?.includes("Japan"));
      const next = articleOrder.slice(at + 1).find((event) => event.actors?.includes("Japan"));
      expect(at).toBeGreaterThan(1);
      await openApp(page, "/?story=article&event=skripal-nerve-agent-attack");
      const bar = page.getByRole("region", { name: "Story" });
      await page.evaluate(() => window.__app?.store.getState().setActors(["Japan"]));
      await expect(bar.getByTestId("story-progress")).toHaveText(`${japan.length} steps`);
      // Step 1 of the filtered story was where every way on went.
      await bar.getByRole("button", { name: "Next step" }).click();
      await expect(bar.getByTestId("story-progress")).toHaveText(
        `Step ${japan.indexOf(next as (typeof japan)[number]) + 1} of ${japan.length}`,
      );
      expect(await selectedId(page)).toBe(next?.id);
      expect(japan.indexOf(next as (typeof japan)[number])).toBeGreaterThan(0);
    });
  });
});

// On a phone the timeline kept 55% in story mode too: at 375×667 the open sheet had 136 px, the
// step's title was cut and its date and text never showed without scrolling the sheet, while the
// lanes around the one step were mostly empty (review 36 R1).
test.describe("on a phone", () => {
  test.use({ hasTouch: true, isMobile: true, webgl: false });

  test("every step's title, date and first line of text are in the open sheet's view, above Previous and Next, and the lanes keep the step", async ({
    page,
  }) => {
    for (const size of [
      { width: 320, height: 568 },
      { width: 375, height: 667 },
      { width: 412, height: 915 },
    ]) {
      await page.setViewportSize(size);
      const first = articleOrder[0]?.id ?? "";
      await openApp(page, `/?story=article&event=${first}`);
      for (const [index, event] of articleOrder.entries()) {
        const where = `step ${index + 1} at ${size.width}×${size.height}`;
        if (index > 0) await page.getByRole("button", { name: "Next step" }).tap();
        await expect(page.getByTestId("story-progress")).toHaveText(
          `Step ${index + 1} of ${total}`,
        );
        await expect.poll(() => selectedId(page), where).toBe(event.id);
        const hidden = await hiddenEventText(page);
        expect(hidden, where).toEqual([]);
        await expect(
          page.getByTestId("timeline-events").getByRole("button", { pressed: true }),
          where,
        ).toBeInViewport();
      }
    }
  });
});
