/**
 * A saved draft's reopening on load: what it waits for. The draft is looked for in IndexedDB
 * while the page's language loads, not after it (main.tsx), so that the editor's code, then the
 * draft, come with the language's code and the dataset instead of after them.
 */
import { expect, savedSinceLastChange, test, waitForApp } from "./fixtures";

// Not about the map.
test.use({ webgl: false });

test("a saved draft is looked for while the page's language is still loading", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Editing a draft" })).toBeVisible();
  await page.getByRole("textbox", { name: "Story title" }).fill("Looked for early");
  await savedSinceLastChange(page);

  // The Japanese messages' code is held until the page opens IndexedDB, or for a few seconds
  // (then the page goes on, and the draft was looked for too late).
  let storageOpened: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    storageOpened = resolve;
  });
  await page.exposeFunction("__storageOpened", () => storageOpened());
  await page.addInitScript(() => {
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...args: Parameters<IDBFactory["open"]>) => {
      (window as unknown as { __storageOpened: () => void }).__storageOpened();
      return open(...args);
    };
  });
  let heldUntil: "storage" | "fallback" | null = null;
  await page.route(/\/assets\/ja-[\w-]+\.js$/, async (route) => {
    heldUntil = await Promise.race([
      opened.then(() => "storage" as const),
      new Promise<"fallback">((resolve) => setTimeout(() => resolve("fallback"), 5000)),
    ]);
    await route.continue();
  });
  await page.goto("/?lang=ja");
  await expect(page.getByText(/下書きを復元しました/)).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().source.kind))
    .toBe("draft");
  expect(heldUntil).toBe("storage");
});
