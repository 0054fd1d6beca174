/**
 * i18next-icu with plain messages passed through: a message without ICU syntax formats to
 * itself, so it is not handed to FormatJS. Why: FormatJS's first message starts V8's ICU
 * (`Intl.NumberFormat.supportedLocalesOf`), 165 ms of a 512 ms first render under a phone's 4×
 * CPU slowdown, and the first render's messages are plain; ICU now starts with the first
 * message that has an argument, after the page's first paint.
 */

import type { i18n as I18n, Module } from "i18next";
import ICU, { type IcuInstance } from "i18next-icu";

/**
 * Whether FormatJS could format `message` to anything but itself: an argument (`{`, `}`), or
 * an apostrophe that quotes (`''`, or before `#` or `|`, special inside plurals).
 */
export function needsIcu(message: string): boolean {
  return /[{}]|'['#|]/.test(message);
}

/** What i18next calls on its `i18nFormat` module (i18next-icu's types leave `parse` out). */
type Parse = (
  res: unknown,
  options: object,
  lng: string,
  ns: string,
  key: string,
  info?: object,
) => unknown;

/** The module i18next calls to format each message. */
interface FormatModule extends Module {
  init(instance: I18n): void;
  parse: Parse;
  addLookupKeys(keys: string[]): string[];
}

/**
 * What a message FormatJS could not format shows: the message if it is a string (i18next-icu's
 * own choice), else its key, never the AST a build compiled it to (`scripts/compiledMessages.ts`),
 * which React cannot show. Said on the console: a string the build missed (the app's build has no
 * parser) fails the e2e tests, whose pages must log no error.
 */
export function unformatted(error: unknown, key: string, res: unknown): string {
  console.error(`message ${key}: ${String(error)}`);
  return typeof res === "string" ? res : key;
}

/**
 * i18next-icu's module, but plain messages skip FormatJS. A build's ICU messages are ASTs:
 * i18next hands them to `parse` as it does strings, since this module sets no `handleAsObject`.
 */
export function icuForPlainMessages(): FormatModule {
  const icu = new ICU({ parseErrorHandler: unformatted }) as IcuInstance & { parse: Parse };
  return {
    type: "i18nFormat",
    init: (instance: I18n) => icu.init(instance),
    parse: (res, ...rest) =>
      typeof res === "string" && !needsIcu(res) ? res : icu.parse(res, ...rest),
    // Neither plurals nor selects need keys of their own: ICU chooses inside one message.
    addLookupKeys: (keys) => keys,
  };
}
