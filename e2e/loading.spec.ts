/**
 * Loading large data: a million-row CSV through `?data=` (a smoke test, not
 * a timing test: `npm run bench` measures speed), and a slow `?data=` load
 * with its progress bar, a search box that still answers, and Cancel, which
 * keeps the dataset on show.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { generateDataset } from "../scripts/generate-dataset";
import { generateCsv } from "../scripts/generateCsv";
import { expect, test, waitForApp } from "./fixtures";
import { closeServer } from "./support/closeServer";

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search events and places" });

/** The page answers an evaluate round trip within `ms`: not frozen. */
async function answersWithin(page: Page, ms: number): Promise<void> {
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(ms);
}

test("1,000,000 rows of CSV open through ?data=: count, selection, zoom, a page that answers", async ({
  page,
  context,
}) => {
  // Loading is tens of seconds on a busy 2-core machine; the rest is seconds.
  test.setTimeout(240_000);
  // A real download, whatever folder the preview serves: the app asks its own origin for the
  // file, and the request goes on (`route.continue`) to a server of this test's temp file. Through
  // `route.fulfill` the 48 MB went over the DevTools connection while the worker read, and the
  // first "answers within 5 s" failed now and then (5.2–5.6 s); written into dist/, it failed
  // against any other build folder.
  const folder = mkdtempSync(join(tmpdir(), "e2e-million-"));
  const file = join(folder, "million.csv");
  writeFileSync(file, generateCsv({ rows: 1_000_000, seed: 11 }));
  let served = 0;
  const server = createServer((_request, response) => {
    served++;
    response.writeHead(200, { "Content-Type": "text/csv" });
    createReadStream(file).pipe(response);
  });
  try {
    const origin = await listen(server);
    const path = "/e2e-million.csv";
    await context.route(
      (url) => url.pathname === path,
      (route) => route.continue({ url: `${origin}${path}` }),
    );
    await openMillion(page, path);
    expect(served).toBe(1);
  } finally {
    await closeServer(server);
    rmSync(folder, { recursive: true, force: true });
  }
});

/** The server's origin, once it listens on a free port. */
function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
    });
  });
}

/** Load, select, zoom: the million rows' smoke test, each step checking the page still answers. */
async function openMillion(page: Page, path: string) {
  // Whether the timeline was on the page when MapLibre's map was made (it waits for it).
  await page.addInitScript(() => {
    const look = () => {
      if (!window.__app?.map) return requestAnimationFrame(look);
      const timeline = document.querySelector('[data-testid="timeline-zoom"]') !== null;
      (window as { timelineBeforeMap?: boolean }).timelineBeforeMap = timeline;
    };
    requestAnimationFrame(look);
  });
  await page.goto(`/?data=${path}`);
  // While the worker reads, the page keeps painting frames.
  await expect(page.getByRole("progressbar")).toBeVisible({ timeout: 30_000 });
  await answersWithin(page, 5_000);
  await expect(page.getByTestId("event-count")).toHaveText("— 1,000,000 events", {
    timeout: 200_000,
  });
  await answersWithin(page, 5_000);
  await expect
    .poll(
      () => page.evaluate(() => (window as { timelineBeforeMap?: boolean }).timelineBeforeMap),
      {
        timeout: 60_000,
      },
    )
    .toBe(true);

  // Select the first event of the list of all events (search over a million titles is
  // prepared in the background, and takes a while on a busy machine).
  const list = page.getByRole("list", { name: "All events in time order" });
  const first = list.getByRole("listitem").first();
  const title = ((await first.textContent()) ?? "").replace(/^.*?(\D+ \d+)$/, "$1");
  await first.getByRole("button").first().click();
  await expect(
    page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }),
  ).toHaveText(title, { timeout: 30_000 });
  expect(await page.evaluate(() => window.__app?.store.getState().selectedEventId)).not.toBeNull();

  // A wheel step over the timeline zooms it.
  const before = await page.evaluate(() => window.__app?.store.getState().timeWindow);
  const zoom = page.getByTestId("timeline-zoom");
  const box = await zoom.boundingBox();
  if (!box) throw new Error("no timeline");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect
    .poll(() => page.evaluate(() => window.__app?.store.getState().timeWindow), {
      timeout: 15_000,
    })
    .not.toEqual(before);
  // Frames keep coming after the gesture: the page is not frozen. Judged by the longest wait
  // between two frames over 3 s, not a count in one second: beside another test's MapLibre on
  // the 2 cores, a busy second painted 4 frames, not a frozen page. The longest gap read 1000 ms
  // once in a whole run (stop 63's, retried): a frozen page paints nothing in the 3 s, and the
  // bench measures the longest task.
  const gaps = await page.evaluate(
    () =>
      new Promise<{ frames: number; longest: number }>((resolve) => {
        let frames = 0;
        let longest = 0;
        let last = performance.now();
        const end = last + 3000;
        const tick = (now: number) => {
          frames++;
          longest = Math.max(longest, now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve({ frames, longest });
        };
        requestAnimationFrame(tick);
      }),
  );
  expect(gaps.frames).toBeGreaterThan(5);
  expect(gaps.longest).toBeLessThan(2000);

  // Edit makes no draft of a million events (each save froze the page ~10 s, review 34 F3): a
  // notice says why and what to do, and the page answers.
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "the editor opens stories of up to 100,000" }),
  ).toBeVisible({ timeout: 30_000 });
  await answersWithin(page, 5_000);
  expect(await page.evaluate(() => window.__app?.store.getState().editor)).toBeNull();
}

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.describe("with the SVG map", () => {
  test.use({ webgl: false });
  test("a slow ?data= load shows its progress, the search box answers, and Cancel keeps the dataset on show", async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const first = JSON.stringify(generateDataset({ events: 300, seed: 3 }));
    let requests = 0;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route(
      (url) => url.pathname === "/slow.json",
      async (route) => {
        requests++;
        // The first load is quick; the second is held until the test ends.
        if (requests > 1) await held;
        await route
          .fulfill({ status: 200, body: first, contentType: "application/json" })
          .catch(() => undefined);
      },
    );
    await page.goto("/?data=/slow.json");
    await waitForApp(page);
    await expect(heading(page)).toContainText("300 events");

    // Another dataset, from a file: the page adds a history entry for it.
    const other = generateDataset({ events: 40, seed: 9 });
    await page.getByTestId("dataset-file-input").setInputFiles({
      name: "other.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(other)),
    });
    await expect(heading(page)).toContainText("40 events");

    // Back reopens /slow.json, which now takes its time.
    await page.goBack();
    const bar = page.getByRole("progressbar", { name: "Opening /slow.json" });
    await expect(bar).toBeVisible();
    await expect(page.getByTestId("progress-detail")).toContainText(/Starting|Downloading/);

    // The search box still answers, over the dataset on show.
    await searchBox(page).fill("discuss");
    await expect(
      page.getByRole("listbox", { name: "Search results" }).getByRole("option").first(),
    ).toBeVisible();
    await searchBox(page).fill("");

    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(bar).toBeHidden();
    await expect(heading(page)).toContainText("40 events");
    // Focus went to the page with the Cancel button (review 32 F8): the timeline's region has it.
    await expect(page.locator("#timeline")).toBeFocused();
    expect(await page.evaluate(() => window.__app?.store.getState().status)).toBe("ready");
    release();
  });
});
