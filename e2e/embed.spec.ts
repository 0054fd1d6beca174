/**
 * Embedding, end to end: the snippet the Embed dialog gives, pasted into a
 * page on another origin (a tiny server on the next ports of 127.0.0.1),
 * deep links through the host's fragment (a window for an embed whose src names
 * an event, an unknown id's notice), Back on the host, the compact layout at
 * small frame sizes (with axe inside the frame) and in a phone's page, and a
 * message from a third origin that the embed ignores.
 */
import { createServer, type Server } from "node:http";
import type { FrameLocator, Page, TestInfo } from "@playwright/test";
import { axe, expect, test, waitForApp, webglTakenAway } from "./fixtures";
import { closeServer } from "./support/closeServer";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

const appPort = Number(process.env.PORT ?? 4173);
const APP = `http://127.0.0.1:${appPort}`;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** Pages the test serves on the host and third origins, by path. */
const pages = new Map<string, string>();
const servers: Server[] = [];
/** The host page's and the third party's origins, once their servers listen. */
let HOST = "";
let THIRD = "";

/** Serve `pages` under `name` on the preferred port, or on a free one if another process has it. */
function serve(name: string, preferred: number): Promise<string> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const body = pages.get(`${name}${path}`);
    if (body === undefined) {
      response.writeHead(path === "/favicon.ico" ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body);
  });
  servers.push(server);
  const listen = (port: number) =>
    new Promise<string>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`);
      });
    });
  return listen(preferred).catch(() => listen(0));
}

function hostPage(body: string, head = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${head}<title>A newsroom's article</title>
<link rel="icon" href="data:,"></head>
<body><main><h1>A newsroom's article</h1><p>Text before the embed.</p>
${body}
<p>Text after the embed.</p></main></body></html>`;
}

// Its beforeAll starts servers on fixed ports: the file runs in one worker, in order.
test.describe.configure({ mode: "default" });

test.beforeAll(async () => {
  HOST = await serve("host", appPort + 14);
  THIRD = await serve("third", appPort + 15);
});

test.afterAll(async () => {
  await Promise.all(servers.map(closeServer));
});

test.beforeEach(({ watch }) => {
  watch.allowOrigin(HOST);
  watch.allowOrigin(THIRD);
});

/** The snippet, as the Embed dialog's text box gives it. */
async function snippetFromDialog(page: Page, query = ""): Promise<string> {
  await page.goto(`/${query}`);
  await waitForApp(page);
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();
  const snippet = await dialog.getByRole("textbox", { name: "Embed code" }).inputValue();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  return snippet;
}

function embedFrame(page: Page): FrameLocator {
  return page.frameLocator("iframe[data-kuril-embed]");
}

async function expectDetails(frame: FrameLocator, text: string | RegExp) {
  await expect(frame.locator("#details-title")).toContainText(text);
}

