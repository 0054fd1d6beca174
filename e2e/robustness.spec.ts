import type { BrowserContext, Page } from "@playwright/test";
import { boxOf, overlap } from "./boxes";
import { expect, test, type Watch, waitForApp } from "./fixtures";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

/** A link to a file the server does not have (404, expected), opened on a 360×740 phone. */
async function openMissingFileOnPhone(page: Page, watch: Watch): Promise<void> {
  watch.allow(/404/);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/?data=/no-such-file.json");
}

/** A minimal valid dataset; tests break it in different ways. */
function dataset(overrides: Record<string, unknown> = {}) {
  return {
    meta: { title: "Test data" },
    places: [{ id: "p", name: "P", names: { en: "P" }, kind: "city", coordinates: [140, 40] }],
    events: [
      { id: "a", title: "First", start: "2018-01-02", places: ["p"], summary: "One." },
      { id: "b", title: "Second", start: "2018-02", places: ["p"], summary: "Two." },
    ],
    ...overrides,
  };
}

/** Serve `body` at a same-origin path (workers' requests included). */
async function serve(context: BrowserContext, path: string, body: string, status = 200) {
  await context.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ status, body, contentType: "application/json" }),
  );
}

const problems = (page: Page) =>
  // The panel whose live region (its title and problems; its buttons beside) is an alert.
  page.locator("section.dataset-problems").filter({
    has: page.getByRole("alert").filter({ has: page.locator("#dataset-problems-title") }),
  });

const badDatasets: { name: string; body: string; expected: RegExp[] }[] = [
  {
    name: "broken JSON",
    body: '{\n  "meta": { "title": "x" },\n  "events": [\n    { "id": "a", }\n  ]\n}',
    expected: [/Broken JSON at line 4, column \d+/],
  },
  {
    name: "wrong types and bad dates",
    body: JSON.stringify(
      dataset({
        events: [
          { id: "a", title: 42, start: "2018-13-45", places: ["p"], summary: "One." },
          { id: "b", title: "B", start: "yesterday", places: "p", summary: "Two." },
        ],
      }),
    ),
    expected: [
      /events\[0\]\.title: must be a text, not 42/,
      /events\[0\]\.start: "2018-13-45" is not a date/,
      /events\[1\]\.start: "yesterday" is not a date/,
      /events\[1\]\.places: must be a list, not "p"/,
    ],
  },
  {
    name: "empty data",
    body: JSON.stringify(dataset({ events: [] })),
    expected: [/events: This dataset has no events/],
  },
];

