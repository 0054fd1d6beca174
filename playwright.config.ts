import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium";

export { CHROMIUM_ARGS };

/**
 * End-to-end tests drive the production build (`vite build`, then `vite
 * preview`) in Chromium. Debian's Chromium is used where it is installed;
 * CHROMIUM_PATH points elsewhere, and without either Playwright's own
 * browser (`npx playwright install chromium`) is used.
 */
const port = Number(process.env.PORT ?? 4173);
export const executablePath = chromiumPath();

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // Tests, not files, are shared out between the workers, so the run does not end on one worker
  // finishing a long file. Files that start servers on fixed ports in beforeAll run in one worker.
  fullyParallel: true,
  // Two workers on the 2-core CI machine keep the suite (about 240 tests) well under its time limit.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace for every test (to keep it on failure) made the suite ~30% slower here
    // (two spec files: 183 s → 126 s): CI retries a failed test once, and that retry is traced.
    trace: "on-first-retry",
    // Off: "only-on-failure" photographs every test's pages at its end and throws the picture away
    // when it passed, ~140 ms a test here (an SVG-map page, one worker: 415 ms between tests against
    // 270). e2e/fixtures.ts photographs the pages of a test that failed.
    screenshot: "off",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // The service worker would answer requests that tests route; e2e/offline.spec.ts allows it.
    serviceWorkers: "block",
    // One browser context per worker, reset between tests (cookies, cache, storage, routes, init
    // scripts, pages, viewport and media; e2e/fixtures.ts also resets permissions and offline),
    // instead of a new context per test, which is a new renderer process and a cold start: a page
    // to a drawn map took 5.5–6.1 CPU-s so, 3.9–4.2 loaded again (README, "For developers").
    // Options that cannot be reset (locale, isMobile, service workers…) still get a fresh context.
    reuseContext: true,
    // Most tests are about what a selection shows, not how the map travels there: reduced motion
    // makes it jump (1–2 software-rendered frames) instead of flying (about 20 here). Four spec
    // files took 359 s instead of 390 s in one run each; over the whole suite it is within the
    // noise (README). map, story and timeline specs test the motion itself and ask for
    // "no-preference".
    reducedMotion: "reduce",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // Room for very long URLs: the tests send 20,000-character values.
    command: `node --max-http-header-size=65536 node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
