import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { buildQuoteCheck } from "../src/provenance/buildQuoteCheck";
import type { OriginRule } from "../src/provenance/dataOrigins";

const MODULE_ID = "virtual:build-provenance";
const RESOLVED_ID = `\0${MODULE_ID}`;

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export interface ProvenanceOptions {
  /** The shipped dataset, relative to the project root. */
  datasetPath: string;
  /** Where `?data=` may load from (`DATA_ORIGINS`, parsed). */
  dataOrigins: readonly OriginRule[];
}

/**
 * What the build knows and the app must not take from a dataset:
 * `virtual:build-provenance` records the shipped dataset's quote check (run
 * here, against `ARTICLE_TEXT` or `../shared/article.txt`, with the text's
 * SHA-256), the allowed `?data=` origins, and whether `SITE_URL` was set.
 */
export function buildProvenance(options: ProvenanceOptions): Plugin {
  let root = process.cwd();
  let command: "build" | "serve" = "serve";
  return {
    name: "build-provenance",
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const datasetText = readFileSync(resolve(root, options.datasetPath), "utf8");
      const events = (JSON.parse(datasetText) as { events?: { id?: unknown }[] }).events ?? [];
      const articlePath = process.env.ARTICLE_TEXT ?? resolve(root, "../shared/article.txt");
      const articleText = existsSync(articlePath) ? readFileSync(articlePath, "utf8") : null;
      this.addWatchFile(resolve(root, options.datasetPath));
      const quoteCheck = buildQuoteCheck(
        events,
        articleText === null ? null : { text: articleText, sha256: sha256(articleText) },
        sha256(datasetText),
      );
      if (command === "build") {
        const said =
          quoteCheck.status === "checked"
            ? `${quoteCheck.quotes} quotes checked against ${articlePath} (SHA-256 ${quoteCheck.sourceSha256.slice(0, 12)}…), ${quoteCheck.mismatched.length} not found`
            : `quotes not checked: no source text at ${articlePath} (set ARTICLE_TEXT)`;
        this.info(said);
      }
      const siteUrl = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, "/") : null;
      const record = { quoteCheck, dataOrigins: options.dataOrigins, siteUrl };
      return `export default ${JSON.stringify(record)};`;
    },
  };
}
