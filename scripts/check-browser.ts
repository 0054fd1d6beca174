/**
 * Before the end-to-end tests: make sure a Chromium exists, or say plainly
 * how to get one instead of failing deep inside Playwright.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumPath } from "./chromium";

const explicit = process.env.CHROMIUM_PATH;
// The same choice as the Playwright config and the benchmark make.
const chosen = chromiumPath();
const found = chosen && existsSync(chosen) ? chosen : undefined;

let bundled: string | null = null;
try {
  bundled = chromium.executablePath();
} catch {
  bundled = null;
}

if (explicit && !existsSync(explicit)) {
  console.error(`CHROMIUM_PATH is set to ${explicit}, but no file is there.`);
  process.exit(1);
}
if (!found && !(bundled && existsSync(bundled))) {
  console.error(
    [
      "The end-to-end tests need Chromium, and none was found.",
      "  Debian/Ubuntu:  sudo apt-get install chromium   (then it is used from /usr/bin/chromium)",
      "  Elsewhere:      npx playwright install chromium",
      "  Or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`Chromium for the end-to-end tests: ${found ?? bundled}`);
