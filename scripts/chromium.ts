/**
 * Which Chromium the end-to-end tests and the benchmark drive, and how.
 * Debian's build where it is installed; CHROMIUM_PATH points elsewhere;
 * without either, Playwright's own browser (`npx playwright install chromium`).
 */
import { existsSync } from "node:fs";

/** Headless, no background traffic, and software WebGL (newer Chromium drops it without the last flag). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--enable-unsafe-swiftshader",
];

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}
