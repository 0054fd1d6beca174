/**
 * English, the bundled language, in three modules: what a page may show at
 * any time; the messages only a problem needs (a dataset's problems, a
 * link's), fetched when one may be shown (`loadLaterMessages` in
 * `src/i18n/i18n.ts`); and the editor's, which come in the editor's own
 * chunks (`src/editor/editorMessages.ts`). The problems' were 3.9 KB of the
 * 10 KB (gzipped) of English in every first load, the editor's 1.9 KB.
 * `src/i18n/locales/en.json` stays one file for translators: this plugin
 * serves its parts as `virtual:en-messages/first`, `/later` and `/editor`.
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

/**
 * The editor's messages a page shows before the editor's code has come: Edit's label and its
 * "Opening…" (`EditButton.tsx`), and what the store says of a deletion (`editorSlice.ts`).
 */
export const EDITOR_FIRST_KEYS: readonly string[] = ["edit", "opening", "deleted"];

const PARTS = ["first", "later", "editor"] as const;
export type MessagesPart = (typeof PARTS)[number];

const PREFIX = "virtual:en-messages/";

/** The part of `messages` that comes first, later (problems), or with the editor. */
export function messagesPart(
  messages: Record<string, unknown>,
  part: MessagesPart,
): Record<string, unknown> {
  const editor = (messages.editor ?? {}) as Record<string, unknown>;
  const editorKeys = (first: boolean) =>
    Object.fromEntries(
      Object.entries(editor).filter(([key]) => EDITOR_FIRST_KEYS.includes(key) === first),
    );
  if (part === "editor") return { editor: editorKeys(false) };
  const kept = Object.entries(messages).filter(
    ([key]) => LATER_KEYS.includes(key) === (part === "later"),
  );
  return Object.fromEntries(
    kept.map(([key, value]) => (key === "editor" ? [key, editorKeys(true)] : [key, value])),
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
      if (!PARTS.includes(part as MessagesPart)) throw new Error(`no such messages: ${id}`);
      this.addWatchFile(file);
      const messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      const all = process.env.VITEST !== undefined;
      const served =
        all && part === "first" ? messages : messagesPart(messages, part as MessagesPart);
      return `export default ${JSON.stringify(served)};`;
    },
  };
}
