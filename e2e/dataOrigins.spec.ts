/**
 * A build restricted to one origin besides its own (`DATA_ORIGINS`): the app
 * refuses a link to another, naming it, and the CSP makes the browser refuse
 * a fetch made around the app. The build goes to its own folder and is
 * served on its own port, next to two local HTTPS "sites".
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { expect, test, waitForApp } from "./fixtures";
import { type HttpsSite, startHttpsSite } from "./support/httpsServer";

// Not about the map: on the app's SVG map (why: `webgl` in e2e/fixtures.ts).
test.use({ webgl: false });

// Specs that serve sites of their own may run at once, each on its own ports: provenance +10,
// this one +11 to +13, embed +14 and +15.
const BASE_PORT = Number(process.env.PORT ?? 4173);
const ALLOWED_PORT = BASE_PORT + 11;
const REFUSED_PORT = BASE_PORT + 12;
const APP_PORT = BASE_PORT + 13;
// Under test-results: ignored by git and Biome, and cleared with every run.
const OUT_DIR = "test-results/dist-origins";
const APP = `http://127.0.0.1:${APP_PORT}`;

const dataset = JSON.stringify({
  meta: { title: "Newsroom data" },
  places: [{ id: "p", name: "P", names: { en: "P" }, kind: "city", coordinates: [140, 40] }],
  events: [{ id: "a", title: "First", start: "2018-01-02", places: ["p"], summary: "One." }],
});

let allowed: HttpsSite;
let refused: HttpsSite;
let server: ChildProcess;

test.use({ baseURL: APP, ignoreHTTPSErrors: true });
// Its beforeAll starts servers on fixed ports: the file runs in one worker, in order.
test.describe.configure({ mode: "default" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  allowed = await startHttpsSite(ALLOWED_PORT);
  refused = await startHttpsSite(REFUSED_PORT);
  allowed.put("/news.json", dataset);
  refused.put("/forged.json", dataset);
  execFileSync("npx", ["vite", "build", "--outDir", OUT_DIR, "--emptyOutDir"], {
    env: { ...process.env, DATA_ORIGINS: `self ${allowed.origin}` },
    stdio: "ignore",
  });
  server = spawn(
    "npx",
    [
      "vite",
      "preview",
      "--outDir",
      OUT_DIR,
      "--host",
      "127.0.0.1",
      "--port",
      String(APP_PORT),
      "--strictPort",
    ],
    { stdio: "ignore", detached: true },
  );
  await expect
    .poll(
      () =>
        fetch(`${APP}/`)
          .then((r) => r.status)
          .catch(() => 0),
      { timeout: 30_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  // The preview server runs in its own process group: end it and its children.
  if (server?.pid) process.kill(-server.pid);
  await allowed?.close();
  await refused?.close();
});

test("the CSP's connect-src follows the setting", async ({ page }) => {
  await page.goto("/");
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(csp).toContain(`connect-src 'self' ${allowed.origin} blob: data:`);
  expect(csp).not.toContain("https: ");
});

test("a link to the allowed origin opens, and says where it comes from", async ({
  page,
  watch,
}) => {
  watch.allowOrigin(allowed.origin);
  await page.goto(`/?data=${allowed.origin}/news.json`);
  await waitForApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Newsroom data — 1 event");
  await expect(page.getByTestId("provenance")).toContainText(
    `Data from 127.0.0.1:${ALLOWED_PORT} — not published by this site`,
  );
});

test("a link to another origin is refused with a message naming it", async ({ page }) => {
  await page.goto(`/?data=${refused.origin}/forged.json`);
  await waitForApp(page);
  await expect(
    page.getByRole("status").filter({ hasText: "Ignored the link's dataset" }),
  ).toContainText(
    `Ignored the link's dataset from ${refused.origin}: this site opens datasets only from this site and ${allowed.origin}.`,
  );
  // The shipped dataset instead, with no banner: nothing from the refused origin was loaded.
  await expect(page.getByTestId("provenance")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Newsroom data");
});

test("the browser blocks a fetch made around the app", async ({ page, watch }) => {
  watch.allow(/Content Security Policy|Failed to fetch|Refused to connect/);
  await page.goto("/");
  await waitForApp(page);
  const attempt = (url: string) =>
    page.evaluate(
      (target) =>
        fetch(target).then(
          (response) => `loaded ${response.status}`,
          (error: Error) => `blocked: ${error.message}`,
        ),
      url,
    );
  expect(await attempt(`${refused.origin}/forged.json`)).toMatch(/^blocked/);
  // The same fetch to the allowed origin goes through, so the block is the policy's doing.
  watch.allowOrigin(allowed.origin);
  expect(await attempt(`${allowed.origin}/news.json`)).toBe("loaded 200");
});
