import { readFileSync } from "node:fs";
import i18next, { type i18n as I18n } from "i18next";
import { IntlMessageFormat } from "intl-messageformat";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compileMessages } from "../../scripts/compiledMessages";
import { LANGUAGES, type Language } from "./languages";
import { icuForPlainMessages, needsIcu } from "./plainMessages";

const locale = (lang: Language) =>
  JSON.parse(readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), "utf8")) as Record<
    string,
    unknown
  >;

/** Every message of a tree, by key. */
function* leaves(tree: unknown, path = ""): Generator<[string, unknown]> {
  if (tree !== null && typeof tree === "object" && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree))
      yield* leaves(value, path ? `${path}.${key}` : key);
  } else yield [path, tree];
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** Values worth trying for each argument of an AST: every select's choices, plural's forms. */
function candidates(ast: Element[], found = new Map<string, unknown[]>()): Map<string, unknown[]> {
  for (const element of ast) {
    const name = element.value ?? "";
    if (element.type === 1) found.set(name, found.get(name) ?? ["Ab"]);
    if (element.type === 2 || element.type === 6)
      found.set(name, [0, 1, 2, 3, 5, 11, 21, 22, 1.5, 1234]);
    if (element.type === 3 || element.type === 4) found.set(name, [new Date(2018, 10, 14)]);
    if (element.type === 5) found.set(name, [...Object.keys(element.options ?? {}), "zzz"]);
    for (const option of Object.values(element.options ?? {})) candidates(option.value, found);
  }
  return found;
}

/** Sets of sample values: the n-th takes each argument's n-th candidate (or its last). */
function samples(ast: Element[]): Record<string, unknown>[] {
  const found = [...candidates(ast)];
  const count = Math.max(1, ...found.map(([, values]) => values.length));
  return Array.from({ length: count }, (_, n) =>
    Object.fromEntries(found.map(([name, values]) => [name, values[n % values.length]])),
  );
}

/** An instance set up as the app's (`i18n.ts`) with every language's messages. */
function instance(messages: (lang: Language) => unknown): I18n {
  const made = i18next.createInstance();
  made.use(icuForPlainMessages()).init({
    lng: "en",
    fallbackLng: "en",
    resources: Object.fromEntries(
      LANGUAGES.map((lang) => [lang, { translation: messages(lang) as Record<string, unknown> }]),
    ),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return made;
}

describe("messages compiled at build time (scripts/compiledMessages.ts)", () => {
  const parser = IntlMessageFormat.__parse;
  afterEach(() => {
    IntlMessageFormat.__parse = parser;
    vi.restoreAllMocks();
  });

  it("leaves every message of every locale file plain or compiled, never an ICU string", () => {
    let compiled = 0;
    for (const lang of LANGUAGES) {
      for (const [key, message] of leaves(compileMessages(locale(lang)))) {
        if (Array.isArray(message)) compiled++;
        else expect(typeof message === "string" && !needsIcu(message), `${lang} ${key}`).toBe(true);
      }
    }
    expect(compiled).toBeGreaterThan(200);
  });

  it("formats every message as its string does, through i18next with no parser (the app's build)", () => {
    const strings = instance(locale);
    const asts = instance((lang) => JSON.parse(JSON.stringify(compileMessages(locale(lang)))));
    const error = vi.spyOn(console, "error");
    let formatted = 0;
    for (const lang of LANGUAGES) {
      for (const [key, message] of leaves(locale(lang))) {
        const ast = compileMessages(message);
        for (const values of Array.isArray(ast) ? samples(ast as Element[]) : [{}]) {
          IntlMessageFormat.__parse = parser;
          const expected = strings.t(key, { ...values, lng: lang });
          IntlMessageFormat.__parse = undefined;
          expect(asts.t(key, { ...values, lng: lang }), `${lang} ${key}`).toBe(expected);
          formatted++;
        }
      }
    }
    expect(error).not.toHaveBeenCalled();
    expect(formatted).toBeGreaterThan(1000);
  });

  it("says so on the console when a string reaches FormatJS without a parser, and shows it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const strings = instance(locale);
    IntlMessageFormat.__parse = undefined;
    expect(strings.t("filters.showing", { shown: 2, total: 5 })).toBe(
      "Showing {shown, number} of {total, plural, one {# event} other {# events}}",
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining("message filters.showing"));
  });

  it("shows the key, never the AST, when a compiled message cannot be formatted", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const asts = instance((lang) => compileMessages(locale(lang)));
    expect(asts.t("filters.showing")).toBe("filters.showing");
    expect(error).toHaveBeenCalledOnce();
  });

  it("keeps every character of the Japanese and Chinese messages for the copy's fonts (offlineCopy.ts)", () => {
    const nonAscii = (text: string) => new Set(text.replace(/[ -~\s]/g, ""));
    for (const lang of ["ja", "zh"] as const) {
      const strings = JSON.stringify(locale(lang));
      expect(nonAscii(JSON.stringify(compileMessages(locale(lang))))).toEqual(nonAscii(strings));
    }
  });
});