test("the dialog's snippet embeds the view on another site, with deep links and Back", async ({
  page,
}) => {
  const snippet = await snippetFromDialog(page);
  expect(snippet).toMatch(
    new RegExp(`^<iframe title="[^"]+" src="${APP}/\\?embed=1" [^>]*data-kuril-embed></iframe>`),
  );
  expect(snippet).toContain(`<script src="${APP}/embed.js" async></script>`);
  pages.set(`host/host.html`, hostPage(snippet));

  await page.goto(`${HOST}/host.html#event=nagato-summit`);
  const frame = embedFrame(page);
  await expectDetails(frame, "Nagato");
  await expect(frame.getByRole("link", { name: /^Open full view/ })).toHaveAttribute(
    "href",
    new RegExp(`^${APP}/\\?event=nagato-summit`),
  );

  await frame
    .getByTestId("timeline-events")
    .getByRole("button", { name: /^Japan marks Northern Territories Day/ })
    .click();
  await expectDetails(frame, "Northern Territories Day");
  await expect(page).toHaveURL(/#event=northern-territories-day/);

  await page.goBack();
  await expect(page).toHaveURL(`${HOST}/host.html#event=nagato-summit`);
  await expectDetails(frame, "Nagato");

  await page.goForward();
  await expect(page).toHaveURL(/#event=northern-territories-day/);
  await expectDetails(frame, "Northern Territories Day");

  // An in-page link on the host (a fragment for something else) leaves the embed alone.
  await page.evaluate(() => {
    location.hash = "notes";
  });
  await expect(page).toHaveURL(/#notes$/);
  await page.waitForTimeout(500);
  await expectDetails(frame, "Northern Territories Day");
});

test("search, keyboard and story mode work inside the frame, and the host's address follows", async ({
  page,
}) => {
  const snippet = await snippetFromDialog(page);
  pages.set(`host/host.html`, hostPage(snippet));
  await page.goto(`${HOST}/host.html#event=nagato-summit`);
  const iframe = page.locator("iframe[data-kuril-embed]");
  await expect(iframe).toHaveAttribute("title", /timeline and map/);
  const frame = embedFrame(page);
  await expectDetails(frame, "Nagato");
  for (const name of ["Map", "Timeline", "Details"]) {
    await expect(
      frame
        .getByRole("region", { name, exact: true })
        .or(frame.getByRole("complementary", { name, exact: true })),
    ).toBeVisible();
  }

  // Search, then Enter picks the first result.
  const search = frame.getByRole("combobox", { name: "Search events and places" });
  await search.fill("Lavrov lands");
  await expect(frame.getByRole("listbox", { name: "Search results" })).toBeVisible();
  await search.press("Enter");
  await expectDetails(frame, "Lavrov");
  await expect(page).toHaveURL(/#event=lavrov-arrives-in-tokyo$/);

  // j steps to the next event in time, from the keyboard alone.
  await frame.locator("#timeline").focus();
  await page.keyboard.press("j");
  await expect(page).not.toHaveURL(/lavrov-arrives-in-tokyo/);
  await expect(page).toHaveURL(/#event=[a-z0-9-]+$/);

  // Story mode steps from the selected event; each step is a step in the host's history.
  const bar = frame.getByRole("region", { name: "Story" });
  await bar.getByRole("button", { name: "Story mode" }).click();
  await expect(bar.getByRole("button", { name: "Story mode" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const before = page.url();
  const title = (await frame.locator("#details-title").textContent()) ?? "";
  await bar.getByRole("button", { name: "Next step" }).click();
  await expect(page).not.toHaveURL(before);
  await expect(frame.locator("#details-title")).not.toHaveText(title);
  await page.goBack();
  await expect(page).toHaveURL(before);
  await expect(frame.locator("#details-title")).toHaveText(title);
});

test("the Embed dialog: options change the code, Copy copies it, and axe passes", async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: APP });
  await page.goto("/?event=nagato-summit&names=ru");
  await waitForApp(page);
  const opener = page.getByRole("button", { name: "Embed" });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  const code = dialog.getByRole("textbox", { name: "Embed code" });
  await expect(code).toHaveValue(/src="[^"]*\?embed=1&amp;event=nagato-summit&amp;names=ru"/);
  await expect(code).toHaveValue(/height:560px/);
  await dialog.getByRole("radio", { name: /^Large/ }).check();
  await expect(code).toHaveValue(/height:720px/);
  await dialog.getByRole("checkbox", { name: /address follows the embed/ }).uncheck();
  await expect(code).toHaveValue(/data-kuril-address="off"/);
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

  const result = await axe(page).withTags(TAGS).analyze();
  await testInfo.attach("axe-dialog.json", {
    body: JSON.stringify(result.violations, null, 2),
    contentType: "application/json",
  });
  expect(result.violations.map((violation) => violation.id)).toEqual([]);

  // Escape closes it and gives focus back to the button; the selection behind it stays.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.locator("#details-title")).toContainText("Nagato");
});

test("opened from the keyboard, the Embed dialog starts on the chosen height, one Tab stop for the heights", async ({
  page,
}) => {
  await page.goto("/");
  await waitForApp(page);
  await page.getByRole("button", { name: "Embed" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  // Focus was on Small (420 px), not the chosen Medium, and Tab then stopped on Medium too.
  await expect(dialog.getByRole("radio", { name: /^Medium/ })).toBeChecked();
  await expect(dialog.getByRole("radio", { name: /^Medium/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("checkbox", { name: /address follows the embed/ })).toBeFocused();
});

test("Open full view opens the full app at the embed's view, in a new tab", async ({ page }) => {
  const snippet = await snippetFromDialog(page);
  pages.set(`host/host.html`, hostPage(snippet));
  await page.goto(`${HOST}/host.html#event=nagato-summit`);
  const frame = embedFrame(page);
  await expectDetails(frame, "Nagato");
  const [full] = await Promise.all([
    page.context().waitForEvent("page"),
    frame.getByRole("link", { name: /^Open full view/ }).click(),
  ]);
  await expect(full).toHaveURL(`${APP}/?event=nagato-summit`);
  await waitForApp(full);
  await expect(full.locator("#details-title")).toContainText("Nagato");
  await expect(full.getByRole("button", { name: "Embed" })).toBeAttached();
  await full.close();
});

test("the host script grows a frame too short for the embed to the height it reports", async ({
  page,
}) => {
  const snippet = await snippetFromDialog(page);
  const short = snippet.replace(/height:\d+px/, "height:300px");
  const [frameTag = ""] = snippet.split("\n");
  const alone = frameTag.replace(/height:\d+px/, "height:300px").replace("data-kuril-embed", "");
  pages.set("host/short.html", hostPage(`${short}\n${alone}`));
  await page.goto(`${HOST}/short.html`);
  const frames = page.locator("iframe");
  await expect(embedFrame(page).locator(".app")).toBeVisible();
  // With the script: the frame's inside grows to the embed's 400 px minimum.
  await expect
    .poll(() => frames.first().evaluate((frame) => (frame as HTMLIFrameElement).clientHeight))
    .toBe(400);
  // Without it (a frame the script does not know), the frame keeps the page's height.
  expect(await frames.nth(1).evaluate((frame) => (frame as HTMLIFrameElement).clientHeight)).toBe(
    300,
  );
});

test("several embeds on one page keep their own keys in the address", async ({ page }) => {
  const snippet = await snippetFromDialog(page);
  const [frameTag = "", scriptTag = ""] = snippet.split("\n");
  const second = frameTag.replace("data-kuril-embed", 'data-kuril-embed data-kuril-key="map2"');
  pages.set(`host/two.html`, hostPage(`${frameTag}\n${second}\n${scriptTag}`));

  await page.goto(`${HOST}/two.html#event=nagato-summit&map2.event=lavrov-arrives-in-tokyo`);
  const first = page.frameLocator("iframe[data-kuril-embed]").first();
  const other = page.frameLocator('iframe[data-kuril-key="map2"]');
  await expectDetails(first, "Nagato");
  await expectDetails(other, "Lavrov");
  await other
    .getByTestId("timeline-events")
    .getByRole("button", { name: /^Nerve-agent attack/ })
    .click();
  await expect(page).toHaveURL(/#event=nagato-summit&map2\.event=skripal-nerve-agent-attack$/);
  await expectDetails(first, "Nagato");
  // Back steps through the page's view: a fragment that no longer names the first embed's keys
  // (it named another embed's) returns it to its own address, here no event.
  await page.goto("about:blank");
  await page.goto(`${HOST}/two.html#map2.event=lavrov-arrives-in-tokyo`);
  await expectDetails(other, "Lavrov");
  await expect(first.locator("#details-title")).toHaveText("About");
  await first
    .getByTestId("timeline-events")
    .getByRole("button", { name: /^Abe hosts Putin/ })
    .click();
  await expectDetails(first, "Nagato");
  await expect(page).toHaveURL(/#map2\.event=lavrov-arrives-in-tokyo&event=nagato-summit$/);
  await page.goBack();
  await expect(page).toHaveURL(/#map2\.event=lavrov-arrives-in-tokyo$/);
  await expect(first.locator("#details-title")).toHaveText("About");
  await expectDetails(other, "Lavrov");
});

test("without the host script the embed works on its own", async ({ page }) => {
  const snippet = await snippetFromDialog(page, "?event=nagato-summit");
  const [frameTag = ""] = snippet.split("\n");
  pages.set(`host/alone.html`, hostPage(frameTag));
  await page.goto(`${HOST}/alone.html`);
  const frame = embedFrame(page);
  await expectDetails(frame, "Nagato");
  await frame
    .getByTestId("timeline-events")
    .getByRole("button", { name: /^Japan marks Northern Territories Day/ })
    .click();
  await expectDetails(frame, "Northern Territories Day");
  await expect(page).toHaveURL(`${HOST}/alone.html`);
});

test("a message from a third origin is ignored; the host's own is obeyed", async ({ page }) => {
  const snippet = await snippetFromDialog(page);
  pages.set(`third/third.html`, hostPage("<p>Someone else's frame.</p>"));
  pages.set(
    `host/third-party.html`,
    hostPage(`${snippet}\n<iframe title="Advertisement" src="${THIRD}/third.html"></iframe>`),
  );
  await page.goto(`${HOST}/third-party.html#event=nagato-summit`);
  const frame = embedFrame(page);
  await expectDetails(frame, "Nagato");

  const third = page.frame({ url: `${THIRD}/third.html` });
  if (!third) throw new Error("the third frame did not load");
  const message = {
    type: "kuril-embed",
    version: 1,
    action: "select",
    event: "lavrov-arrives-in-tokyo",
  };
  const posted = await third.evaluate((data) => {
    const embed = window.parent.frames[0];
    if (!embed) return false;
    embed.postMessage(data, "*");
    return true;
  }, message);
  expect(posted).toBe(true);
  // The message is delivered at once; give the embed time to (wrongly) act on it.
  await page.waitForTimeout(750);
  await expectDetails(frame, "Nagato");
  await expect(page).toHaveURL(/#event=nagato-summit$/);

  // The same message from the host page itself is obeyed: the test above could fail.
  await page.evaluate(
    ([data, origin]) => {
      const embed = document.querySelector<HTMLIFrameElement>("iframe[data-kuril-embed]");
      embed?.contentWindow?.postMessage(data, origin as string);
    },
    [message, APP] as const,
  );
  await expectDetails(frame, "Lavrov");
});

/** Horizontal overflow and the regions' boxes inside the embed's own document. */
async function embedLayout(page: Page) {
  const app = page.frame({ url: new RegExp(`^${APP}/`) });
  if (!app) throw new Error("the embed's frame is missing");
  return app.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect ? { top: rect.top, bottom: rect.bottom, height: rect.height } : null;
    };
    // Event marks a click can reach: the element at a mark's centre is on the timeline, not a sheet over it.
    const events = document.querySelector('[data-testid="timeline-events"]');
    const reachable = Array.from(events?.querySelectorAll("button") ?? []).filter((mark) => {
      const rect = mark.getBoundingClientRect();
      const x = Math.min(Math.max(rect.left + rect.width / 2, 1), window.innerWidth - 1);
      const hit = document.elementFromPoint(x, rect.top + rect.height / 2);
      return Boolean(hit && events?.contains(hit));
    }).length;
    // The map's centre shows the map, not a sheet or a bar over it.
    const map = document.querySelector(".region-map")?.getBoundingClientRect();
    const atMap =
      map && document.elementFromPoint(map.left + map.width / 2, map.top + map.height / 2);
    return {
      mapUncovered: Boolean(atMap?.closest(".region-map")),
      width: window.innerWidth,
      height: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      map: box(".region-map"),
      timeline: box(".region-timeline"),
      reachable,
    };
  });
}

/** The axis band (the canvas's last AXIS_HEIGHT px, where its labels are drawn) and the lanes' visible box. */
async function axisInView(page: Page) {
  const app = page.frame({ url: new RegExp(`^${APP}/`) });
  if (!app) throw new Error("the embed's frame is missing");
  return app.evaluate(() => {
    const AXIS_HEIGHT = 24;
    const surface = document.querySelector('[data-testid="timeline-zoom"]');
    const canvas = document.querySelector('[data-testid="timeline-canvas"]');
    if (!surface || !canvas) return "no timeline";
    const view = surface.getBoundingClientRect();
    const axisBottom = canvas.getBoundingClientRect().bottom;
    const axisTop = axisBottom - AXIS_HEIGHT;
    if (axisTop < view.top - 0.5 || axisBottom > view.bottom + 0.5)
      return `axis ${Math.round(axisTop)}–${Math.round(axisBottom)} outside the lanes' box ${Math.round(view.top)}–${Math.round(view.bottom)}`;
    return "in view";
  });
}

/**
 * axe over the embed's frame and what is inside it. AxeBuilder's default mode, used here before,
 * gave up on the frame when putting axe into it took over its 1 s limit, as it did on this machine
 * (its result then held only the frame's title, with `frame-tested` incomplete); `axe()` waits.
 */
async function expectNoAxeViolations(page: Page, name: string, testInfo: TestInfo) {
  const result = await axe(page)
    .include("iframe[data-kuril-embed]")
    .withTags(TAGS)
    .acrossOrigins()
    .analyze();
  // The frame's own document was scanned, not only its element in the host page.
  expect(
    result.incomplete.map((rule) => rule.id),
    `axe reached into the embed (${name})`,
  ).not.toContain("frame-tested");
  expect(
    result.passes.find((rule) => rule.id === "landmark-one-main")?.nodes.length ?? 0,
    `axe read the embed's document (${name})`,
  ).toBeGreaterThan(0);
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(result.violations, null, 2),
    contentType: "application/json",
  });
  const found = result.violations.flatMap((violation) => [
    `${violation.id} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.map((node) => `    ${node.target.join(" ")}`),
  ]);
  expect(found, `axe violations (${name}):\n${found.join("\n")}`).toEqual([]);
}

test.describe("with MapLibre", () => {
  test.use({ webgl: true });
  // One test for the three sizes: the snippet comes from the full app once (a MapLibre start).
  test("at 600×450, 360×480 and 320×400 the embed shows map and timeline, fits, and passes axe", async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    // The dialog's snippet is the same whatever the map: it comes from a page on the SVG map (a
    // MapLibre start less), and the script that hid WebGL is gone before the embeds load.
    const svgMap = await page.addInitScript(webglTakenAway);
    const snippet = await snippetFromDialog(page);
    await svgMap.dispose();
    for (const size of [
      { width: 600, height: 450 },
      { width: 360, height: 480 },
      { width: 320, height: 400 },
    ]) {
      await test.step(`${size.width}×${size.height}`, async () => {
        const sized = snippet.replace(
          /style="[^"]*"/,
          `style="display:block;border:0;width:${size.width}px;height:${size.height}px"`,
        );
        const host = `sized-${size.width}x${size.height}.html`;
        pages.set(`host/${host}`, hostPage(sized));
        await page.setViewportSize({ width: size.width + 200, height: size.height + 300 });
        await page.goto(`${HOST}/${host}`);
        const frame = embedFrame(page);
        await expect(frame.getByRole("region", { name: "Map", exact: true })).toBeVisible();
        await expect(frame.locator("canvas.maplibregl-canvas"), "MapLibre's map").toBeVisible();
        await expect(frame.getByRole("region", { name: "Timeline", exact: true })).toBeVisible();
        await expect(
          frame.getByTestId("timeline-events").getByRole("button").first(),
        ).toBeVisible();
        await expect(frame.getByRole("link", { name: /^Open full view/ })).toBeVisible();

        const rest = await embedLayout(page);
        expect(rest.width).toBe(size.width);
        expect(rest.scrollWidth, "horizontal scroll inside the embed").toBeLessThanOrEqual(
          rest.width,
        );
        for (const region of [rest.map, rest.timeline]) {
          expect(region?.height ?? 0).toBeGreaterThan(100);
          expect(region?.bottom ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(rest.height + 1);
        }
        expect(rest.reachable, "event marks not covered by anything").toBeGreaterThanOrEqual(3);
        expect(rest.mapUncovered, "the map's centre is covered").toBe(true);
        // Nothing of the detail view lies outside it, and its axis is in view: the overview steps
        // aside where it would push the axis out (36 px of lanes and axis were hidden at 600×450,
        // 5 at 360×480). A 400 px frame has less room than the eight lanes' rows need (123 px of
        // 160): there they scroll between the strip and the axis, which stay (the axis was pushed
        // 37 px out, and the last lane with it).
        const hidden = await frame
          .getByTestId("timeline-zoom")
          .evaluate((surface) => surface.scrollHeight - surface.clientHeight);
        expect(hidden, "the detail view's lanes and axis cut").toBeLessThanOrEqual(1);
        expect(await axisInView(page)).toBe("in view");
        if (size.height < 450) {
          // A drag upwards brings the last lane up above the axis.
          const last = frame.locator(".tl-lane-label").last();
          const lanes = frame.locator(".tl-lanes.is-clipped");
          const shown = async () => {
            const [label, clip] = [await last.boundingBox(), await lanes.boundingBox()];
            return Boolean(
              label && clip && label.y >= clip.y && label.y + label.height <= clip.y + clip.height,
            );
          };
          expect(await shown(), "the last lane is below the axis at first").toBe(false);
          const clip = await lanes.boundingBox();
          if (!clip) throw new Error("no lanes' box");
          const x = clip.x + clip.width * 0.15;
          await page.mouse.move(x, clip.y + clip.height - 4);
          await page.mouse.down();
          await page.mouse.move(x, clip.y + 4, { steps: 6 });
          await page.mouse.up();
          await expect.poll(shown, { message: "the last lane dragged into view" }).toBe(true);
          expect(await axisInView(page)).toBe("in view");
        }
        await testInfo.attach(`embed-${size.width}x${size.height}.png`, {
          body: await page.screenshot(),
          contentType: "image/png",
        });
        await expectNoAxeViolations(page, `${size.width}x${size.height}-rest`, testInfo);

        // Selected from the timeline inside the frame: the details sheet opens, nothing gets wider.
        // (An event alone in its lane: with the lanes given their room when the sheet is folded,
        // Da Nang is grouped with its neighbour at 360×480.)
        await frame
          .getByTestId("timeline-events")
          .getByRole("button", { name: /^Nerve-agent attack/ })
          .click();
        await expectDetails(frame, "Nerve-agent");
        await expect(page).toHaveURL(/#event=/);
        const selected = await embedLayout(page);
        expect(selected.scrollWidth).toBeLessThanOrEqual(selected.width);
        // The open sheet does not squeeze the lanes to nothing (at 320×400 it left them 0 px).
        expect(selected.timeline?.height ?? 0).toBeGreaterThan(150);
        expect(selected.timeline?.bottom ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(
          selected.height + 1,
        );
        expect(selected.reachable, "event marks not covered by the sheet").toBeGreaterThanOrEqual(
          3,
        );
        // Closing the sheet gives the map its room back.
        await frame.getByRole("button", { name: "Close event details" }).click();
        await expect.poll(async () => (await embedLayout(page)).mapUncovered).toBe(true);
        await expectNoAxeViolations(page, `${size.width}x${size.height}-event`, testInfo);
      });
    }
  });

  test("an embed whose gesture words cannot load keeps MapLibre, its gestures still left to the page", async ({
    page,
    watch,
  }) => {
    await page.route(/\/gestureWords-[^/]*\.js$/, (route) => route.abort());
    watch.allow(/gestureWords|Failed to load resource/);
    await page.goto("/?embed=1");
    await page.waitForFunction(() => window.__app?.map?.loaded() === true);
    expect(await page.evaluate(() => window.__app?.store.getState().mapAvailable)).toBe(true);
    // A wheel without Ctrl over the map: MapLibre's own words say how to zoom, the map stays.
    const zoomNow = () => page.evaluate(() => window.__app?.map?.getZoom());
    const zoom = await zoomNow();
    const box = await page.locator(".map-view").boundingBox();
    if (!box) throw new Error("no map");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await expect(page.locator(".maplibregl-cooperative-gesture-screen")).toContainText(/Ctrl/);
    expect(await zoomNow()).toBe(zoom);
  });
});

// Review 19: on a phone a reader could not scroll an article past the embed (the map and the
// timeline took every swipe), nor with a mouse's wheel on a desktop (it zoomed them).
test.describe("inside a long article", () => {
  test.use({ webgl: true, hasTouch: true, viewport: { width: 390, height: 844 } });

  test("a swipe up or down and the wheel scroll the host page; a sideways swipe and Ctrl + wheel move the view", async ({
    page,
    context,
  }) => {
    const text = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} of the article.</p>`);
    const frameTag = `<iframe data-kuril-embed src="${APP}/?embed=1" title="The islands' story" style="display:block;border:0;width:100%;height:560px"></iframe>`;
    pages.set("host/long.html", hostPage([...text, frameTag, ...text].join("\n")));
    await page.goto(`${HOST}/long.html`);
    const frame = embedFrame(page);
    await page.locator("iframe").scrollIntoViewIfNeeded();
    await expect(frame.getByTestId("timeline-events").getByRole("button").first()).toBeVisible();
    const app = page.frame({ url: new RegExp(`^${APP}/`) });
    if (!app) throw new Error("the embed's frame is missing");
    await app.waitForFunction(() => window.__app?.map?.loaded() === true);
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
    /** The host's scroll once a fling has ended: the same twice, 200 ms apart. */
    const settledScroll = async () => {
      let last = Number.NaN;
      for (let y = await scrollY(); y !== last; y = await scrollY()) {
        last = y;
        await page.waitForTimeout(200);
      }
      return last;
    };
    const view = () => app.evaluate(() => window.__app?.store.getState().timeWindow ?? null);
    const mapCentre = () => app.evaluate(() => window.__app?.map?.getCenter().toArray() ?? null);
    const cdp = await context.newCDPSession(page);
    const swipe = async (locator: string, dx: number, dy: number) => {
      const box = await frame.locator(locator).boundingBox();
      if (!box) throw new Error(`no box for ${locator}`);
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 3];
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
      for (let i = 1; i <= 10; i++) {
        const point = { x: x + (dx * i) / 10, y: y + (dy * i) / 10 };
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };

    // Up over the timeline, then over the map: the article scrolls, the view stays.
    const window0 = await view();
    const centre0 = await mapCentre();
    let top = await scrollY();
    await swipe(".tl-surface", 0, -120);
    await expect.poll(scrollY).toBeGreaterThan(top + 40);
    expect(await view()).toEqual(window0);
    top = await scrollY();
    await swipe(".map-view", 0, -100);
    await expect.poll(scrollY).toBeGreaterThan(top + 40);
    expect(await mapCentre()).toEqual(centre0);
    // Sideways over the timeline: it pans to later, and the article stays (once the fling above has ended).
    top = await settledScroll();
    await swipe(".tl-surface", -120, 0);
    await expect.poll(async () => (await view())?.start ?? 0).toBeGreaterThan(window0?.start ?? 0);
    expect(await scrollY()).toBe(top);

    // A mouse: the wheel over the timeline scrolls the article; with Ctrl it zooms the timeline.
    const box = await frame.locator(".tl-surface").boundingBox();
    if (!box) throw new Error("no timeline");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    const window1 = await view();
    await page.mouse.wheel(0, 200);
    await expect.poll(scrollY).toBeGreaterThan(top + 40);
    expect(await view()).toEqual(window1);
    const moved = await frame.locator(".tl-surface").boundingBox();
    if (!moved) throw new Error("no timeline");
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 3);
    const span = async () => {
      const shown = await view();
      return shown ? shown.end - shown.start : 0;
    };
    const before = await span();
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -200);
    await page.keyboard.up("Control");
    await expect.poll(span).toBeLessThan(before);
  });
});

// Share inside an embed copied the app's own share page: a reader sharing from an article sent
// others away from it (review 36 R6). With embed.js it copies the page's own link to the event.
test("Share in the embed copies the host page's link to the event, which opens the article there", async ({
  page,
  context,
}) => {
  for (const origin of [HOST, APP])
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const snippet = await snippetFromDialog(page);
  pages.set("host/share.html", hostPage(snippet));
  await page.goto(`${HOST}/share.html?edition=2#event=lavrov-arrives-in-tokyo`);
  const frame = embedFrame(page);
  await expectDetails(frame, "Lavrov lands");
  await frame.getByRole("button", { name: /^Next event/ }).click();
  await expect(page).toHaveURL(/#event=lavrov-snow-joke$/);
  await frame.getByRole("button", { name: /^Share a link to/ }).click();
  await expect(frame.getByTestId("share-confirm")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${HOST}/share.html?edition=2#event=lavrov-snow-joke`);
  await page.goto("about:blank");
  await page.goto(copied);
  await expectDetails(frame, "Lavrov jokes");

  // A page whose address does not follow the embed cannot open the event: the app's link.
  pages.set(
    "host/off.html",
    hostPage(snippet.replace("data-kuril-embed>", 'data-kuril-embed data-kuril-address="off">')),
  );
  await page.goto(`${HOST}/off.html`);
  await frame
    .getByTestId("timeline-events")
    .getByRole("button", { name: /^Lavrov jokes/ })
    .click();
  await expectDetails(frame, "Lavrov jokes");
  await frame.getByRole("button", { name: /^Share a link to/ }).click();
  await expect(frame.getByTestId("share-confirm")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${APP}/share/lavrov-snow-joke.html`,
  );
});

// A link to an event in an embed 1,500 px down an article left the reader at the article's top,
// with nothing on screen about the link (review 36 R5). As an anchor link would, the host script
// brings the embed into view on arrival; not on a selection, Back, or once the reader has scrolled.
test.describe("a deep link into an embed far down an article", () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  function article(beforeScript = ""): string {
    const text = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of the article.</p>`);
    const frameTag = `<iframe data-kuril-embed src="${APP}/?embed=1" title="The islands' story" loading="lazy" style="display:block;border:0;width:100%;height:560px"></iframe>`;
    const script = `<script src="${APP}/embed.js" async></script>`;
    const phone = `<meta name="viewport" content="width=device-width,initial-scale=1">`;
    return hostPage([...text, frameTag, ...text, beforeScript, script].join("\n"), phone);
  }
  const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

  test("the page opens on the embed the link names, and stays put afterwards", async ({ page }) => {
    pages.set("host/deep.html", article());
    await page.goto(`${HOST}/deep.html#event=lavrov-arrives-in-tokyo`);
    const iframe = page.locator("iframe[data-kuril-embed]");
    await expect(iframe).toBeInViewport({ ratio: 0.95 });
    const frame = embedFrame(page);
    await expectDetails(frame, "Lavrov");

    // A selection in the embed, and Back, change the address but not the page's scroll.
    await page.evaluate(() => window.scrollTo(0, 0));
    const app = page.frame({ url: new RegExp(`^${APP}/`) });
    if (!app) throw new Error("the embed's frame is missing");
    await app.evaluate(() => window.__app?.store.getState().selectEvent("nagato-summit"));
    await expect(page).toHaveURL(/#event=nagato-summit$/);
    await page.goBack();
    await expect(page).toHaveURL(/#event=lavrov-arrives-in-tokyo$/);
    await expectDetails(frame, "Lavrov");
    expect(await scrollY(page)).toBe(0);

    // No deep link, or one for something else on the page: the page opens at its top.
    for (const hash of ["", "#notes"]) {
      await page.goto(`${HOST}/deep.html${hash}`);
      expect(await scrollY(page), `at "${hash}"`).toBe(0);
      await expect(iframe).not.toBeInViewport();
    }
  });

  test("a page the reader has already scrolled keeps its place", async ({ page }) => {
    pages.set("host/scrolled.html", article("<script>window.scrollTo(0, 300)</script>"));
    // goto waits for the load event, which waits for the async host script to run.
    await page.goto(`${HOST}/scrolled.html#event=lavrov-arrives-in-tokyo`);
    expect(await page.evaluate(() => "kurilEmbed" in window)).toBe(true);
    expect(await scrollY(page)).toBe(300);
    await expect(page.locator("iframe[data-kuril-embed]")).not.toBeInViewport();
  });
});

test("each share page carries the embed snippet", async ({ page }) => {
  await page.goto("/share/nagato-summit.html");
  await expect(page).toHaveURL(/\?event=nagato-summit/);
  const response = await page.request.get("/share/nagato-summit.html");
  const html = await response.text();
  expect(html).toContain("Embed this event");
  expect(html).toMatch(
    /&lt;iframe [^\n]*src=&quot;[^&]*\?embed=1&amp;amp;event=nagato-summit&quot;/,
  );
  expect(html).toContain("embed.js");
  const script = await page.request.get("/embed.js");
  expect(script.ok()).toBe(true);
  expect(await script.text()).not.toMatch(/\bimport\b|\bexport\b/);
});

/** The embed's own store, read inside its frame (the host page cannot reach it). */
async function embedState(page: Page) {
  const app = page.frame({ url: new RegExp(`^${APP}/`) });
  if (!app) throw new Error("the embed's frame is missing");
  return app.evaluate(() => {
    const state = window.__app?.store.getState();
    // As the URL writes a window: UTC days, `to` the last day in it (its end is exclusive).
    const day = (time: number | undefined) =>
      time === undefined ? null : new Date(time).toISOString().slice(0, 10);
    const shown = state?.timeWindow;
    return {
      event: state?.selectedEventId ?? null,
      from: day(shown?.start),
      to: day(shown ? shown.end - 1 : undefined),
    };
  });
}

test("the host's #from/#to sets the window of an embed whose src names an event", async ({
  page,
}) => {
  const snippet = await snippetFromDialog(page, "?event=lavrov-arrives-in-tokyo");
  expect(snippet).toContain("event=lavrov-arrives-in-tokyo");
  pages.set(`host/window.html`, hostPage(snippet));

  // A window that does not hold the src's event: the host's address still decides it.
  await page.goto(`${HOST}/window.html#from=2016-06-01&to=2017-06-30`);
  const frame = embedFrame(page);
  await expectDetails(frame, "Lavrov");
  await expect
    .poll(() => embedState(page))
    .toEqual({ event: "lavrov-arrives-in-tokyo", from: "2016-06-01", to: "2017-06-30" });
  await expect(frame.getByRole("link", { name: /^Open full view/ })).toHaveAttribute(
    "href",
    /[?&]from=2016-06-01&to=2017-06-30/,
  );

  // A window that holds it.
  await page.goto(`${HOST}/window.html#from=2018-03-01&to=2018-04-30`);
  await expect
    .poll(() => embedState(page))
    .toEqual({ event: "lavrov-arrives-in-tokyo", from: "2018-03-01", to: "2018-04-30" });

  // Both name an event: the host's fragment (the link a reader shared) wins over the src's.
  await page.goto(`${HOST}/window.html#event=nagato-summit&from=2016-06-01&to=2017-06-30`);
  await expectDetails(frame, "Nagato");
  await expect
    .poll(() => embedState(page))
    .toEqual({ event: "nagato-summit", from: "2016-06-01", to: "2017-06-30" });

  // Then a window alone: the src's event comes back, and the host's window holds, as on a first
  // load (it was left for the event's own the moment the fragment changed).
  await page.goto(`${HOST}/window.html#from=2016-06-01&to=2017-06-30`);
  await expectDetails(frame, "Lavrov");
  await expect
    .poll(() => embedState(page))
    .toEqual({ event: "lavrov-arrives-in-tokyo", from: "2016-06-01", to: "2017-06-30" });

  // A place with a window: the window holds, as for an event (review 26: the place's year showed).
  await page.evaluate(() => {
    window.location.hash = "#place=iturup&from=2017-01-01&to=2017-12-31";
  });
  const placeAndWindow = async () => {
    const app = page.frame({ url: new RegExp(`^${APP}/`) });
    const place = await app?.evaluate(() => window.__app?.store.getState().selectedPlaceId);
    const { from, to } = await embedState(page);
    return { place, from, to };
  };
  await expect
    .poll(placeAndWindow)
    .toEqual({ place: "iturup", from: "2017-01-01", to: "2017-12-31" });
});

// Closed in an embed whose src names an event, the details left the host's address bare, which
// is the embed's own address: Forward, a reload or a copied link brought Nagato back.
test("closing the details of an embed whose src names an event writes #event= to the host's address, which keeps them closed", async ({
  page,
}) => {
  const snippet = await snippetFromDialog(page, "?event=nagato-summit");
  expect(snippet).toContain("event=nagato-summit");
  pages.set(`host/closed.html`, hostPage(snippet));
  const selected = async () => {
    const app = page.frame({ url: new RegExp(`^${APP}/`) });
    return app?.evaluate(() => {
      const state = window.__app?.store.getState();
      return state?.status === "ready" ? (state.selectedEventId ?? "none") : "loading";
    });
  };

  await page.goto(`${HOST}/closed.html`);
  const frame = embedFrame(page);
  await expectDetails(frame, "Nagato");
  await frame.getByRole("button", { name: "Close event details" }).click();
  await expect(page).toHaveURL(`${HOST}/closed.html#event=`);
  await expect.poll(selected).toBe("none");

  await page.reload();
  await expect.poll(selected).toBe("none");
  // The host script has passed the fragment on: the embed said so, and nothing came back.
  await page.waitForTimeout(500);
  expect(await selected()).toBe("none");

  // Back to the page as it opened: the embed's own address, its event.
  await page.goBack();
  await expect(page).toHaveURL(`${HOST}/closed.html`);
  await expectDetails(frame, "Nagato");
  await page.goForward();
  await expect(page).toHaveURL(`${HOST}/closed.html#event=`);
  await expect.poll(selected).toBe("none");
});

test("a host fragment naming an unknown event shows the same notice as the app's own link", async ({
  page,
}) => {
  const snippet = await snippetFromDialog(page, "?event=nagato-summit");
  pages.set(`host/unknown.html`, hostPage(snippet));
  await page.goto(`${HOST}/unknown.html#event=no-such-event`);
  const frame = embedFrame(page);
  const notice = frame
    .getByRole("alert")
    .filter({ hasText: "No event 'no-such-event' in this dataset." });
  await expect(notice).toBeVisible();
  // The embed opens normally, on its own address's view.
  await expectDetails(frame, "Nagato");
  await notice.getByRole("button", { name: /Dismiss/ }).click();
  await expect(notice).toHaveCount(0);

  // A later fragment (a link on the host page) with an unknown place says so too.
  await page.evaluate(() => {
    location.hash = "place=atlantis";
  });
  await expect(frame.getByRole("alert").filter({ hasText: /atlantis/ })).toBeVisible();
  await expectDetails(frame, "Nagato");
  // A fragment the embed opens whole takes the earlier one's notice back.
  await page.evaluate(() => {
    location.hash = "from=2018-03-01&to=2018-03-31";
  });
  await expect(frame.getByRole("alert").filter({ hasText: /atlantis/ })).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  // As on the page (e2e/timeline-phone-taps): the details a first tap opens leave the timeline
  // where it was. In frames up to 560 px high the open sheet lies over the map and the folded
  // sheet's row under the timeline went to the map: the timeline moved 45 px down. In the Large
  // snippet (720 px) the sheet was a row under the timeline and took its room from it and the map:
  // it moved 87 px up and lost 144 px.
  test("a first tap on a mark opens the details and leaves the timeline where it was, in frames of 390×560, 360×480 and 390×720", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const snippet = await snippetFromDialog(page);
    for (const size of [
      { width: 390, height: 560 },
      { width: 360, height: 480 },
      { width: 390, height: 720 },
    ]) {
      await test.step(`${size.width}×${size.height}`, async () => {
        const at = `${size.width}×${size.height}`;
        const sized = snippet.replace(
          /style="[^"]*"/,
          `style="display:block;border:0;width:${size.width}px;height:${size.height}px"`,
        );
        pages.set(
          `host/phone-${size.width}x${size.height}.html`,
          hostPage(sized, '<meta name="viewport" content="width=device-width, initial-scale=1">'),
        );
        await page.setViewportSize({ width: size.width + 40, height: size.height + 300 });
        await page.goto(`${HOST}/phone-${size.width}x${size.height}.html`);
        const frame = embedFrame(page);
        const timeline = frame.getByRole("region", { name: "Timeline", exact: true });
        const mark = frame
          .getByTestId("timeline-events")
          .getByRole("button", { name: /^Nerve-agent attack/ });
        await expect(mark).toBeVisible();
        await expect(frame.locator(".region-details")).toHaveAttribute("data-sheet", "closed");
        await page.waitForTimeout(300);
        const before = await timeline.boundingBox();
        const m = await mark.boundingBox();
        if (!before || !m) throw new Error(`${at}: no timeline or mark`);
        await page.touchscreen.tap(m.x + m.width / 2, m.y + m.height / 2);
        await expectDetails(frame, "Nerve-agent");
        await expect(frame.locator(".region-details")).toHaveAttribute("data-sheet", "open");
        await page.waitForTimeout(600);
        const after = await timeline.boundingBox();
        const moved = await mark.boundingBox();
        for (const side of ["x", "y", "width", "height"] as const)
          expect(
            Math.abs((after?.[side] ?? Number.NaN) - before[side]),
            `${at}: the timeline's ${side} (${JSON.stringify({ before, after })})`,
          ).toBeLessThanOrEqual(0.5);
        expect(Math.abs((moved?.y ?? Number.NaN) - m.y), `${at}: the mark's y`).toBeLessThanOrEqual(
          0.5,
        );
        // The details are read from their title, in the frame above the timeline.
        await expect(frame.locator("#details-title")).toBeInViewport({ ratio: 1 });
        const sheet = await frame.locator(".region-details").boundingBox();
        expect((sheet?.y ?? 0) + (sheet?.height ?? 0), at).toBeLessThanOrEqual(before.y + 1);
        // Folded again, the sheet leaves the timeline where it was too, and shows the map.
        await frame.getByRole("button", { name: "Close event details" }).click();
        await expect(frame.locator(".region-details")).toHaveAttribute("data-sheet", "closed");
        await expect.poll(async () => (await embedLayout(page)).mapUncovered).toBe(true);
        expect(await timeline.boundingBox(), at).toEqual(before);
      });
    }
  });

  test("the snippet at its default height: the timeline's axis stays whole after the sheet opens and closes", async ({
    page,
  }, testInfo) => {
    // The Embed button is in the phone's header menu: the snippet comes from a wide page.
    await page.setViewportSize({ width: 1280, height: 800 });
    const snippet = await snippetFromDialog(page, "?event=skripal-nerve-agent-attack");
    expect(snippet).toContain("height:560px");
    pages.set(
      `host/phone.html`,
      hostPage(snippet, '<meta name="viewport" content="width=device-width, initial-scale=1">'),
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${HOST}/phone.html`);
    const frame = embedFrame(page);
    // The link's event: the sheet is open.
    await expectDetails(frame, "Nerve-agent");
    await expect.poll(() => axisInView(page)).toBe("in view");
    await frame.getByRole("button", { name: "Close event details" }).click();
    await expect(frame.getByRole("button", { name: "Close event details" })).toHaveCount(0);
    await expect.poll(() => axisInView(page)).toBe("in view");
    // Again from the timeline.
    await frame
      .getByTestId("timeline-events")
      .getByRole("button", { name: /^Nerve-agent attack/ })
      .click();
    await expectDetails(frame, "Nerve-agent");
    await expect.poll(() => axisInView(page)).toBe("in view");
    await frame.getByRole("button", { name: "Close event details" }).click();
    await expect.poll(() => axisInView(page)).toBe("in view");
    await testInfo.attach("embed-phone-closed.png", {
      body: await page.screenshot(),
      contentType: "image/png",
    });
  });
});

// With no dataset behind it, the failed load's problem box stopped at 40% of the frame (224 px of
// 560): its buttons were cut at its foot, over three empty panels (review 40 V1).
test.describe("a failed embed in a phone's page", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("shows its problem and both its buttons whole, inside the frame", async ({
    page,
    watch,
  }) => {
    watch.allow(/404|Failed to load resource/);
    await page.setViewportSize({ width: 1280, height: 800 });
    const snippet = await snippetFromDialog(page);
    expect(snippet).toContain("height:560px");
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lang of ["en", "ru"]) {
      await test.step(lang, async () => {
        pages.set(
          `host/failed-${lang}.html`,
          hostPage(
            snippet.replace("?embed=1", `?embed=1&amp;data=/no-such-dataset.json&amp;lang=${lang}`),
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
          ),
        );
        await page.goto(`${HOST}/failed-${lang}.html`);
        const frame = embedFrame(page);
        const buttons = frame.locator(".dataset-problems .problem-actions button");
        await expect(frame.getByRole("alert")).toContainText("/no-such-dataset.json");
        // "Try again" and "Back to the default dataset".
        await expect(buttons).toHaveCount(2);
        for (const button of await buttons.all()) await expect(button).toBeInViewport({ ratio: 1 });
        // Nothing of the box waits behind its scrollbar, and it lies in the frame.
        const fit = await frame.locator(".dataset-problems").evaluate((box) => ({
          hidden: box.scrollHeight - box.clientHeight,
          bottom: box.getBoundingClientRect().bottom,
          frame: window.innerHeight,
        }));
        expect(fit.hidden, lang).toBeLessThanOrEqual(0);
        expect(fit.bottom, lang).toBeLessThanOrEqual(fit.frame);
      });
    }
  });
});

// Review 23 L2: a failed embed's header went on saying "Loading dataset…" over its error.
test("an embed whose dataset cannot be opened says no dataset is open, with the error", async ({
  page,
  watch,
}) => {
  watch.allow(/404|Failed to load resource/);
  await page.goto("/?embed=1&data=/no-such-dataset.json");
  await expect(page.getByRole("alert")).toContainText("Could not open /no-such-dataset.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No dataset open");
});

// The sheet lay over the map, whose canvas, Places and buttons still took Tab, wholly hidden: a
// keyboard reader could open the unseen Places list and choose a place (review 33 F2).
test.describe("a short phone embed with an event open", () => {
  test.use({ viewport: { width: 360, height: 560 } });
  test("the map under the details sheet takes no Tab stop", async ({ page }) => {
    await page.goto("/?embed=1&event=nagato-summit");
    await waitForApp(page);
    await expect(page.locator("#details-title")).toContainText("Nagato");
    const stops: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      stops.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          return active?.closest(".region-map") ? (active.outerHTML.slice(0, 60) ?? "") : "";
        }),
      );
    }
    expect(stops.filter(Boolean)).toEqual([]);
    // With no event open the map is back, and Tab reaches it.
    await page.goto("/?embed=1");
    await waitForApp(page);
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => !!document.activeElement?.closest(".region-map"));
    }
    expect(reached).toBe(true);
  });
});

// A CMS that frames with `sandbox="allow-scripts"` gives the frame an opaque origin: MapLibre then
// starts its worker from a data: URL, which the app's policy refused ("Part of the map could not be
// loaded: Worker failed to load"; review 33 F3).
test.describe("in a frame sandboxed without allow-same-origin", () => {
  test.use({ webgl: true });
  test("the embed draws its map", async ({ page, context, watch }) => {
    // An opaque origin fetches the app's module scripts with CORS: a site framed so must allow it.
    await context.route(
      (url) => url.origin === APP,
      async (route) => {
        // A chunk asked for as the test ends (UpdatePrompt, once the map is drawn) is not the test's
        // to answer: its fetch rejects with "Test ended", which failed a whole run's attempt.
        const response = await route.fetch().catch(() => null);
        if (!response) return;
        await route.fulfill({
          response,
          headers: { ...response.headers(), "access-control-allow-origin": "*" },
        });
      },
    );
    watch.allow(/service ?worker|ServiceWorker|storage|SecurityError/i);
    pages.set(
      "host/sandboxed.html",
      hostPage(
        `<iframe sandbox="allow-scripts" src="${APP}/?embed=1&event=nagato-summit" width="720" height="560" title="Timeline and map"></iframe>`,
      ),
    );
    await page.goto(`${HOST}/sandboxed.html`);
    const frame = page.frameLocator("iframe");
    await expect(frame.locator("#details-title")).toContainText("Nagato");
    const inner = page.frames().find((f) => f.url().startsWith(APP));
    if (!inner) throw new Error("no embed frame");
    await inner.waitForFunction(() => window.__app?.map?.loaded() === true, null, {
      timeout: 30_000,
    });
    await expect(frame.getByText(/Part of the map could not be loaded/)).toHaveCount(0);
  });
});
