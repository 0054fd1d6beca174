import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALE_TAGS } from "./languages";
import { needsIcu } from "./plainMessages";

function* messagesOf(tree: unknown): Generator<string> {
  if (typeof tree === "string") yield tree;
  else if (tree && typeof tree === "object")
    for (const value of Object.values(tree)) yield* messagesOf(value);
}

describe("needsIcu", () => {
  it("sends arguments and quoting apostrophes to FormatJS", () => {
    for (const message of ["{count} events", "Close }", "It''s", "'#' of", "a '| b"]) {
      expect(needsIcu(message), message).toBe(true);
    }
  });

  it("passes plain text, tags and lone apostrophes through", () => {
    for (const message of ["Fit all", "Russia's claim", "<b>bold</b>", "日本語", "# 1"]) {
      expect(needsIcu(message), message).toBe(false);
    }
  });

  it("passes through only what FormatJS formats to itself, in every locale file", () => {
    let plain = 0;
    for (const lang of LANGUAGES) {
      const file = new URL(`./locales/${lang}.json`, import.meta.url);
      for (const message of messagesOf(JSON.parse(readFileSync(file, "utf8")))) {
        if (needsIcu(message)) continue;
        plain++;
        const formatted = new IntlMessageFormat(message, LOCALE_TAGS[lang], undefined, {
          ignoreTag: true,
        }).format();
        expect(formatted, `${lang}: ${message}`).toBe(message);
      }
    }
    expect(plain).toBeGreaterThan(100);
  });
});
