import type { Page } from "@playwright/test";
import {
  afterMapUpdates,
  expect,
  holdShippedDataset,
  test,
  waitForApp,
  waitForMap,
} from "./fixtures";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const detailsTitle = (page: Page) => details(page).getByRole("heading", { level: 2 });
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });

/** The map's bounds contain every given [lon, lat], once the camera has settled. */
async function expectFramed(page: Page, points: [number, number][]) {
  await afterMapUpdates(page);
  await expect
    .poll(async () =>
      page.evaluate((pts) => {
        const map = window.__app?.map;
        if (!map || map.isMoving()) return false;
        const bounds = map.getBounds();
        return pts.every((p) => bounds.contains(p));
      }, points),
    )
    .toBe(true);
}

test("a cold deep link opens the event, its details, its places and the window", async ({
  page,
}) => {
  await page.goto("/?event=lavrov-arrives-in-tokyo&from=2017-10-01&to=2018-05-31");
  await waitForApp(page);
  await expect(detailsTitle(page)).toHaveText("Lavrov lands in Tokyo");
  await expect(details(page).getByTestId("details-date")).toHaveText("21 March 2018");
  const state = await page.evaluate(() => {
    const s = window.__app?.store.getState();
    return { event: s?.selectedEventId, window: s?.timeWindow };
  });
  expect(state.event).toBe("lavrov-arrives-in-tokyo");
  expect(state.window).toEqual({ start: Date.UTC(2017, 9, 1), end: Date.UTC(2018, 5, 1) });
  await expect(
    timeline(page).getByRole("button", { name: /^Lavrov lands in Tokyo/ }),
  ).toHaveAttribute("aria-pressed", "true");
  await waitForMap(page);
  await expectFramed(page, [[139.69, 35.69]]);
  expect(new URL(page.url()).search).toBe(
    "?event=lavrov-arrives-in-tokyo&from=2017-10-01&to=2018-05-31",
  );
});

