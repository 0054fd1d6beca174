/**
 * The service worker (Workbox through vite-plugin-pwa, generateSW): it
 * precaches the app, the basemap, the Latin and Cyrillic fonts, the shipped
 * dataset and the Noto Sans JP and SC subsets that the page draws from in
 * Japanese and Chinese; other CJK subsets are cached as they are first used
 * (the whole sets are 3.8 and 3.5 MB). Datasets opened by `?data=` are cached
 * stale-while-revalidate. A new version waits for the reader's "Reload"
 * (registerType "prompt").
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { VitePWAOptions } from "vite-plugin-pwa";
import { facesFor, parseFontFaces } from "../src/offline/unicodeRanges";

const require = createRequire(import.meta.url);

type CjkFamily = "jp" | "sc";

/**
 * The Noto Sans JP or SC subsets (`noto-sans-jp-[N]-400-normal`: "N";
 * `noto-sans-jp-latin-400-normal`: "latin") that hold a character of a text.
 * Every character counts, ASCII too: a Japanese or Chinese page lists the CJK
 * face after Noto Sans, and Chromium still downloads its faces for punctuation,
 * arrows and ticks (its Latin subset, two numbered ones of symbols), which
 * offline would each fail to load.
 */
export function fontSubsetsFor(family: CjkFamily, text: string): Set<string> {
  const css = readFileSync(require.resolve(`@fontsource/noto-sans-${family}/400.css`), "utf8");
  const points = new Set(Array.from(text, (char) => char.codePointAt(0) ?? 0));
  const faces = facesFor(parseFontFaces(css), points);
  return new Set(
    faces.map(
      (face) => /^noto-sans-\w+-\[?([a-z0-9-]+?)\]?-400-normal$/.exec(face.subset)?.[1] ?? "",
    ),
  );
}

/** An emitted Noto Sans JP or SC file: its subset is a number, or a name (latin, cyrillic…). */
const CJK_FONT = /noto-sans-(jp|sc)-([a-z0-9-]+?)-400-normal-[\w-]+\.woff2$/;

/** The interface's messages in the languages drawn with the CJK faces. */
const CJK_MESSAGES = ["src/i18n/locales/ja.json", "src/i18n/locales/zh.json"];

/** The interface's own source (not its tests): the arrows, ticks and crosses it draws as text. */
function interfaceSources(dir = "src"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return interfaceSources(path);
    return /\.(tsx?|css)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [path] : [];
  });
}

/** The JP and SC subsets a page draws from: the dataset's texts, the CJK messages, the interface. */
function neededSubsets(datasetPath: string): Record<CjkFamily, Set<string>> {
  const text = [datasetPath, ...CJK_MESSAGES, ...interfaceSources()]
    .map((path) => readFileSync(path, "utf8"))
    .join("\n");
  return { jp: fontSubsetsFor("jp", text), sc: fontSubsetsFor("sc", text) };
}

export function pwaOptions(datasetPath: string): Partial<VitePWAOptions> {
  return {
    registerType: "prompt",
    // Registered by src/offline/UpdatePrompt.tsx, which also announces new versions.
    injectRegister: false,
    includeAssets: [],
    manifest: {
      name: "Northern Territories / Southern Kurils — timeline and map",
      short_name: "Kurils timeline",
      description:
        "An interactive timeline and map of the events and places in “Chilly Japan-Russia ties unlikely to thaw”.",
      start_url: "/",
      scope: "/",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: "#1d3557",
      icons: [
        { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
        {
          src: "icons/icon-maskable-512.png",
          sizes: "512x512",
          type: "image/png",
          purpose: "maskable",
        },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{html,js,mjs,css,woff2,json,svg,png,webmanifest}"],
      // Share pages forward to the app and stay network pages; the one-file
      // template (about 3 MB) and its font list are cached only once someone makes a copy.
      globIgnores: [
        "share/**",
        "og/**",
        "offline-template.html",
        "offline-fonts.json",
        "**/*.woff",
      ],
      // Worked out here, when the service worker is built, not whenever the config loads: reading
      // the interface's source took 350–500 ms, which dev server and unit test runs would pay.
      manifestTransforms: [
        async (entries) => {
          const needed = neededSubsets(datasetPath);
          return {
            manifest: entries.filter((entry) => {
              const [, family, subset] = CJK_FONT.exec(entry.url) ?? [];
              return subset === undefined || needed[family as CjkFamily].has(subset);
            }),
            warnings: [],
          };
        },
      ],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      // Only the app's own page falls back to the precached shell; other paths stay real 404s.
      navigateFallback: "index.html",
      navigateFallbackAllowlist: [/^\/(index\.html)?(\?.*)?$/],
      cleanupOutdatedCaches: true,
      // The first version takes charge at once, so a `?data=` dataset of the first visit is kept too;
      // later versions wait for the reader's "Reload" (no skipWaiting).
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: /\/assets\/noto-sans-(jp|sc)-[a-z0-9-]+-400-normal-[\w-]+\.woff2$/,
          handler: "CacheFirst",
          options: { cacheName: "fonts-cjk", expiration: { maxEntries: 300 } },
        },
        {
          urlPattern: ({ url }) => /\/offline-(template\.html|fonts\.json)$/.test(url.pathname),
          handler: "NetworkFirst",
          options: { cacheName: "offline-copy-template", expiration: { maxEntries: 2 } },
        },
        {
          // What the page fetches with no destination and no precache entry is a `?data=` dataset.
          urlPattern: ({ request, url }) =>
            request.destination === "" &&
            request.method === "GET" &&
            !/\/offline-(template\.html|fonts\.json)$/.test(url.pathname) &&
            (url.origin !== self.location.origin || url.pathname.endsWith(".json")),
          handler: "StaleWhileRevalidate",
          options: {
            cacheName: "datasets",
            cacheableResponse: { statuses: [200] },
            expiration: { maxEntries: 30 },
          },
        },
      ],
    },
  };
}
