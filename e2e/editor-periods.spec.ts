/**
 * The editor's Periods tab, as an author uses it on a Japanese page: add a named period and see
 * its band on the timeline as it is typed, mistype a date or put the end before the start and
 * read why in Japanese while the band keeps its last valid dates, find it after a reload, delete it.
 */
import type { Page } from "@playwright/test";
import { axe, expect, savedSinceLastChange, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

/** The periods of the dataset on show (the draft's valid ones), as the timeline draws them. */
const shownPeriods = (page: Page) =>
  page.evaluate(() =>
    (window.__app?.store.getState().index?.dataset.periods ?? []).map(
      ({ id, title, start, end }) => ({ id, title, start, end: end ?? null }),
    ),
  );

/**
 * A period's band on the timeline, found by its name (drawn at the band's start): its left edge
 * and width; null when it is not drawn.
 */
const bandBox = (page: Page, text: string) =>
  page.evaluate((wanted) => {
    const label = [...document.querySelectorAll(".tl-period-label")].find(
      (element) => element.textContent?.trim() === wanted,
    );
    if (!label) return null;
    const left = label.getBoundingClientRect().left;
    // Each period's own bar (the shading behind the lanes is drawn once where periods overlap).
    const bands = [...document.querySelectorAll(".tl-period-bar")].map((band) =>
      band.getBoundingClientRect(),
    );
    const band = bands
      .filter((box) => box.left <= left + 1)
      .sort((a, b) => Math.abs(a.left - left) - Math.abs(b.left - left))[0];
    return band ? { x: Math.round(band.left), width: Math.round(band.width) } : null;
  }, text);

test("a period is added, edited live on the timeline, checked in the page's language, kept across a reload, deleted", async ({
  page,
}) => {
  await page.goto("/?lang=ja");
  await waitForApp(page);
  const shipped = (await shownPeriods(page)).length;
  expect(shipped).toBeGreaterThan(0);
  await page.getByRole("button", { name: "編集", exact: true }).click();
  await expect(page.getByRole("heading", { name: "下書きを編集中" })).toBeVisible();
  await page.getByRole("tab", { name: "期間" }).click();
  // The story's own periods are listed, to edit like any other.
  await expect(page.getByRole("list", { name: "下書きの期間" }).getByRole("listitem")).toHaveCount(
    shipped,
  );

  await page.getByRole("button", { name: "期間を追加" }).click();
  const form = page.getByRole("form", { name: /^期間：/ });
  const title = form.getByLabel("タイトル", { exact: true });
  // Focus on the new period's title, its placeholder (in the page's language) selected: typing names it.
  await expect(title).toBeFocused();
  await expect(title).toHaveValue("新しい期間");
  await expect
    .poll(() =>
      title.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
    )
    .toEqual([0, "新しい期間".length]);
  await page.keyboard.type("交渉の時期");
  await expect(title).toHaveValue("交渉の時期");
  await expect.poll(() => bandBox(page, "交渉の時期")).not.toBeNull();

  const start = form.getByLabel("開始", { exact: true });
  const end = form.getByLabel("終了", { exact: true });
  await start.fill("2017-02");
  await end.fill("2017-06");
  await expect(form.getByText("2017年2月")).toBeVisible();
  await expect
    .poll(async () => (await shownPeriods(page)).find((p) => p.id === "new-period"))
    .toEqual({ id: "new-period", title: "交渉の時期", start: "2017-02", end: "2017-06" });
  const narrow = await bandBox(page, "交渉の時期");

  // A date that is not one: said in Japanese under the field; the band keeps its dates.
  await start.fill("2017-13");
  await expect(start).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator(".editor-error")).toContainText("開始：");
  await expect(form.locator(".editor-error")).toContainText("2017-13");
  await expect(form.locator(".editor-error")).toContainText("は日付ではありません");
  // An end before the start: said on the end, in Japanese.
  await start.fill("2017-02");
  await end.fill("2016-05");
  await expect(end).toHaveAttribute("aria-invalid", "true");
  await expect(start).not.toHaveAttribute("aria-invalid", "true");
  await expect(form.locator(".editor-error")).toContainText("終了：");
  await expect(form.locator(".editor-error")).toContainText("より前です");
  // The field's name once, as in English ("End: "2016" is before…"), not "終了：終了…".
  await expect(form.locator(".editor-error")).not.toContainText("終了：終了");
  await expect(page.getByRole("listitem").filter({ hasText: "交渉の時期" })).toContainText(
    "1件の問題",
  );
  const result = await axe(page)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
  ).toEqual([]);
  await expect
    .poll(async () => (await shownPeriods(page)).find((p) => p.id === "new-period")?.end)
    .toBe("2017-06");

  // Right again, and longer: the band follows at once.
  await end.fill("2017-12");
  await expect(form.locator(".editor-error")).toHaveCount(0);
  await expect
    .poll(async () => (await bandBox(page, "交渉の時期"))?.width ?? 0)
    .toBeGreaterThan(narrow?.width ?? Number.POSITIVE_INFINITY);
  await form.getByLabel("注記", { exact: true }).fill("記事ではなく一般的な知識による");

  await expect(page.getByText(/このブラウザーに保存しました/)).toBeVisible();
  await savedSinceLastChange(page);
  await page.reload();
  await waitForApp(page);
  await expect.poll(() => bandBox(page, "交渉の時期")).not.toBeNull();
  await page.getByRole("tab", { name: "期間" }).click();
  const item = page.getByRole("listitem").filter({ hasText: "交渉の時期" });
  await item.getByRole("button").click();
  await expect(
    page.getByRole("form", { name: /^期間：/ }).getByLabel("終了", { exact: true }),
  ).toHaveValue("2017-12");

  await page.getByRole("button", { name: "期間を削除" }).click();
  await expect.poll(() => bandBox(page, "交渉の時期")).toBeNull();
  await expect.poll(async () => (await shownPeriods(page)).length).toBe(shipped);
  // Said, as deleting an event or a place is (review 22 L1: the band went without a word).
  await expect(
    page.getByRole("status").filter({ hasText: "期間「交渉の時期」を削除しました" }),
  ).toBeVisible();
  // Undo brings it back, as any delete.
  await page.getByRole("button", { name: "元に戻す", exact: true }).click();
  await expect.poll(() => bandBox(page, "交渉の時期")).not.toBeNull();
});

// Review 35 F6: the form said "it runs to the last event" of a period that starts after it, and
// the band was a sliver of its start alone.
test("a period with no end that starts after the last event asks for an end", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByRole("tab", { name: "Periods" }).click();
  await page.getByRole("button", { name: "Add period" }).click();
  const form = page.getByRole("form", { name: /^Period:/ });
  await form.getByLabel("End", { exact: true }).fill("");
  await form.getByLabel("Start", { exact: true }).fill("2019-06");
  await expect(form).toContainText("No end, and it starts after the last event");
  await form.getByLabel("Start", { exact: true }).fill("2017-06");
  await expect(form).toContainText("No end: it runs to the last event.");
  await expect(form).not.toContainText("starts after the last event");
});
