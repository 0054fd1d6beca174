/**
 * The shipped dataset's translations travel apart from it (one file per
 * language, `src/load/translationFiles.ts`): a page fetches the English base
 * and its own language's file, with no flash of English titles; the others
 * come when the reader switches language or starts a search, which then
 * matches in every language.
 */
import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

/** The shipped dataset's language files this page has asked for ("ja", "ru", "zh"). */
function languageFiles(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const lang = /\/japan-russia-2018\.([a-z]+)-[\w-]+\.json$/.exec(request.url())?.[1];
    if (lang) asked.push(lang);
  });
  return asked;
}

test("an English page fetches no translation; a search fetches them all and matches in every language", async ({
  page,
}) => {
  const asked = languageFiles(page);
  await page.goto("/");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("24 events");
  expect(asked).toEqual([]);

  const search = page.getByRole("combobox", { name: "Search events and places" });
  await search.fill("Лавров прилетает");
  const results = page.getByRole("listbox", { name: "Search results" });
  await expect(results.getByRole("option", { name: /Lavrov lands in Tokyo/ })).toBeVisible();
  expect([...asked].sort()).toEqual(["ja", "ru", "zh"]);
  await search.fill("拉夫罗夫抵达");
  await expect(results.getByRole("option", { name: /Lavrov lands in Tokyo/ })).toBeVisible();
});

test("?lang=ja paints Japanese titles first, with only its own file; a switch fetches the next", async ({
  page,
}) => {
  const asked = languageFiles(page);
  // Every text the details' heading and the page's title ever show, from the first one.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const heading = document.querySelector("#details-title")?.textContent;
      if (heading) seen.push(heading);
      seen.push(document.title);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto("/?lang=ja&event=lavrov-arrives-in-tokyo");
  await waitForApp(page);
  await expect(page.locator("#details-title")).toHaveText("ラブロフ外相が東京に到着");
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toContain("ラブロフ外相が東京に到着");
  expect(seen.filter((text) => text.includes("Lavrov lands"))).toEqual([]);
  expect(asked).toEqual(["ja"]);

  await page.getByRole("radio", { name: "Русский" }).check();
  await expect(page.locator("#details-title")).toHaveText("Лавров прилетает в Токио");
  expect(asked).toEqual(["ja", "ru"]);
  // Back to Japanese: nothing fetched again.
  await page.goBack();
  await expect(page.locator("#details-title")).toHaveText("ラブロフ外相が東京に到着");
  expect(asked).toEqual(["ja", "ru"]);
});

test("a link's search in another language matches as the typed one did: ?q=Лавров&only=1 shows his 4 events", async ({
  page,
}) => {
  // The address the page writes after "Лавров" is typed on an English page and "only matches"
  // turned on. Opened, it showed 0 of 24 and "No results": the translations were asked for while
  // the dataset was still loading, which does nothing, and never again.
  const asked = languageFiles(page);
  // Whether the timeline ever said that nothing matches while the translations came.
  await page.addInitScript(() => {
    const seen = { empty: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="timeline-empty"]')) seen.empty = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`/?q=${encodeURIComponent("Лавров")}&only=1`);
  await waitForApp(page);
  await expect(page.getByTestId("filter-summary")).toContainText("Showing 4 of 24 events");
  expect([...asked].sort()).toEqual(["ja", "ru", "zh"]);
  const seen = await page.evaluate(() => (window as unknown as { seen: { empty: boolean } }).seen);
  expect(seen.empty, "the timeline said nothing matches").toBe(false);
  // The search box lists the same events.
  await page.getByRole("combobox", { name: "Search events and places" }).focus();
  await expect(
    page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option", { name: /Lavrov lands in Tokyo/ }),
  ).toBeVisible();
});

test("a language whose interface cannot load leaves the switch and the address on the one shown (review 27 F4)", async ({
  page,
  context,
  watch,
}) => {
  watch.allow(
    /ru-[\w-]+\.js|Failed to fetch dynamically imported module|ERR_INTERNET_DISCONNECTED/,
  );
  await context.route(/\/assets\/ru-[\w-]+\.js$/, (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await waitForApp(page);
  // Clicked, not checked: the switch goes back to English at once, which is the point.
  await page.getByRole("radio", { name: "Русский" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not load" })).toHaveText(
    /Could not load the Русский interface; it stays in English\. Reload the page to try again\./,
  );
  await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
  await expect(page).not.toHaveURL(/lang=ru/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
