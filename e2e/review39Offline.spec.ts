import type { Page } from "@playwright/test";
import { expect, test, waitForApp } from "./fixtures";

// Review 39: offline and the service worker, the Save menu's offline copy, and a print made early.
// As in offline.spec.ts: these tests are about the service worker, which the suite blocks.
test.use({ serviceWorkers: "allow" });

// As offline.spec.ts: each test starts with no service worker and no cache (why: there).
test.afterEach(async ({ context, page, baseURL }) => {
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.goto("about:blank");
  const session = await context.newCDPSession(page);
  await session.send("Storage.clearDataForOrigin", {
    origin: new URL(baseURL ?? "http://127.0.0.1").origin,
    storageTypes: "cache_storage,service_workers",
  });
  await session.detach();
});

/** Wait until the service worker has precached everything and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
    );
  });
}

test("a ?data= link to a file of the site never opened here says it is not kept, not CORS, while navigator.onLine says online", async ({
  page,
  context,
  watch,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  watch.allow(/Failed to load resource|net::ERR_INTERNET_DISCONNECTED|Failed to fetch/);
  // A page opened under Chromium's offline emulation reads navigator.onLine as true, as a captive
  // portal's or a dropped connection's page does: the message cannot rest on it.
  await page.goto("/?data=/never-opened.json");
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  const alert = page.getByRole("alert").filter({ hasText: "never-opened.json" });
  await expect(alert).toContainText(
    "/never-opened.json has not been opened on this device before, so it is not kept here, and the site could not be reached.",
  );
  await expect(alert).not.toContainText("CORS");
  // It may answer later: the load can be tried again.
  await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
});

test("the Save menu says before the click that an offline copy needs the site, and online offers it as before", async ({
  page,
  context,
  watch,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await waitForServiceWorker(page);
  const save = page.getByRole("button", { name: "Save", exact: true });
  const copy = page.getByRole("button", { name: "Offline copy…" });
  const note = "Needs a connection to the site: the copy's template is not kept on this device.";
  await save.click();
  await expect(copy).toBeVisible();
  await expect(copy).not.toHaveAttribute("aria-disabled");
  await expect(page.getByText(note)).toHaveCount(0);
  await save.click();

  // Offline in the page that is open: the browser says so (navigator.onLine false).
  await context.setOffline(true);
  watch.allow(/Failed to load resource|net::ERR_INTERNET_DISCONNECTED|Failed to fetch/);
  await save.click();
  await expect(copy).toHaveAttribute("aria-disabled", "true");
  await expect(copy).toHaveAccessibleDescription(note);
  await save.click();

  // A page opened offline reads navigator.onLine as true (as behind a captive portal): the menu
  // finds the site out of reach all the same, and the item stays in the keyboard's order.
  await page.reload();
  await waitForApp(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await save.click();
  await expect(copy).toHaveAttribute("aria-disabled", "true");
  await expect(copy).toHaveAccessibleDescription(note);
  await copy.focus();
  await page.keyboard.press("Enter");
  // Pressed, it starts nothing that would fail.
  await expect(copy).toHaveText("Offline copy…");
  await expect(page.getByText(/could not be made/)).toHaveCount(0);
});
