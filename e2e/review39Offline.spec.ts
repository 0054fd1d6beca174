import type { Page } from "@playwright/test";
import { expect, test, waitForApp, waitForMap } from "./fixtures";
import { forgetServiceWorker, waitForServiceWorker } from "./serviceWorker";

// Review 39: offline and the service worker, the Save menu's offline copy, and a print made early.
// As in offline.spec.ts: these tests are about the service worker, which the suite blocks.
test.use({ serviceWorkers: "allow" });
// The service worker's and the Save menu's tests do not read the map: on the SVG map (why: `webgl`
// in e2e/fixtures.ts); the prints made before the map has drawn keep MapLibre.
test.use({ webgl: false });

// Each test starts with no service worker and no cache, as on a first visit (why: serviceWorker.ts).
test.afterEach(({ context, page, baseURL }) => forgetServiceWorker(context, page, baseURL));

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
  // It may answer later: the load can be tried again (the button is the panel's, outside the
  // alert, which reads the message only: review 39 R5).
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
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

test.describe("a print before the map has drawn", () => {
  // Not about the service worker: the suite's default. About MapLibre's map, drawn or not yet.
  test.use({ serviceWorkers: "block", webgl: true });

  /** The map is up, then taken back to "not drawn yet" (the store's mapSettled), as on a slow device. */
  async function mapNotDrawnYet(page: Page): Promise<void> {
    await page.goto("/?event=lavrov-arrives-in-tokyo");
    await waitForApp(page);
    await waitForMap(page);
    await page.evaluate(() => window.__app?.store.setState({ mapSettled: false }));
  }

  test("the browser's print leaves the map out and says why, instead of a bare coast", async ({
    page,
  }) => {
    await mapNotDrawnYet(page);
    // The list's code is here, as after the reader's first wheel (PrintSlot.tsx).
    const lanes = await page.getByTestId("timeline-zoom").boundingBox();
    if (!lanes) throw new Error("no timeline");
    await page.mouse.move(lanes.x + lanes.width / 2, lanes.y + lanes.height / 2);
    await page.mouse.wheel(0, -200);
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType("resource").some((entry) => /PrintView-/.test(entry.name)),
        ),
      )
      .toBe(true);
    await page.emulateMedia({ media: "print" });
    const list = page.getByRole("article", { name: "Printable list of events" });
    await expect(list).toContainText(
      "The map had not finished drawing when printing started, so it is left out",
    );
    await expect(list.getByRole("img", { name: "The map as it was shown" })).toHaveCount(0);
    // Once it has drawn, a print has the map.
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.__app?.store.getState().mapSettle());
    await page.emulateMedia({ media: "print" });
    await expect(list.getByRole("img", { name: "The map as it was shown" })).toBeVisible();
    await expect(list).not.toContainText("had not finished drawing");
  });

  test("the Save menu's Print waits for the map to draw", async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {
        (window as { printedDrawn?: boolean }).printedDrawn =
          window.__app?.store.getState().mapSettled;
      };
    });
    await mapNotDrawnYet(page);
    const printed = () => page.evaluate(() => (window as { printedDrawn?: boolean }).printedDrawn);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Print…" }).click();
    // The list's code has come, and the print still waits for the map.
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType("resource").some((entry) => /PrintView-/.test(entry.name)),
        ),
      )
      .toBe(true);
    expect(await printed()).toBeUndefined();
    await page.evaluate(() => window.__app?.store.getState().mapSettle());
    await expect.poll(printed).toBe(true);
  });
});
