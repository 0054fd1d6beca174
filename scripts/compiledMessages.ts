/**
 * The locale files' ICU messages parsed at build time, as FormatJS advises: the app's build
 * ships each message that needs ICU as its AST (an array), which `IntlMessageFormat` takes in
 * place of a string, and bundles FormatJS's `no-parser` entry instead of its parser. The parser
 * (with its number-skeleton parser) was 7.4 KB gzipped of every first load: the first load went
 * from 699.93 to 693.36 KB. Parsing in the page was little time (in Node, 1.3 ms for the first
 * message, 20 ms for all 302 of en.json); the first ICU message's 21–57 ms in a trace is V8
 * starting ICU (`resolveLocale`, docs/performance.md), which an AST does not avoid.
 * Plain messages stay strings (`src/i18n/plainMessages.ts` passes them through).
 *
 * The ASTs are plain JSON, not a compact encoding: English's first part is 3.69 KB gzipped with
 * them against 3.27 with strings (9.1 → 17.0 KB raw), and leaving out their default fields
 * (`offset: 0`, `pluralType`, `style: null`) would save 0.05 KB of it, less than a decoder costs.
 *
 * Only the app's builds (the site's and the one-file copy's): Vitest, the dev server and Node
 * code (the share pages, the command line: `src/i18n/messageFormatter.ts`) keep strings and
 * the parser.
 */
import { resolve } from "node:path";
import { parse } from "@formatjs/icu-messageformat-parser";
import type { Plugin } from "vite";
import { needsIcu } from "../src/i18n/plainMessages";

/** A message tree with its ICU messages as ASTs. */
export type CompiledTree = { [key: string]: CompiledTree | string | unknown[] };

/**
 * `messages` with each message that needs ICU parsed as i18next-icu parses it (`ignoreTag`:
 * react-i18next's `<0>` placeholders are not FormatJS tags). A message that parses to text
 * that passes through as it is (`It''s` → `It's`) stays a string. Throws on a message FormatJS
 * cannot parse: a build fails rather than a page.
 */
export function compileMessages(messages: unknown, path = ""): CompiledTree | string | unknown[] {
  if (typeof messages === "string") {
    if (!needsIcu(messages)) return messages;
    let ast: ReturnType<typeof parse>;
    try {
      ast = parse(messages, { ignoreTag: true });
    } catch (error) {
      throw new Error(`message ${path} is not ICU: ${(error as Error).message}`);
    }
    const text = ast.every((element) => element.type === 0)
      ? ast.map((element) => (element as { value: string }).value).join("")
      : null;
    return text !== null && !needsIcu(text) ? text : ast;
  }
  if (messages === null || typeof messages !== "object" || Array.isArray(messages))
    throw new Error(`message ${path} is not a string`);
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      compileMessages(value, path ? `${path}.${key}` : key),
    ]),
  );
}

const PARSER = "@formatjs/icu-messageformat-parser";

/**
 * The app's build: the locale files under `localesDir` compiled as they are imported (ja, ru, zh;
 * English is served by `laterMessagesPlugin.ts`, which compiles it too), and FormatJS's parser
 * left out. `enforce: "pre"`: the file is still JSON, before Vite makes it a module.
 */
export function compiledMessages(localesDir: string): Plugin {
  let dir = localesDir;
  return {
    name: "compiled-messages",
    apply: "build",
    enforce: "pre",
    config: () => ({
      resolve: {
        alias: [{ find: new RegExp(`^${PARSER}$`), replacement: `${PARSER}/no-parser.js` }],
      },
    }),
    configResolved: (config) => {
      dir = resolve(config.root, localesDir);
    },
    transform(code, id) {
      if (!id.startsWith(`${dir}/`) || !id.endsWith(".json")) return null;
      return { code: JSON.stringify(compileMessages(JSON.parse(code))), map: null };
    },
  };
}
