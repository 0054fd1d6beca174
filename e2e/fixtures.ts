import { readFileSync } from "node:fs";
import { basename } from "node:path";
import {
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Page,
  type TestInfo,
} from "@playwright/test";
import axeCore, { type AxeResults, type RunOptions } from "axe-core";
import { SAMPLES } from "../src/import/samples";
import { startCpuLog } from "./cpuLog";

/**
 * Every test fails if the page logs an error, throws, or requests anything
 * outside its own origin: the app must work offline.
 */
export interface Watch {
  errors: string[];
  offOrigin: string[];
  /** Errors a test provokes on purpose (a 404 dataset) and expects. */
  allow: (pattern: RegExp) => void;
  /** An origin the test itself serves (a local HTTPS server), whose requests are expected. */
  allowOrigin: (origin: string) => void;
}

/**
 * Pages of `context` see no WebGL, as in a browser without it: the `webgl: false` option's doing,
 * for a context a test makes itself (a persistent profile, a second context for a saved copy).
 */
export async function hideWebGL(context: BrowserContext): Promise<void> {
  await context.addInitScript(webglTakenAway);
}

/**
 * The init script that takes WebGL away (`hideWebGL`); a page's own copy
 * (`page.addInitScript(webglTakenAway)`, disposed when done) keeps the SVG map for a page or two of a
 * test that draws MapLibre later.
 */
export function webglTakenAway(): void {
  // What `--disable-webgl` leaves: no WebGL2 constructor, no WebGL context from a canvas.
  Reflect.deleteProperty(window, "WebGL2RenderingContext");
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    kind: string,
    ...rest: unknown[]
  ) {
    return /webgl/.test(kind) ? null : Reflect.apply(getContext, this, [kind, ...rest]);
  } as typeof getContext;
}

/**
 * What a failed test left on screen, attached to its result: Playwright's own "only-on-failure"
 * photographs every test's pages (playwright.config.ts, `screenshot`). A page that no longer
 * answers is passed over: the failure is said without its picture.
 */
async function photographPages(context: BrowserContext, testInfo: TestInfo): Promise<void> {
  for (const [index, page] of context.pages().entries()) {
    const path = testInfo.outputPath(`failure-${index + 1}.png`);
    const taken = await page.screenshot({ path, timeout: 5000 }).catch(() => null);
    if (taken)
      await testInfo.attach(`failure-${index + 1}.png`, { path, contentType: "image/png" });
  }
}

