import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { parseDataset } from "../src/data/parseDataset";
import { sharePageHtml } from "../src/url/sharePage";

/**
 * Emits `share/<id>.html` for every event of the shipped dataset when the app
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
          `share pages: ${datasetPath} is not a valid dataset: ${parsed.errors[0]?.message}`,
        );
      }
      const siteUrl = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, "/") : "";
      for (const event of parsed.dataset.events) {
        this.emitFile({
          type: "asset",
          fileName: `share/${event.id}.html`,
          source: sharePageHtml(parsed.dataset, event, { siteUrl, imagePath }),
        });
      }
    },
  };
}