test("while the dataset loads, the map's frame and legend are up; then its deep link is framed", async ({
  page,
}) => {
  const release = await holdShippedDataset(page);
  await page.goto("/?event=lavrov-arrives-in-tokyo");
  // A phone's largest text paints with the page, not once the data has come (Lighthouse's LCP).
  const mapRegion = page.getByRole("region", { name: "Map" });
  const legend = mapRegion.getByText("Disputed islands: administered by Russia, claimed by Japan");
  await expect(legend).toBeVisible();
  await expect(mapRegion.getByRole("status")).toHaveText("Loading the map…");
  expect(await page.evaluate(() => window.__app?.store.getState().index === null)).toBe(true);
  const pendingLegend = await legend.elementHandle();
  release();
  await waitForApp(page);
  await expect(detailsTitle(page)).toHaveText("Lavrov lands in Tokyo");
  await waitForMap(page);
  await expectFramed(page, [[139.69, 35.69]]);
  // The same element, not one made anew with the map: Chromium forgets the paint of an element
  // gone before its paint is timed, and the legend made anew became the page's largest paint.
  expect(await pendingLegend?.evaluate((element) => element.isConnected)).toBe(true);
});

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.describe("with the SVG map", () => {
  test.use({ webgl: false });

  // The details, the timeline and the address follow; the map is not looked at.
  test("Back and Forward step through selections, and the whole app follows", async ({ page }) => {
    await page.goto("/");
    await waitForApp(page);
    const picks = [
      {
        name: /^Japan marks Northern Territories Day/,
        title: "Japan marks Northern Territories Day",
        id: "northern-territories-day",
      },
      {
        name: /^The United States expels 60/,
        title: "The United States expels 60",
        id: "us-expels-russian-diplomats",
      },
      {
        name: /^Putin calls his victory/,
        title: "Putin calls his victory",
        id: "putin-victory-speech",
      },
    ];
    for (const pick of picks) {
      await timeline(page).getByRole("button", { name: pick.name }).first().click();
      await expect(detailsTitle(page)).toContainText(pick.title);
      await expect(page).toHaveURL(new RegExp(`event=${pick.id}`));
    }
    const expectAt = async (pick: (typeof picks)[number]) => {
      await expect(page).toHaveURL(new RegExp(`event=${pick.id}`));
      await expect(detailsTitle(page)).toContainText(pick.title);
      await expect(timeline(page).getByRole("button", { name: pick.name }).first()).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      const selected = await page.evaluate(() => window.__app?.store.getState().selectedEventId);
      expect(selected).toBe(pick.id);
    };
    await page.goBack();
    await expectAt(picks[1] as (typeof picks)[number]);
    await page.goBack();
    await expectAt(picks[0] as (typeof picks)[number]);
    await page.goForward();
    await expectAt(picks[1] as (typeof picks)[number]);
  });
  test("a link to an event outside the opening window moves the timeline to it", async ({
    page,
  }) => {
    await page.goto("/?event=soviet-union-takes-the-islands");
    await waitForApp(page);
    const mark = timeline(page).getByRole("button", { name: /^The Soviet Union takes/ });
    await expect(mark).toHaveAttribute("aria-pressed", "true");
    await expect(mark).toBeInViewport();
    // Its note, read as a sentence: "Note: The article says…", not "Note:The article…".
    await expect(details(page).locator(".details-note")).toHaveText(/^Note: The article says only/);
  });

  test("an unknown id shows a dismissible notice and a working app", async ({ page }) => {
    await page.goto("/?event=no-such-event");
    await waitForApp(page);
    const notice = page
      .getByRole("alert")
      .filter({ hasText: "No event 'no-such-event' in this dataset." });
    await expect(notice).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("events");
    await expect(details(page).getByRole("heading", { name: "About" })).toBeVisible();
    await notice.getByRole("button", { name: /Dismiss/ }).click();
    await expect(notice).toHaveCount(0);
    await details(page)
      .getByRole("button", { name: /Lavrov lands in Tokyo/ })
      .click();
    await expect(detailsTitle(page)).toHaveText("Lavrov lands in Tokyo");
  });

  test("URL garbage is ignored with a notice and the app opens", async ({ page }) => {
    const junk = "x".repeat(20_000);
    await page.goto(`/?event=%E0%A4%A&from=NaN&to=2018&names=%ZZ&place=${junk}&zzz=1`);
    await waitForApp(page);
    await expect(page.getByRole("status").filter({ hasText: "Ignored the link's" })).toBeVisible();
    await expect(details(page).getByRole("heading", { name: "About" })).toBeVisible();
    const names = await page.evaluate(() => window.__app?.store.getState().names);
    expect(names).toBe("both");
  });

  test("an empty event says so; the app's address with a fragment in the URL format opens it", async ({
    page,
  }) => {
    await page.goto("/?event=");
    await waitForApp(page);
    await expect(page.getByRole("status").filter({ hasText: "Ignored the link's" })).toHaveText(
      /^Ignored the link's event: it is empty \(no id after event=\)\./,
    );
    await expect(details(page).getByRole("heading", { name: "About" })).toBeVisible();

    // An embedding page's link form pasted onto the app's own address was ignored without a word.
    await page.goto("/#event=nagato-summit");
    await waitForApp(page);
    await expect(detailsTitle(page)).toContainText("Nagato");
    await details(page)
      .getByRole("button", { name: /^Next event: / })
      .click();
    await expect(detailsTitle(page)).not.toContainText("Nagato");
    // The next selection is written as a query; the fragment that was state goes.
    await expect(page).toHaveURL(/\/\?event=[a-z0-9-]+$/);
  });

  test("Back to a whole link takes back all the bad link's notices (review 40 V3)", async ({
    page,
  }) => {
    await page.goto("/?event=nagato-summit");
    await waitForApp(page);
    // A fragment in the URL format is the page's state: a later link, as Back and Forward are.
    await page.goto("/?event=nagato-summit#event=no-such&from=2018-13-01");
    const noEvent = page.getByRole("alert").filter({ hasText: "No event 'no-such'" });
    const ignored = page.getByRole("status").filter({ hasText: "Ignored the link's start date" });
    await expect(noEvent).toBeVisible();
    await expect(ignored).toBeVisible();
    await page.goBack();
    await expect(detailsTitle(page)).toContainText("Nagato");
    await expect(noEvent).toHaveCount(0);
    // It stayed, on a view whose link names no date.
    await expect(ignored).toHaveCount(0);
  });

  test("a window that ends before the story opens on its first events, and says so", async ({
    page,
  }) => {
    await page.goto("/?to=1900");
    await waitForApp(page);
    await expect(page.getByRole("status").filter({ hasText: "stretch of time" })).toHaveText(
      /Nothing in this dataset happens in this link's stretch of time: the timeline shows its first events instead\./,
    );
    // It opened on the empty margin before them (1941–43) with no word: now the first is in it.
    const shown = await page.evaluate(() => {
      const state = window.__app?.store.getState();
      const first = state?.index?.extent.start ?? 0;
      const window_ = state?.timeWindow;
      return (
        window_ !== undefined && window_ !== null && window_.start <= first && first < window_.end
      );
    });
    expect(shown).toBe(true);
    await expect(
      timeline(page).getByRole("button", { name: /^The Soviet Union takes/ }),
    ).toBeInViewport();
  });

  test("a key written twice is read once, and the notice says so (review 24 F5)", async ({
    page,
  }) => {
    await page.goto(
      "/?actors=japan&event=nagato-summit&actors=russia&event=lavrov-arrives-in-tokyo",
    );
    await waitForApp(page);
    await expect(detailsTitle(page)).toContainText("Nagato");
    await expect(page.getByRole("status").filter({ hasText: "repeated" })).toHaveText(
      /^Ignored the link's repeated actors: only the first is read; list several with commas \(actors=a,b\)\.\s*Ignored the link's repeated event: only the first is read\./,
    );
    const actors = await page.evaluate(() => window.__app?.store.getState().actors);
    expect(actors).toEqual(["Japan"]);
  });

  test("a link naming an event and a place says which it shows; one with from alone starts there", async ({
    page,
  }) => {
    await page.goto("/?event=lavrov-arrives-in-tokyo&place=iturup");
    await waitForApp(page);
    await expect(detailsTitle(page)).toHaveText("Lavrov lands in Tokyo");
    await expect(page.getByRole("status").filter({ hasText: "The link names" })).toContainText(
      "The link names an event and a place: showing the event, not the place 'iturup' (one is selected at a time).",
    );

    await page.goto("/?from=2010-01-01");
    await waitForApp(page);
    await expect(page.getByRole("region", { name: "Notices" })).toHaveCount(0);
    const window_ = await page.evaluate(() => window.__app?.store.getState().timeWindow);
    expect(window_?.start).toBe(Date.UTC(2010, 0, 1));
    await expect(page).toHaveURL(/\?from=2010-01-01&to=\d{4}-\d\d-\d\d$/);

    // A window past where the timeline can go opens on the whole story, as Fit all does, and the
    // address says so.
    await page.goto("/?from=0001&to=9999");
    await waitForApp(page);
    await page.getByRole("button", { name: "Fit all" }).click();
    const fitAll = await page.evaluate(() => window.__app?.store.getState().timeWindow);
    await page.goto("/?from=0001&to=9999");
    await waitForApp(page);
    expect(await page.evaluate(() => window.__app?.store.getState().timeWindow)).toEqual(fitAll);
    expect(new Date(fitAll?.start ?? 0).getUTCFullYear()).toBeGreaterThan(1900);
    await expect(page).toHaveURL(/\?from=19\d\d-\d\d-\d\d&to=20\d\d-\d\d-\d\d$/);
  });

  test("a share page carries preview tags and lands on its event", async ({ page }) => {
    const response = await page.request.get("/share/lavrov-arrives-in-tokyo.html");
    expect(response.ok()).toBe(true);
    const html = await response.text();
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
    expect(meta("og:title")).toBe("Lavrov lands in Tokyo");
    expect(meta("og:description")).toMatch(/^21 March 2018\. /);
    expect(meta("og:url")).toContain("?event=lavrov-arrives-in-tokyo");
    expect(meta("twitter:card")).toBe("summary_large_image");
    const image = await page.request.get(new URL(meta("og:image") ?? "", response.url()).href);
    expect(image.headers()["content-type"]).toContain("image/png");

    await page.goto("/share/lavrov-arrives-in-tokyo.html");
    await page.waitForURL(/\/\?event=lavrov-arrives-in-tokyo$/);
    await waitForApp(page);
    await expect(detailsTitle(page)).toHaveText("Lavrov lands in Tokyo");
  });

  test("Share copies the event's link and says so", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/?event=nagato-summit");
    await waitForApp(page);
    await details(page)
      .getByRole("button", { name: /^Share a link to/ })
      .click();
    await expect(details(page).getByTestId("share-confirm")).toHaveText("Link copied");
    await expect(page.getByTestId("live-region")).toContainText("copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/share/nagato-summit.html`);
  });
});

