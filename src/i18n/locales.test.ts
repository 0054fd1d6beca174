import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALE_TAGS } from "./languages";

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.set(path, value);
    else for (const [k, v] of keysOf(value, path)) keys.set(k, v);
  }
  return keys;
}

const messages = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    keysOf(JSON.parse(readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), "utf8"))),
  ]),
);
const english = messages.en as Map<string, string>;

/** What formatDate.ts passes to the date messages; a language uses the ones its grammar needs. */
const DATE_ARGUMENTS = [
  "date",
  "monthName",
  "monthYear",
  "year",
  "month",
  "startDay",
  "endDay",
  "start",
  "end",
  // A year before 1 (earlyYear.ts): how long ago, written, and as a number for plurals.
  "amount",
  "count",
];

type Ast = ReturnType<IntlMessageFormat["getAst"]>;

/** The arguments a message uses (`{count, plural, …}`, `{name}`), read from its ICU syntax tree. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: Ast) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && element.type !== 0) {
        names.add(element.value);
      }
      if ("options" in element) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if ("children" in element) visit(element.children);
    }
  };
  if (message) visit(new IntlMessageFormat(message, "en").getAst());
  return [...names].sort();
}

describe.each(LANGUAGES.filter((lang) => lang !== "en"))("messages in %s", (lang) => {
  const own = messages[lang] as Map<string, string>;
  it("has every English key and no other", () => {
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
  });
  it("uses the same arguments as English in each message (dates: any the formatter offers)", () => {
    for (const [key, message] of english) {
      const args = argumentsOf(own.get(key) ?? "");
      if (key.startsWith("date.")) {
        expect({ key, extra: args.filter((arg) => !DATE_ARGUMENTS.includes(arg)) }).toEqual({
          key,
          extra: [],
        });
      } else expect({ key, args }).toEqual({ key, args: argumentsOf(message) });
    }
  });
});

describe.each(LANGUAGES)("messages in %s", (lang) => {
  it("all parse as ICU MessageFormat and none is empty", () => {
    for (const [key, message] of messages[lang] as Map<string, string>) {
      expect(message.trim(), key).not.toBe("");
      expect(() => new IntlMessageFormat(message, LOCALE_TAGS[lang]), key).not.toThrow();
    }
  });
});

describe("ICU quoting", () => {
  it("writes a straight quote around an argument as '' (a lone ' before { starts a literal)", () => {
    const english = JSON.parse(readFileSync(new URL("./locales/en.json", import.meta.url), "utf8"));
    const message = new IntlMessageFormat(english.linkNotice.unknownEvent, "en-GB");
    expect(message.format({ id: "x" })).toBe("No event 'x' in this dataset.");
  });
});

describe("Japanese numbers", () => {
  // The arguments that are numbers, formatted as the app formats them.
  const NUMBERS = [
    "count",
    "position",
    "limit",
    "row",
    "line",
    "paragraph",
    "total",
    "done",
    "lines",
  ];

  it("sit against their counters and the words around them, with no space (7件, 第3段落)", () => {
    const spaced: string[] = [];
    for (const [key, message] of messages.ja as Map<string, string>) {
      const values = Object.fromEntries(
        argumentsOf(message).map((name) => [name, NUMBERS.includes(name) ? 7 : "x"]),
      );
      const text = String(new IntlMessageFormat(message, "ja").format(values));
      // A number, not the digits of a name such as UTF-16, beside kana or kanji across a space.
      if (
        /(?<![A-Za-z0-9-])\d+ [\u3040-\u30ff\u4e00-\u9fff]|[\u3040-\u30ff\u4e00-\u9fff] \d/.test(
          text,
        )
      ) {
        spaced.push(`${key}: ${text}`);
      }
    }
    expect(spaced).toEqual([]);
  });
});

// WCAG 2.5.3, label in name: what a button shows must be in the name it is announced by, so that
// a reader who says "Далее" by voice reaches "Далее →", announced before as «Следующее событие: …».
describe.each(LANGUAGES)("the details' Previous and Next in %s", (lang) => {
  it("are named starting with their visible words", () => {
    const words = messages[lang] as Map<string, string>;
    for (const [shown, named] of [
      ["details.previous", "details.previousEvent"],
      ["details.next", "details.nextEvent"],
    ] as const) {
      const visible = (words.get(shown) ?? "").replace(/[←→]/g, "").trim();
      expect(visible, shown).not.toBe("");
      expect(words.get(named)?.startsWith(visible), `${named} of ${visible}`).toBe(true);
    }
  });
});

// With filters that leave nothing, the phone's sheet button read «О проекте и все 0 событий».
describe.each(LANGUAGES)("the sheet's button over no event in %s", (lang) => {
  it("says that none is shown, not 'all 0 events'", () => {
    const message = (messages[lang] as Map<string, string>).get("details.aboutAll") ?? "";
    const none = String(new IntlMessageFormat(message, LOCALE_TAGS[lang]).format({ count: 0 }));
    expect(none).not.toMatch(/0/);
    const some = String(new IntlMessageFormat(message, LOCALE_TAGS[lang]).format({ count: 24 }));
    expect(some).toMatch(/24/);
  });
});

// The progress bar said イベントの索引を作成中 where every other message says 出来事 (review 54).
describe("Japanese word for an event", () => {
  it("is 出来事 throughout, never イベント", () => {
    const ja = [...(messages.ja as Map<string, string>)];
    expect(ja.filter(([, message]) => message.includes("イベント")).map(([key]) => key)).toEqual(
      [],
    );
    expect(ja.some(([, message]) => message.includes("出来事"))).toBe(true);
  });
});
