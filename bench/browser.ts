/** Headless Chromium for the benchmark: the system build, software WebGL, nothing in the background. */
import { readFile } from "node:fs/promises";
import { type Browser, type BrowserContext, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium";

export { CHROMIUM_ARGS, chromiumPath };

export const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    ...(executablePath ? { executablePath } : {}),
  });
}

export interface PageConfig {
  mode: "app" | "vis" | "none";
  expectedEvents?: number;
  loadTimeoutMs?: number;
}

const RECORDERS = new URL("./inPage/recorders.js", import.meta.url);

/** The in-page recorders with their configuration: a script to run before the page's own. */
export async function recordersScript(config: PageConfig): Promise<string> {
  const source = await readFile(RECORDERS, "utf8");
  return `window.__benchConfig = ${JSON.stringify(config)};\n${source}`;
}

/** A fresh context (empty cache) whose pages all get the in-page recorders. */
export async function newBenchContext(
  browser: Browser,
  config: PageConfig,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: await recordersScript(config) });
  return context;
}
