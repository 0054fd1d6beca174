/**
 * A locale file's ICU messages formatted by FormatJS, without i18next: for
 * code that runs in Node (the command line, the share pages built with the
 * app), where `i18n.ts` and its `import.meta.glob` do not run.
 */

import { IntlMessageFormat } from "intl-messageformat";
import type { Translate } from "../data/issueText";
import { memoizeByKey } from "../store/memo";

function messageAt(messages: object, key: string): string {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    node =
      node !== null && typeof node === "object"
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  if (typeof node !== "string") throw new Error(`no message ${key} in the locale file`);
  return node;
}

/** `t(key, values)` over `messages` (a locale file) in `locale`, each message parsed once. */
export function messageFormatter(messages: object, locale: string): Translate {
  const formatOf = memoizeByKey(
    (key: string) => new IntlMessageFormat(messageAt(messages, key), locale),
  );
  return (key, values) =>
    String(formatOf(key).format(values as Record<string, string | number> | undefined));
}