// What Share said widened its column between Previous and Next: Next went to a row of its own at
// the left, and the buttons moved up under the reader's pointer (1024×768, and Russian at 1280).
for (const { lang, width, height } of [
  { lang: "en", width: 1024, height: 768 },
  // Russian's header took two rows at 1280×800 and now takes one: the panel is as tall as the
  // event's text there, and the words push the buttons down; at 700 high the foot sticks, as here.
  { lang: "ru", width: 1280, height: 700 },
]) {
  test.describe(`${width}×${height}, ?lang=${lang}`, () => {
    test.use({ webgl: false, viewport: { width, height } });
    test("Share's words go above Previous, Share and Next, which stay where they were", async ({
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
      await page.goto(`/?event=nagato-summit&lang=${lang}`);
      await waitForApp(page);
      const buttons = page.locator(".details-nav button");
      await expect(buttons).toHaveCount(3);
      const boxes = async () =>
        Promise.all((await buttons.all()).map(async (button) => await button.boundingBox()));
      const before = await boxes();
      await buttons.nth(1).click();
      await expect(page.getByTestId("share-confirm")).toBeVisible();
      const after = await boxes();
      for (const [i, box] of after.entries()) {
        expect(box?.x, `button ${i}'s left`).toBeCloseTo(before[i]?.x ?? -1, 0);
        expect(box?.y, `button ${i}'s top`).toBeCloseTo(before[i]?.y ?? -1, 0);
      }
      const confirm = await page.getByTestId("share-confirm").boundingBox();
      expect(
        (confirm?.y ?? 0) + (confirm?.height ?? 0),
        "the words above the buttons",
      ).toBeLessThanOrEqual((after[1]?.y ?? 0) + 1);
    });
  });
}

// Share on a phone said three lines about SITE_URL, a build setting only the site's maker can change,
// and each tap on Share scrolled the sheet (the room kept above the sticky foot for a focused control
// counted the foot's own buttons): the event's title and date left the view (review 36 R7).
test.describe("412×915 phone", () => {
  test.use({ webgl: false, viewport: { width: 412, height: 915 }, hasTouch: true, isMobile: true });
  test("Share says only 'Link copied' and leaves the event's title and date in view", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/?event=lavrov-warns-on-aegis-ashore");
    await waitForApp(page);
    const date = details(page).getByTestId("details-date");
    await expect(date).toHaveText("21 March 2018");
    const share = details(page).getByRole("button", { name: /^Share a link to/ });
    await share.tap();
    await expect(details(page).getByTestId("share-confirm")).toHaveText("Link copied");
    await expect(details(page)).not.toContainText("SITE_URL");
    await share.tap();
    await expect(details(page).getByTestId("share-confirm")).toHaveText("Link copied");
    const sheet = await details(page).boundingBox();
    const title = await detailsTitle(page).boundingBox();
    const dated = await date.boundingBox();
    const confirm = await details(page).getByTestId("share-confirm").boundingBox();
    expect(title?.y ?? -1, "the title's top in the sheet").toBeGreaterThanOrEqual(sheet?.y ?? 0);
    expect(
      (dated?.y ?? 0) + (dated?.height ?? 0),
      "the date above what Share says",
    ).toBeLessThanOrEqual(confirm?.y ?? 0);
    expect(confirm?.height ?? 99, "one line").toBeLessThan(30);
  });
});