export const test = base.extend<{
  watch: Watch;
  isolation: undefined;
  webgl: boolean;
  withoutWebGL: undefined;
}>({
  /**
   * `test.use({ webgl: false })`: the page has no WebGL, as in a browser without it, and the app
   * shows its SVG map (its own code path, e2e/map.spec.ts "without WebGL"). For tests whose
   * subject is not the map: MapLibre on this machine's software WebGL is most of a page load's
   * cost, 4.2 CPU-s and 2.5 s to a drawn map against 0.9 CPU-s and 0.5 s without (README).
   */
  webgl: [true, { option: true }],
  withoutWebGL: [
    async ({ context, webgl }, use) => {
      if (!webgl) await hideWebGL(context);
      await use(undefined);
    },
    { auto: true },
  ],
  // The context is reused between tests (playwright.config.ts); Playwright resets most of it,
  // but not the permissions a test granted nor its offline switch.
  isolation: [
    async ({ context }, use, testInfo) => {
      const log = process.env.E2E_CPU_LOG;
      const logged =
        log &&
        startCpuLog(log, {
          file: basename(testInfo.file),
          title: testInfo.titlePath.slice(1).join(" › "),
          retry: testInfo.retry,
        });
      // Documents loaded in the context's pages (the app, a host page; not a frame's, nor those of
      // a context the test makes itself): what merging tests that load one page saves.
      let loads = 0;
      const onLoad = (page: Page) => {
        if (!page.url().startsWith("about:")) loads++;
      };
      const count = (page: Page) => page.on("load", onLoad);
      if (logged) {
        for (const page of context.pages()) count(page);
        context.on("page", count);
      }
      await use(undefined);
      if (logged) {
        context.off("page", count);
        for (const page of context.pages()) page.off("load", onLoad);
        logged(loads);
      }
      if (testInfo.status !== testInfo.expectedStatus) await photographPages(context, testInfo);
      await context.clearPermissions();
      await context.setOffline(false);
    },
    { auto: true },
  ],
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const allowed: RegExp[] = [];
      const origins = new Set([origin]);
      const watch: Watch = {
        errors: [],
        offOrigin: [],
        allow: (pattern) => allowed.push(pattern),
        allowOrigin: (other) => origins.add(new URL(other).origin),
      };
      page.on("console", (message) => {
        if (message.type() === "error") watch.errors.push(message.text());
      });
      page.on("pageerror", (error) => watch.errors.push(`uncaught: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        if (url.startsWith("data:") || url.startsWith("blob:")) return;
        if (!origins.has(new URL(url).origin)) watch.offOrigin.push(url);
      });
      await use(watch);
      const unexpected = watch.errors.filter(
        (text) => !allowed.some((pattern) => pattern.test(text)),
      );
      expect(unexpected, "console errors or uncaught exceptions").toEqual([]);
      expect(watch.offOrigin, "requests outside the app's origin").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Holds the page's requests for `url` until the returned function is called. */
export async function holdRequests(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** Holds the shipped dataset's request: the page's loading state stays on screen meanwhile. */
export const holdShippedDataset = (page: Page) =>
  holdRequests(page, /\/assets\/japan-russia-2018[^/]*\.json$/);

/**
 * Until the editor's draft has been written to storage by a save begun after its last change (the
 * history's time of it, an undo or redo too; a save begun earlier, even one that ends later, holds
 * an older draft).
 */
export async function savedSinceLastChange(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const editor = window.__app?.store.getState().editor;
        return Boolean(editor && (editor.autosave.savedAt ?? 0) > editor.history.lastAt);
      }),
    )
    .toBe(true);
}

/**
 * Wait until the dataset is loaded and shown. A first load that failed, with nothing on show, for
 * 5 s on end (not a moment between a failure and the next load a click starts) ends the wait
 * with its problems: a routed `?data=` request that reached the preview server (404) waited out
 * the test's 60 s and said only "Test timeout".
 */
export async function waitForApp(page: Page): Promise<void> {
  const answer = await page.waitForFunction(() => {
    const state = window.__app?.store.getState();
    if (state?.status === "ready") return "ready";
    const failed = window as { __failedSince?: number };
    if (state?.status !== "error" || state.index !== null) {
      failed.__failedSince = undefined;
      return false;
    }
    failed.__failedSince ??= Date.now();
    return Date.now() - failed.__failedSince > 5000 ? JSON.stringify(state.problems) : false;
  });
  const result = await answer.jsonValue();
  if (result !== "ready") throw new Error(`The dataset did not load: ${result}`);
}

/** Addresses a file opened from disk may reach: itself, and what it makes in the page. */
export const ON_DISK = /^(file|data|blob):/;

/**
 * A context for a saved copy opened from disk with no network: every request elsewhere is
 * refused, and listed in `leaks`.
 */
export async function diskOnlyContext(
  browser: Browser,
): Promise<{ context: BrowserContext; leaks: string[] }> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const leaks: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (ON_DISK.test(url)) return route.continue();
    leaks.push(url);
    return route.abort();
  });
  return { context, leaks };
}

/**
 * Save → Offline copy, downloaded to `file`; `save` holds the page language's labels for the
 * two buttons (the locale file's `save`).
 */
export async function saveOfflineCopy(
  page: Page,
  save: { button: string; offlineCopy: string },
  file: string,
): Promise<void> {
  await page.getByRole("button", { name: save.button }).click();
  await page.getByRole("button", { name: save.offlineCopy }).click();
  const link = page.locator(".save-menu-panel a[download]");
  await expect(link).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  await download.saveAs(file);
}

/** Serves `body` at a same-origin path (the dataset worker's request included). */
export async function serveAt(
  context: BrowserContext,
  path: string,
  body: string | Buffer,
): Promise<void> {
  await context.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ status: 200, body, contentType: "text/plain" }),
  );
}

/** A published sample (`src/import/samples.ts`) served on this site at `/samples/<its file name>`: that path. */
export async function serveSample(
  context: BrowserContext,
  name: keyof typeof SAMPLES,
): Promise<string> {
  const path = `/samples/${basename(SAMPLES[name])}`;
  await serveAt(context, path, readFileSync(SAMPLES[name]));
  return path;
}

/** The sample opened through `?data=`, with more of the link's keys (`lang=ja`) if given. */
export async function openSample(
  page: Page,
  context: BrowserContext,
  name: keyof typeof SAMPLES,
  more = "",
): Promise<void> {
  const path = await serveSample(context, name);
  await page.goto(`/?data=${path}${more ? `&${more}` : ""}`);
}

/** Wait until MapLibre has loaded its style (or the fallback is up). */
/** The map's layers of places' names (src/map/style.ts), for `queryRenderedFeatures` in a page. */
export const NAME_LAYERS = [
  "place-labels",
  "place-labels-selected",
  "place-labels-group",
  "place-labels-group-selected",
];

export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__app?.map;
    return Boolean(map?.loaded()) || window.__app?.store.getState().mapAvailable === false;
  });
}

/**
 * Until the map updates the app queues for after the next paint (`afterNextPaint` in
 * src/map/bindMapToStore.ts) have run: a camera move a selection asked for has begun by then,
 * so "the map is not moving" means it has arrived, not that it has yet to start.
 */
export async function afterMapUpdates(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}

/** Once the map has arrived and placed its labels (its next `idle`), and nothing is loading. */
export async function mapSettled(page: Page): Promise<void> {
  await afterMapUpdates(page);
  await page.waitForFunction(() => {
    const map = window.__app?.map;
    return Boolean(map?.loaded()) && !map?.isMoving() && Boolean(map?.areTilesLoaded());
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__app?.map;
        if (!map) return resolve();
        map.once("idle", () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * axe over the app's own page, as AxeBuilder's legacy mode runs it: `axe.run` in the page (the
 * default mode also opens a blank page to gather each frame's results, which made a call take
 * 2.4–2.8 s here instead of 1.2–1.4 s with the same findings). The app's pages hold no frame from
 * another origin, the one thing legacy mode skips; the embed spec's host page does, and asks for
 * it (`acrossOrigins`).
 *
 * axe-core (the version @axe-core/playwright brings) goes into each document once and is reused:
 * AxeBuilder sends its 0.6 MB source twice on every call, and the fresh copy runs cold. A second
 * scan of one page took 2.5–8.9 s that way against 1.0–3.1 s for `axe.run` on the copy already
 * there, with the same results (4 pairs, a loaded machine). The options and context are
 * AxeBuilder's: `withTags` is its `runOnly` by tag, `include` its context.
 */
export function axe(page: Page): PageAxe {
  return new PageAxe(page);
}

export class PageAxe {
  private readonly includes: string[] = [];
  private readonly options: RunOptions = {};

  constructor(private readonly page: Page) {}

  withTags(tags: string[]): this {
    this.options.runOnly = { type: "tag", values: tags };
    return this;
  }

  include(selector: string): this {
    this.includes.push(selector);
    return this;
  }

  /**
   * Into frames of other origins too (an embed's host page): axe-core's `allowedOrigins` of
   * `<unsafe_all_origins>` in every document, so `axe.run` asks the frame's own copy, as
   * AxeBuilder's default mode does through `runPartial` in each frame and `finishRun` in a blank
   * page it opens for each scan (2.4–2.8 s a call here against 1.2–1.4 s).
   */
  acrossOrigins(): this {
    this.allOrigins = true;
    return this;
  }

  private allOrigins = false;

  async analyze(): Promise<AxeResults> {
    // Every frame needs axe for `axe.run` to reach into it; a frame that cannot take it is left
    // out, as AxeBuilder's legacy mode leaves it (and a frame of another origin, unless asked).
    for (const frame of this.page.frames()) {
      try {
        const present = await frame.evaluate(() => "axe" in window);
        if (!present) await frame.evaluate(AXE_SOURCE);
        await frame.evaluate(
          (origins) =>
            (window as unknown as { axe: typeof import("axe-core") }).axe.configure({
              allowedOrigins: [origins],
            }),
          this.allOrigins ? "<unsafe_all_origins>" : "<same_origin>",
        );
      } catch (error) {
        if (frame === this.page.mainFrame()) throw error;
      }
    }
    const outcome = await this.page.evaluate(
      ({ context, options }) =>
        (window as unknown as { axe: typeof import("axe-core") }).axe.run(context, options).then(
          (results) => ({ error: null, results }),
          (error: unknown) => ({ error: String(error), results: null }),
        ),
      { context: { include: this.includes, exclude: [] }, options: this.options },
    );
    if (!outcome.results) throw new Error(`axe: ${outcome.error}`);
    return outcome.results;
  }
}

/**
 * Whether axe's name for an element (one of a node's `target`s) is a timeline mark, which the
 * target-size checks let pass. WCAG 2.5.8's "essential" exception: a mark's height is its 14 px row
 * and its width is the event's span, so its size is the information; the same events are 24 px
 * targets elsewhere (the event lists, search) and are reached by the keyboard.
 *
 * axe names an element by its rarest features, so a mark has two names: by its event or group
 * (`button[data-event-id="…"]`, `button[data-group="…"]`) where its classes are common, by its
 * class where that is rare, as a period's mark is in a phone's sideways timeline (844 × 390:
 * `.tl-mark--period[data-position="1"][data-row="0"]`), either alone or after its ancestors.
 */
export function isTimelineMark(target: unknown): boolean {
  if (typeof target !== "string") return false;
  // The element's own part is the last (axe puts ancestors first); attribute values may hold
  // spaces (a group's positions).
  const own =
    target
      .replace(/="[^"]*"/g, '=""')
      .split(/[\s>~+]/)
      .at(-1) ?? "";
  return /^button\[data-(event-id|group)=/.test(own) || /\.tl-(mark|group)\b/.test(own);
}

/** axe-core's source, configured as AxeBuilder configures it in legacy mode. */
const AXE_SOURCE = `${axeCore.source}
;axe.configure({ allowedOrigins: ["<same_origin>"], branding: { application: "playwright" } });`;
