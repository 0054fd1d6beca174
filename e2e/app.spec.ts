import { expect, test, waitForApp, waitForMap } from "./fixtures";

test("the production build shows the three regions, the dataset and a loaded map", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await expect(page).toHaveTitle("Japan–Russia relations, 2018");
  await expect(page.getByRole("region", { name: "Map", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Details", exact: true })).toBeVisible();
  const count = await page.evaluate(() => window.__app?.store.getState().index?.events.length ?? 0);
  expect(count).toBeGreaterThan(10);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${count} events`);
  await waitForMap(page);
  const loaded = await page.evaluate(() => window.__app?.map?.loaded() ?? false);
  expect(loaded).toBe(true);
  const favicon = await page.request.get("/favicon.svg");
  expect(favicon.ok()).toBe(true);
});

test("Japanese script is drawn with the bundled font, fetched only when it is shown", async ({
  page,
}) => {
  const loadedJapaneseFaces = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter(
        (face) => face.family.replace(/"/g, "") === "Noto Sans JP" && face.status === "loaded",
      ).length;
    });
  await page.goto("/");
  await waitForApp(page);
  expect(await loadedJapaneseFaces()).toBe(0);
  await page.goto("/?place=iturup");
  await waitForApp(page);
  // (The language switch names 日本語 in every page, in the system's font.)
  await expect(
    page.getByRole("complementary", { name: "Details" }).locator('[lang="ja"]').first(),
  ).toContainText("択捉島");
  await expect.poll(loadedJapaneseFaces).toBeGreaterThan(0);
});

test.describe("without WebGL", () => {
  test.use({ webgl: false });
  test("the About panel's source line ends in one full stop in Russian, whose dates end in one", async ({
    page,
  }) => {
    await page.goto("/?lang=ru");
    await waitForApp(page);
    const source = page.locator(".details-source");
    // It read "…, 2 апреля 2018 г..": the line's own full stop after the date's.
    await expect(source).toHaveText(/, 2 апреля 2018 г\.$/);
    await page.goto("/?lang=en");
    await waitForApp(page);
    await expect(source).toHaveText(/, 2 April 2018\.$/);
  });

  test("the About panel's source line is punctuated as Japanese and Chinese write, not with English commas and full stop", async ({
    page,
  }) => {
    // They read "出典： Chilly …, Cai Hong, China Daily Asia Weekly, 2018年4月2日.".
    const source = page.locator(".details-source");
    await page.goto("/?lang=ja");
    await waitForApp(page);
    await expect(source).toHaveText(
      "出典：Chilly Japan-Russia ties unlikely to thaw、Cai Hong、China Daily Asia Weekly、2018年4月2日。",
    );
    await page.goto("/?lang=zh");
    await waitForApp(page);
    await expect(source).toHaveText(
      "来源：Chilly Japan-Russia ties unlikely to thaw，Cai Hong，China Daily Asia Weekly，2018年4月2日。",
    );
  });
});
