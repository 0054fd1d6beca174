/**
 * English, the bundled language, in two modules: what a page may show at
 * any time, and the messages only a problem needs (a dataset's problems, a
 * link's), fetched when one may be shown (`src/i18n/laterMessages.ts`). The
 * latter were 3.9 KB of the 10 KB (gzipped) of English in every first load.
 * `src/i18n/locales/en.json` stays one file for translators: this plugin
 * serves its parts as `virtual:en-messages/first` and `virtual:en-messages/later`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * The top-level keys of en.json that wait: worded only for a problem, and never before a load or a
 * link is read. `datasetIssueParts` (where a problem is: "row 4, column start") comes first, so a
 * problem whose message never came still says where it is (`undescribed` in issueText.ts).
 */
export const LATER_KEYS: readonly string[] = ["datasetIssue", "urlProblem"];

const PREFIX = "virtual:en-messages/";

/** The part of `messages` that comes first, or later. */
export function messagesPart(
  messages: Record<string, unknown>,
  part: "first" | "later",
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) => LATER_KEYS.includes(key) === (part === "later")),
  );
}

/**
 * Under Vitest the first part is the whole: unit tests word problems without loading the rest
 * (they test wording, not when it arrives; the e2e tests and this file's test do that).
 */
export function laterMessages(localeFile: string): Plugin {
  let file = localeFile;
  return {
    name: "later-messages",
    configResolved: (config) => {
      file = resolve(config.root, localeFile);
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const part = id.slice(PREFIX.length + 1);
      if (part !== "first" && part !== "later") throw new Error(`no such messages: ${id}`);
      this.addWatchFile(file);
      const messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      const all = process.env.VITEST !== undefined;
      return `export default ${JSON.stringify(all && part === "first" ? messages : messagesPart(messages, part))};`;
    },
  };
}
