import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Plugin } from "vite";
import { type RawDataset, splitTranslations } from "../src/load/translationFiles";

const MODULE_ID = "virtual:shipped-dataset";
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_PREFIX = "/@shipped-dataset/";

/** Where the shipped dataset's parts are served: the English base and one file per language. */
export interface ShippedFiles {
  base: string;
  translations: Record<string, string>;
}

function partsOf(path: string) {
  return splitTranslations(JSON.parse(readFileSync(path, "utf8")) as RawDataset);
}

/**
 * `virtual:shipped-dataset` gives the addresses of the shipped dataset split
 * by language (`src/load/translationFiles.ts`): in a build, hashed assets
 * (`assets/<name>-<hash>.json`, `assets/<name>.ja-<hash>.json`…) that the
 * service worker precaches like the rest; in the dev server, files served
 * from memory.
 */
export function shippedDataset(datasetPath: string): Plugin {
  let root = process.cwd();
  let command: "build" | "serve" = "serve";
  const stem = basename(datasetPath, ".json");
  return {
    name: "shipped-dataset",
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const path = resolve(root, datasetPath);
      this.addWatchFile(path);
      const { base, translations } = partsOf(path);
      if (command === "serve") {
        const files: ShippedFiles = {
          base: `${DEV_PREFIX}base.json`,
          translations: Object.fromEntries(
            Object.keys(translations).map((lang) => [lang, `${DEV_PREFIX}${lang}.json`]),
          ),
        };
        return `export default ${JSON.stringify(files)};`;
      }
      const urlOf = (name: string, value: unknown) =>
        `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: "asset", name, source: JSON.stringify(value) })}`;
      const entries = Object.entries(translations).map(
        ([lang, file]) => `${JSON.stringify(lang)}: ${urlOf(`${stem}.${lang}.json`, file)}`,
      );
      return `export default { base: ${urlOf(`${stem}.json`, base)}, translations: { ${entries.join(", ")} } };`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PREFIX, (request, response) => {
        const { base, translations } = partsOf(resolve(root, datasetPath));
        const name = (request.url ?? "").replace(/^\//, "").replace(/\.json.*$/, "");
        const body = name === "base" ? base : translations[name];
        response.statusCode = body ? 200 : 404;
        response.setHeader("Content-Type", "application/json");
        response.end(body ? JSON.stringify(body) : "{}");
      });
    },
  };
}
