/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { configDefaults } from "vitest/config";
import { basemapPlugin } from "./scripts/build-basemap";
import { compiledMessages } from "./scripts/compiledMessages";
import { embedScript } from "./scripts/embedScriptPlugin";
import { FIRST_VIEW_SCRIPT_HASH, firstView } from "./scripts/firstViewPlugin";
import { formatsPage } from "./scripts/formatsPagePlugin";
import { laterMessages } from "./scripts/laterMessagesPlugin";
import { maplibreCss } from "./scripts/maplibreCssPlugin";
import { offlineTemplate } from "./scripts/offlineTemplatePlugin";
import { buildProvenance } from "./scripts/provenancePlugin";
import { pwaOptions } from "./scripts/pwaOptions";
import { sharePages } from "./scripts/sharePagesPlugin";
import { shippedDataset } from "./scripts/shippedDatasetPlugin";
import { testFilesNeedingIsolation } from "./scripts/testIsolation";
import { connectSources, parseDataOrigins } from "./src/provenance/dataOrigins";

/** Where `?data=` may load from: the URL codec refuses the rest, and so does the CSP below. */
const dataOrigins = parseDataOrigins(process.env.DATA_ORIGINS);
if (!dataOrigins.ok) throw new Error(dataOrigins.error);
const provenance = { datasetPath: "data/japan-russia-2018.json", dataOrigins: dataOrigins.rules };

/**
 * Where unit tests live. Which of them need isolation is read only under Vitest (it sets VITEST
 * before loading this file), not on every dev server start.
 */
const TEST_FOLDERS = ["src", "scripts", "bench"];
const isolatedTests = process.env.VITEST
  ? testFilesNeedingIsolation(import.meta.dirname, TEST_FOLDERS)
  : [];

/**
 * The Content-Security-Policy goes into the built page only: the dev server
 * injects an inline script (React Refresh) that the policy would block.
 * `connect-src` follows `DATA_ORIGINS` (by default `https:`, what `?data=<https url>` needs).
 */
const CSP = [
  "default-src 'self'",
  // The first view's inline check (scripts/firstViewPlugin.ts), by its hash.
  `script-src 'self' ${FIRST_VIEW_SCRIPT_HASH}`,
  // data: for a frame sandboxed without allow-same-origin: its origin is opaque, and MapLibre then
  // starts its worker from a data: URL (the map failed to load in such an embed: review 33 F3).
  "worker-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  // https: only for a picture the reader asks for on its media card ("Load image from …").
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  `connect-src ${connectSources(dataOrigins.rules).join(" ")}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml(html) {
      return html.replace(
        "<!-- CSP -->",
        `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

/** The page's comments are notes for its editors: the built page leaves them out (0.1 KB gzipped). */
function withoutHtmlComments(): Plugin {
  return {
    name: "without-html-comments",
    apply: "build",
    enforce: "post",
    transformIndexHtml: (html) => html.replace(/\n?[ \t]*<!--[\s\S]*?-->/g, ""),
  };
}

export default defineConfig({
  // State lives in the query string; an unknown path is a real 404, not the app.
  appType: "mpa",
  plugins: [
    react(),
    laterMessages("src/i18n/locales/en.json"),
    compiledMessages("src/i18n/locales"),
    maplibreCss(),
    basemapPlugin(),
    contentSecurityPolicy(),
    firstView("src/ui/firstView.html"),
    withoutHtmlComments(),
    sharePages("data/japan-russia-2018.json", "og/islands.png"),
    shippedDataset("data/japan-russia-2018.json"),
    buildProvenance(provenance),
    VitePWA(pwaOptions("data/japan-russia-2018.json")),
    // The one-file copy is built with the same provenance record as the site.
    offlineTemplate(() => [
      buildProvenance(provenance),
      maplibreCss(),
      laterMessages("src/i18n/locales/en.json"),
      compiledMessages("src/i18n/locales"),
    ]),
    formatsPage("README.md"),
    embedScript(),
  ],
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Every browser with the WebGL2 and ES2022 the app needs preloads modules itself, except
    // Safari before 17, which then loads them as imported; the polyfill was 0.2 KB (gzipped)
    // of every first load.
    modulePreload: { polyfill: false },
    // The first render's code in one chunk: left to itself, Rolldown split what the lazy parts
    // share with it into 34 small chunks, each a request before the first render (a phone's
    // round trips). One chunk: first load 699.9 → 690.4 KB gzipped, Lighthouse's LCP 3.4–3.7 →
    // 2.4–2.6 s. The lazy parts (MapLibre, the editor, dialogs, languages) stay apart.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: "index", tags: ["$initial"] }] } },
    },
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  test: {
    environment: "node",
    // Worker threads start faster than forked processes: 105–107 s against 125–132 s for the
    // whole run on the 2-core machine (two runs each, coverage on).
    pool: "threads",
    // One module graph per worker for most files, a fresh one for files that replace modules or
    // globals (why, and the figures: scripts/testIsolation.ts).
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: TEST_FOLDERS.map((folder) => `${folder}/**/*.test.{ts,tsx}`),
          exclude: [...configDefaults.exclude, ...isolatedTests],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: "isolated", include: isolatedTests, sequence: { groupOrder: 1 } },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.{ts,tsx}", "scripts/**/*.ts"],
      exclude: ["**/*.test.{ts,tsx}", "src/test/**", "**/testData.ts"],
      reporter: ["text-summary"],
      // A floor just under the figures measured: raise it when coverage grows; never lower it.
      thresholds: { statements: 66, branches: 63, functions: 61.5, lines: 67 },
    },
  },
});
