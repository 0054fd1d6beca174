import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { formatIssue } from "../src/data/issueEnglish";
import { parseDataset } from "../src/data/parseDataset";
import { LANGUAGES } from "../src/i18n/languages";
import { sharePageHtml } from "../src/url/sharePage";

/**
 * Emits `share/<id>.html` (English) and `share/<lang>/<id>.html` (the other
 * interface languages) for every event of the shipped dataset when the app
 * is built. `SITE_URL` (the public address, with a trailing slash) makes the
 * preview links absolute, as some link previewers require.
 */
export function sharePages(datasetPath: string, imagePath: string): Plugin {
  return {
    name: "share-pages",
    apply: "build",
    generateBundle() {
      const parsed = parseDataset(JSON.parse(readFileSync(datasetPath, "utf8")));
      if (!parsed.ok) {
        this.error(
          `share pages: ${datasetPath} is not a valid dataset: ${parsed.errors[0] ? formatIssue(parsed.errors[0]) : ""}`,
        );
      }
      const siteUrl = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, "/") : "";
      for (const lang of LANGUAGES) {
        const folder = lang === "en" ? "share" : `share/${lang}`;
        for (const event of parsed.dataset.events) {
          this.emitFile({
            type: "asset",
            fileName: `${folder}/${event.id}.html`,
            source: sharePageHtml(parsed.dataset, event, { siteUrl, imagePath, lang }),
          });
        }
      }
    },
    closeBundle() {
      if (!process.env.SITE_URL) warnNoSiteUrl();
    },
  };
}

/** Said last in the build's output, in a box: the fault shows only once someone shares a link. */
function warnNoSiteUrl(): void {
  const lines = [
    "SITE_URL is not set: share pages get relative og:image and og:url links,",
    "so social sites and chat apps will show previews with NO IMAGE.",
    "Build with SITE_URL=https://your.host/path/ to make them absolute.",
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "!".repeat(width + 4);
  const box = [rule, ...lines.map((line) => `! ${line.padEnd(width)} !`), rule].join("\n");
  console.warn(`\n\x1b[1;33m${box}\x1b[0m\n`);
}
