/**
 * The one-file copy's template: after the app's own build, a second Vite
 * build of the same app (mode "single") inlines every script, stylesheet,
 * font and MapLibre's worker into one HTML file, with the basemap embedded,
 * and writes it to `<outDir>/offline-template.html`. The app fetches it on
 * demand and fills in a dataset and a view ("Download offline copy").
 *
 * Modules that differ in the copy have a sibling `*.single.ts(x)` that this
 * build uses instead (no service worker, the dataset and basemap read from
 * the page, the URL state in the fragment).
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { BASEMAP_ELEMENT_ID, COPY_ELEMENT_ID } from "../src/offline/embeddedCopy";
import { parseFontFaces } from "../src/offline/unicodeRanges";

const require = createRequire(import.meta.url);

const HASHES = "'sha256-OFFLINE-SCRIPT-HASHES'";

/**
 * Nothing leaves the file: scripts are the inlined ones (by hash) and blob:
 * workers (MapLibre's); fonts and images are data: URLs.
 */
const COPY_CSP = [
  "default-src 'none'",
  `script-src ${HASHES} blob:`,
  "worker-src blob: data:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "font-src data:",
  "connect-src data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Subsets of the page's Noto Sans the copy carries: the ones the map's labels use too (src/map/fonts.ts). */
const KEPT_SUBSETS = /noto-sans-(latin|latin-ext|cyrillic|vietnamese)-\d+-normal/;

/** Swaps modules for their `.single` siblings (`shippedFiles.single.ts`: the copy fetches no dataset). */
function offlineCopyVariants(): Plugin {
  return {
    name: "offline-copy-variants",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || /\.single\.tsx?$/.test(importer) || source.includes("?")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved?.id.includes("/src/")) return null;
      const variant = resolved.id.replace(/\.(tsx?)$/, ".single.$1");
      return variant !== resolved.id && existsSync(variant) ? variant : null;
    },
    transform(code, id) {
      // The site keeps some small files apart (`?no-inline`: the switch's faces); the copy inlines all.
      if (/\.css$/.test(id) && code.includes("?no-inline"))
        return code.replaceAll("?no-inline", "");
      // Only the subsets the copy needs, and woff2 only: every face is inlined as base64.
      if (!/@fontsource\/noto-sans\/\d+\.css$/.test(id)) return null;
      const faces = code.split(/(?=\/\*\s*noto-sans-)/);
      return faces
        .filter((face) => !face.includes("@font-face") || KEPT_SUBSETS.test(face))
        .map((face) => face.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ""))
        .join("");
    },
  };
}

function escapeJson(json: string): string {
  return json.replace(/</g, "\\u003c");
}

/** The copy's page: its own CSP, an embedded basemap, an empty slot for the copy's data, the icon inline. */
function copyPage(root: string): Plugin {
  return {
    name: "offline-copy-page",
    transformIndexHtml(html) {
      const basemap = readFileSync(resolve(root, "public/basemap/basemap.json"), "utf8");
      const icon = readFileSync(resolve(root, "public/favicon.svg"));
      return {
        html: html
          .replace(
            "<!-- CSP -->",
            `<meta http-equiv="Content-Security-Policy" content="${COPY_CSP}" />`,
          )
          .replace(
            'href="/favicon.svg"',
            `href="data:image/svg+xml;base64,${icon.toString("base64")}"`,
          ),
        tags: [
          {
            tag: "script",
            attrs: { type: "application/json", id: COPY_ELEMENT_ID },
            children: "",
            injectTo: "head",
          },
          {
            tag: "script",
            attrs: { type: "application/json", id: BASEMAP_ELEMENT_ID },
            children: escapeJson(basemap),
            injectTo: "body",
          },
        ],
      };
    },
  };
}

/** Hash every inline script that runs, so the CSP allows exactly those. */
export function withScriptHashes(html: string): string {
  const hashes: string[] = [];
  for (const match of html.matchAll(
    /<script(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    const body = match[1] ?? "";
    if (body.length === 0) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return html.replace(HASHES, hashes.join(" "));
}

/**
 * Where a main build's Noto Sans JP and SC faces went: family, ranges and emitted URL, for the copy
 * to embed (the JP ones for its text, both for its map's labels; see src/offline/offlineCopy.ts).
 */
function cjkFaces(bundle: Record<string, { type: string; names?: string[] }>, base: string) {
  const emitted = new Map<string, string>();
  for (const [fileName, output] of Object.entries(bundle)) {
    const name = output.type === "asset" ? output.names?.[0] : undefined;
    const match = name && /^noto-sans-(jp|sc)-(\d+)-400-normal\.woff2$/.exec(name);
    if (match) emitted.set(`${match[1]}-${match[2]}`, `${base}${fileName}`);
  }
  return (["jp", "sc"] as const).flatMap((family) => {
    const css = readFileSync(require.resolve(`@fontsource/noto-sans-${family}/400.css`), "utf8");
    return parseFontFaces(css).flatMap(({ subset, unicodeRange }) => {
      const url = emitted.get(`${family}-${/\[(\d+)\]/.exec(subset)?.[1] ?? ""}`);
      return url ? [{ family, url, unicodeRange }] : [];
    });
  });
}

export const OFFLINE_TEMPLATE = "offline-template.html";
export const OFFLINE_FONTS = "offline-fonts.json";

/** Runs the one-file build after the app's build and puts its page beside the app. */
/** `plugins` makes the modules the app's own build provides (virtual ones) for the copy's build too. */
export function offlineTemplate(plugins: () => Plugin[] = () => []): Plugin {
  let root = process.cwd();
  let outDir = "dist";
  let base = "/";
  return {
    name: "offline-template",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    generateBundle(_, bundle) {
      this.emitFile({
        type: "asset",
        fileName: OFFLINE_FONTS,
        source: JSON.stringify(cjkFaces(bundle, base)),
      });
    },
    async closeBundle() {
      const singleDir = resolve(root, "dist-single");
      await build({
        configFile: false,
        root,
        base: "./",
        mode: "single",
        logLevel: "warn",
        publicDir: false,
        plugins: [react(), ...plugins(), offlineCopyVariants(), copyPage(root), viteSingleFile()],
        build: {
          outDir: singleDir,
          emptyOutDir: true,
          target: "es2022",
          sourcemap: false,
          chunkSizeWarningLimit: 5000,
          reportCompressedSize: false,
        },
      });
      const page = withScriptHashes(readFileSync(resolve(singleDir, "index.html"), "utf8"));
      writeFileSync(resolve(singleDir, "index.html"), page);
      copyFileSync(resolve(singleDir, "index.html"), resolve(outDir, OFFLINE_TEMPLATE));
    },
  };
}