test.describe("bad datasets through ?data=", () => {
  for (const bad of badDatasets) {
    test(`${bad.name} is explained`, async ({ page, context }) => {
      await serve(context, "/bad.json", bad.body);
      await page.goto("/?data=/bad.json");
      const panel = problems(page);
      await expect(panel).toBeVisible();
      await expect(panel.getByRole("heading")).toHaveText("Could not open /bad.json");
      for (const pattern of bad.expected) await expect(panel).toContainText(pattern);
      await panel.getByRole("button", { name: "Back to the default dataset" }).click();
      await waitForApp(page);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Japan–Russia relations");
      await expect(page).toHaveURL(/\/$/);
    });
  }

  test("a web page or an image is named for what it is, not read as a CSV", async ({ page }) => {
    await page.goto("/?data=/");
    const list = problems(page).getByRole("list");
    await expect(list.getByRole("listitem")).toHaveText([
      "This is a web page (HTML), not a dataset: link to or open the data file itself, in JSON, GeoJSON, CSV or TSV (on GitHub, its “Raw” address)",
    ]);
    await page.goto("/?data=/icons/icon-192.png");
    await expect(problems(page).getByRole("heading")).toHaveText(
      "Could not open /icons/icon-192.png",
    );
    await expect(list.getByRole("listitem")).toHaveText([
      "This is a PNG image, not a dataset: the explorer opens text files in JSON, GeoJSON, CSV or TSV",
    ]);
  });

  test("a missing file gives its HTTP status", async ({ page, watch }) => {
    watch.allow(/404/);
    await page.goto("/?data=/no-such-file.json");
    await expect(problems(page)).toContainText("the server answered HTTP 404");
  });

  test("an address that failed is tried again by its button, and opens once it answers", async ({
    page,
    context,
    watch,
  }) => {
    watch.allow(/503/);
    let up = false;
    await context.route(
      (url) => url.pathname === "/comes-back.json",
      (route) =>
        up
          ? route.fulfill({ body: JSON.stringify(dataset()), contentType: "application/json" })
          : route.fulfill({ status: 503, body: "down" }),
    );
    await page.goto("/?data=/comes-back.json");
    await expect(problems(page)).toContainText("the server answered HTTP 503");
    // The error stayed once the server came back: the only ways on were the default dataset
    // or the link again.
    up = true;
    await problems(page).getByRole("button", { name: "Try again" }).click();
    await waitForApp(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test data — 2 events");
    await expect(page).toHaveURL(/\?data=\/comes-back\.json/);
  });

  test("on a phone, one problem is shown at once, with the way back to the default dataset", async ({
    page,
    watch,
  }) => {
    await openMissingFileOnPhone(page, watch);
    // A list of one folded behind "Show 1 problem" hid the only reason and the way back.
    await expect(problems(page)).toContainText("the server answered HTTP 404");
    await expect(problems(page).getByRole("button", { expanded: false })).toHaveCount(0);
    await expect(
      problems(page).getByRole("button", { name: "Back to the default dataset" }),
    ).toBeVisible();
  });

  test("on a phone, the title and the missing file's two buttons stay readable", async ({
    page,
    watch,
  }) => {
    await openMissingFileOnPhone(page, watch);
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveText("No dataset open");
    const titleBox = await boxOf(title);
    // The buttons squeezed it to one letter's width, three lines high, and lay over its words.
    expect(titleBox.width).toBeGreaterThan(100);
    // Review 37 R9: the way back and the picker are the panel's, named for an address.
    for (const name of ["Back to the default dataset", "Open another dataset…"]) {
      const button = page.getByRole("button", { name });
      await expect(button).toBeInViewport({ ratio: 1 });
      expect(overlap(titleBox, await boxOf(button))).toBe(false);
    }
  });

  // A title, a place, an actor and a tag of one long word (a web address, a file name): they
  // ran off the page, which then scrolled sideways (621 px at 360), and off the details panel.
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    test(`words too long for a line wrap instead of widening the page or the details (${width}×${height})`, async ({
      page,
      context,
    }) => {
      const word = "Supercalifragilisticexpialidocious".repeat(4).slice(0, 140);
      const body = dataset({ meta: { title: word } });
      Object.assign(body.places[0] as object, {
        name: word.slice(0, 100),
        names: { en: word.slice(0, 100) },
      });
      Object.assign(body.events[0] as object, {
        title: word,
        actors: [word.slice(0, 60)],
        tags: [word.slice(0, 60)],
        summary: word,
      });
      await serve(context, "/long.json", JSON.stringify(body));
      await page.setViewportSize({ width, height });
      await page.goto("/?data=/long.json&event=a");
      await waitForApp(page);
      const details = page.getByRole("complementary", { name: "Details" });
      await expect(details.getByRole("heading", { level: 2 })).toHaveText(word);
      const sideways = await page.evaluate(() => {
        const panel = document.querySelector<HTMLElement>("#details-region");
        return {
          page: document.documentElement.scrollWidth - window.innerWidth,
          details: panel ? panel.scrollWidth - panel.clientWidth : -1,
        };
      });
      expect(sideways).toEqual({ page: 0, details: 0 });
    });
  }

  test("duplicates and dangling references keep the good part with a warning", async ({
    page,
    context,
  }) => {
    const body = dataset({
      events: [
        { id: "a", title: "First", start: "2018-01-02", places: ["p", "nowhere"], summary: "One." },
        { id: "a", title: "Again", start: "2018-01-03", places: ["p"], summary: "Dup." },
        {
          id: "c",
          title: "Third",
          start: "2018-03",
          end: "2018-02",
          places: ["p"],
          summary: "Back.",
        },
        { id: "d", title: "Fourth", start: "2018-04", places: ["p"], summary: "Fine." },
      ],
    });
    await serve(context, "/partial.json", JSON.stringify(body));
    await page.goto("/?data=/partial.json");
    await waitForApp(page);
    // The duplicate goes; the event whose end is before its start stays, at its start.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test data — 3 events");
    const warning = page.getByRole("status").filter({ hasText: "with changes" });
    await expect(warning).toContainText(
      'events[0].places[1]: "nowhere" is not the id of any place',
    );
    await expect(warning).toContainText('events[1].id: "a" is used by an earlier event');
    await expect(warning).toContainText(
      'events[2].end: "2018-02" is before the start "2018-03": the end is left out, the event kept',
    );
    // Beside the live region, in its panel.
    await expect(
      page
        .locator("section.dataset-problems")
        .getByRole("button", { name: "Back to the default dataset" }),
    ).toBeVisible();
  });

  test("a good dataset replaces the default and the link records it", async ({ page, context }) => {
    await serve(context, "/good.json", JSON.stringify(dataset()));
    await page.goto("/?data=/good.json&event=b");
    await waitForApp(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test data — 2 events");
    await expect(
      page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }),
    ).toHaveText("Second");
    await expect(page).toHaveURL(/\?data=\/good\.json&event=b$/);
  });
});

