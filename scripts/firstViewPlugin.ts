import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { firstViewFits } from "../src/ui/firstViewFits";

/**
 * Removes the first view where React will draw something else (another language, a link with a
 * query); the boot message after it then shows. Inline, so it runs before the first paint.
 */
export const FIRST_VIEW_SCRIPT = `if(!(${firstViewFits.toString()})(location.search,navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language]))document.querySelector("#root>.first-view").remove()`;

/** For the page's CSP: the one inline script it runs. */
export const FIRST_VIEW_SCRIPT_HASH = `'sha256-${createHash("sha256").update(FIRST_VIEW_SCRIPT, "utf8").digest("base64")}'`;

/** The first view's markup as React writes it: no comments, nothing between tags. */
export function compactMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/>\s+</g, "><")
    .trim();
}

/**
 * Puts src/ui/firstView.html (React's first render of the default page, inert) and its check in
 * place of index.html's `<!-- first view -->`: a phone paints the page, its largest text with it,
 * from the HTML and the CSS, before the first chunk's ~190 KB of script has loaded and run.
 */
export function firstView(file: string): Plugin {
  return {
    name: "first-view",
    transformIndexHtml(html) {
      const markup = compactMarkup(readFileSync(file, "utf8"));
      return html.replace(
        "<!-- first view -->",
        `<div class="first-view" inert>${markup}</div><script>${FIRST_VIEW_SCRIPT}</script>`,
      );
    },
  };
}