test.describe("datasets from a local file", () => {
  test("the file picker opens a good file and explains a bad one, and an image", async ({
    page,
  }) => {
    await page.goto("/");
    await waitForApp(page);
    const input = page.getByTestId("dataset-file-input");
    await input.setInputFiles({
      name: "mine.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(dataset())),
    });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test data — 2 events");
    await expect(page.getByRole("banner").getByTestId("provenance")).toContainText(
      "A file from your computer (not shared)",
    );

    await input.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ nope"),
    });
    const panel = problems(page);
    await expect(panel.getByRole("heading")).toHaveText("Could not open the file broken.json");
    await expect(panel).toContainText("Broken JSON at line 1");
    // The dataset shown before stays on screen.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test data — 2 events");

    // An image is named, not quoted byte by byte as a CSV's header.
    await input.setInputFiles("public/icons/icon-192.png");
    await expect(panel.getByRole("heading")).toHaveText("Could not open the file icon-192.png");
    await expect(panel.getByRole("listitem")).toHaveText([
      "This is a PNG image, not a dataset: the explorer opens text files in JSON, GeoJSON, CSV or TSV",
    ]);
    // Over a file, the way back to the default dataset; over the default dataset itself, only
    // Dismiss (it offered the way back to what was on screen: review 32 F18).
    await expect(panel.getByRole("button", { name: "Back to the default dataset" })).toBeVisible();
    await page.goto("/");
    await waitForApp(page);
    await input.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ nope"),
    });
    await expect(panel.getByRole("heading")).toHaveText("Could not open the file broken.json");
    await expect(panel.getByRole("button", { name: "Dismiss" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Back to the default dataset" })).toHaveCount(0);
  });
});

test("Back and Forward step through a local file's entries, and out of it and into it again", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  const heading = page.getByRole("heading", { level: 1 });
  const defaultTitle = (await heading.textContent()) ?? "";
  await page.getByTestId("dataset-file-input").setInputFiles({
    name: "mine.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(dataset())),
  });
  await expect(heading).toHaveText("Test data — 2 events");
  const details = page.getByRole("complementary", { name: "Details" });
  await details.getByRole("button", { name: /First/ }).click();
  await details.getByRole("button", { name: /^Next event/ }).click();
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Second");
  await page.goBack();
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("First");
  await expect(heading).toHaveText("Test data — 2 events");
  await expect(page.getByRole("alert").filter({ hasText: "No event" })).toHaveCount(0);
  // Back past the file's first entry: the dataset shown before it; Forward: the file again.
  await page.goBack();
  await page.goBack();
  await expect(heading).toHaveText(defaultTitle);
  await page.goForward();
  await expect(heading).toHaveText("Test data — 2 events");
  await page.goForward();
  await page.goForward();
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Second");
  await expect(page.getByRole("alert").filter({ hasText: "No event" })).toHaveCount(0);
});

test("hostile text in a dataset is shown as text and never runs", async ({ page, context }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  const body = dataset({
    meta: { title: hostile },
    events: [
      {
        id: "a",
        title: hostile,
        start: "2018-01-02",
        places: ["p"],
        summary: hostile,
        links: [{ label: "x", url: "javascript:window.__pwned=2" }],
      },
      {
        id: "b",
        title: "<script>window.__pwned=3</script>",
        start: "2018-02",
        places: ["p"],
        summary: "ok",
      },
    ],
  });
  await serve(context, "/hostile.json", JSON.stringify(body));
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto("/?data=/hostile.json&event=b");
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(hostile);
  await expect(
    page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }),
  ).toHaveText("<script>window.__pwned=3</script>");
  // The javascript: link was refused, so the event was dropped with a warning.
  await expect(page.getByRole("status").filter({ hasText: "with changes" })).toContainText(
    "must be an http: or https: URL",
  );
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(dialogs).toBe(0);
});

test("the built page forbids inline and remote scripts", async ({ page }) => {
  await page.goto("/");
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
});

test("thirty rapid clicks leave the URL, the timeline and the details agreeing", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  const buttons = page
    .getByRole("region", { name: "Timeline" })
    .getByTestId("timeline-events")
    .getByRole("button");
  const count = await buttons.count();
  expect(count).toBeGreaterThan(5);
  // Where the marks are at rest; the clicks then land fast, wherever the marks have moved.
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const box = await buttons.nth(i).boundingBox();
    if (box) points.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  for (let i = 0; i < 30; i++) {
    const point = points[(i * 7) % points.length];
    if (point) await page.mouse.click(point.x, point.y);
  }
  await page.waitForTimeout(500);
  const selected = await page.evaluate(() => window.__app?.store.getState().selectedEventId);
  expect(selected).toBeTruthy();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${selected}(&|$)`));
  const pressed = page.getByTestId("timeline-events").locator('[aria-pressed="true"]');
  await expect(pressed).toHaveCount(1);
  const heading = page
    .getByRole("complementary", { name: "Details" })
    .getByRole("heading", { level: 2 });
  const title = (await heading.textContent()) ?? "";
  expect(title.length).toBeGreaterThan(0);
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(pressed).toHaveAccessibleName(new RegExp(`^${escaped}, `));
});
