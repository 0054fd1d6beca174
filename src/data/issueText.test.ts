import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language, LOCALE_TAGS } from "../i18n/languages";
import { messageFormatter } from "../i18n/messageFormatter";
import { formatIssue } from "./issueEnglish";
import type { DatasetIssue, IssueCode, IssueParam } from "./issues";
import { issueLineParts, partsText, type Translate } from "./issueText";

type Tree = { [key: string]: string | Tree };

const locales = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(
      readFileSync(new URL(`../i18n/locales/${lang}.json`, import.meta.url), "utf8"),
    ) as Tree,
  ]),
) as Record<Language, Tree>;

/** A message function over one locale file, as i18next-icu formats it on the page. */
function translator(lang: Language): Translate {
  return messageFormatter(locales[lang], LOCALE_TAGS[lang]);
}

const codes = Object.keys(locales.en.datasetIssue as Tree) as IssueCode[];

/** A file's text with ICU syntax in it: it must come out exactly as it went in. */
const VERBATIM = "it's {x}";

/** A value for each argument a message takes, by the argument's name. */
function sampleParams(code: IssueCode): Record<string, IssueParam> {
  const message = (locales.en.datasetIssue as Tree)[code] as string;
  const params: Record<string, IssueParam> = {};
  const ast = new IntlMessageFormat(message, "en").getAst();
  for (const element of ast) {
    if (!("value" in element) || element.type === 0) continue;
    const name = element.value;
    if (name === "expected") params[name] = "string";
    else if (name === "list") params[name] = "events";
    else if (name === "kind") params[name] = code === "spreadsheetFile" ? "xlsx" : "png";
    else if (element.type === 6 || ["line", "row", "paragraph", "limit"].includes(name)) {
      params[name] = 2;
    } else params[name] = { kind: "text", text: VERBATIM };
  }
  return params;
}

describe("every issue code", () => {
  it("has a message in every language (the locale test checks their arguments)", () => {
    expect(codes.length).toBeGreaterThan(50);
    for (const lang of LANGUAGES) {
      expect(Object.keys(locales[lang].datasetIssue as Tree).sort(), lang).toEqual(
        [...codes].sort(),
      );
    }
  });

  it.each(LANGUAGES)("is worded in %s with the file's texts kept verbatim", (lang) => {
    for (const code of codes) {
      const issue: DatasetIssue = { path: "events[3].start", code, params: sampleParams(code) };
      const parts = issueLineParts(issue, translator(lang), LOCALE_TAGS[lang]);
      const text = partsText(parts);
      expect(parts[0], code).toEqual({ verbatim: "events[3].start" });
      // No placeholder left, and ICU syntax in a value never read as such.
      expect(text, code).not.toMatch(/[\uE000-\uE002]/);
      if (Object.values(issue.params ?? {}).some((p) => typeof p === "object")) {
        expect(parts, code).toContainEqual({ verbatim: VERBATIM });
      }
      if (lang !== "en") {
        const english = partsText(issueLineParts(issue, translator("en"), LOCALE_TAGS.en));
        expect(text, code).not.toBe(english);
      }
    }
  });
});

describe("issueLineParts", () => {
  const issue: DatasetIssue = {
    path: "events[3].start",
    code: "notADate",
    params: { value: { kind: "text", text: "2018-13-45" } },
  };

  it("words an issue in the page's language, with the path and the value verbatim", () => {
    expect(issueLineParts(issue, translator("ja"), "ja-JP")).toEqual([
      { verbatim: "events[3].start" },
      "：「",
      { verbatim: "2018-13-45" },
      "」は日付ではありません。YYYY、YYYY-MM、YYYY-MM-DD、YYYY-MM-DDTHH:MM（UTC）のいずれかの形で書いてください",
    ]);
    expect(partsText(issueLineParts(issue, translator("ru"), "ru-RU"))).toBe(
      "events[3].start: «2018-13-45» — не дата: используйте YYYY, YYYY-MM, YYYY-MM-DD или YYYY-MM-DDTHH:MM (UTC)",
    );
  });

  it("names lists and objects in words, and months through Intl", () => {
    const wrong: DatasetIssue = {
      path: "events[0].places",
      code: "wrongType",
      params: { expected: "array", value: { kind: "object" } },
    };
    expect(partsText(issueLineParts(wrong, translator("zh"), "zh-CN"))).toBe(
      "events[0].places：必须是列表，而不是对象",
    );
    const day: DatasetIssue = {
      path: "",
      row: 5,
      column: "Day",
      code: "notADayOf",
      params: {
        value: { kind: "text", text: "30" },
        month: { kind: "month", year: 2018, month: 2 },
      },
    };
    expect(formatIssue(day)).toBe('row 5, column Day: "30" is not a day of February 2018');
    expect(partsText(issueLineParts(day, translator("ja"), "ja-JP"))).toBe(
      "5行目の Day 列：2018年2月に「30」日はありません",
    );
  });

  it("writes a year before 1 in the page's language, never as the file's raw number", () => {
    const issue = (year: number): DatasetIssue => ({
      path: "events[0].start_date.year",
      code: "beforeYearOne",
      params: { year: { kind: "earlyYear", year } },
    });
    const line = (year: number, lang: Language) =>
      partsText(issueLineParts(issue(year), translator(lang), LOCALE_TAGS[lang])).replace(
        /[\u00a0\u202f]/g,
        " ",
      );
    expect(formatIssue(issue(-13_800_000_000))).toBe(
      "events[0].start_date.year: 13.8 billion years ago is before year 1, which the timeline cannot draw: kept as undated",
    );
    expect(line(-13_800_000_000, "ja")).toBe(
      "events[0].start_date.year：138億年前は西暦1年より前で、タイムラインに描けません。日付なしとして残しました",
    );
    expect(line(-44, "ja")).toBe(
      "events[0].start_date.year：紀元前44年は西暦1年より前で、タイムラインに描けません。日付なしとして残しました",
    );
    expect(line(-13_800_000_000, "ru")).toBe(
      "events[0].start_date.year: 13,8 миллиарда лет назад — раньше 1 года н. э., а такие даты шкала времени показать не может: оставлено без даты",
    );
    expect(line(-44, "zh")).toBe(
      "events[0].start_date.year：公元前44年早于公元 1 年，时间轴无法绘制：已作为无日期条目保留",
    );
  });

  it("marks the browser's own reason as English, inside a sentence in the page's language", () => {
    const failed: DatasetIssue = {
      path: "",
      code: "couldNotLoad",
      params: { reason: { kind: "code", text: "Failed to fetch", lang: "en" } },
    };
    expect(issueLineParts(failed, translator("ja"), "ja-JP")).toEqual([
      "データセットを読み込めませんでした：",
      { verbatim: "Failed to fetch", lang: "en" },
    ]);
  });

  it("words a reason inside a message, and joins choices with the language's 'or'", () => {
    const broken: DatasetIssue = {
      path: "",
      code: "jsonBrokenAt",
      params: {
        line: 3,
        column: 14,
        reason: {
          kind: "issue",
          code: "jsonEndsEarly",
          params: { reason: { kind: "issue", code: "jsonUnclosedText" } },
        },
      },
    };
    expect(formatIssue(broken)).toBe(
      "Broken JSON at line 3, column 14: a text is not closed with a double quote; the file ends too early",
    );
    const choice: DatasetIssue = {
      path: "kind",
      code: "notAllowed",
      params: {
        value: { kind: "text", text: "moon" },
        allowed: {
          kind: "anyOf",
          items: [
            { kind: "text", text: "city" },
            { kind: "text", text: "island" },
          ],
        },
      },
    };
    expect(partsText(issueLineParts(choice, translator("ru"), "ru-RU"))).toBe(
      "kind: «moon» здесь недопустимо: используйте «city» или «island»",
    );
  });
});

describe("issueLineParts without the problems' messages", () => {
  // English's messages for problems come in a later chunk (i18n.ts); when its request fails,
  // i18next answers each of their keys with the key itself ("datasetIssue.notADate").
  const english = translator("en");
  const withoutLater: Translate = (key, values) =>
    key.startsWith("datasetIssue.") ? key : english(key, values);
  const line = (issue: DatasetIssue) => partsText(issueLineParts(issue, withoutLater, "en-GB"));

  it("says where the problem is and the file's values, as written, never a key", () => {
    const issue: DatasetIssue = {
      path: "events[3].start",
      code: "notADate",
      params: { value: { kind: "text", text: "2018-13-45" } },
    };
    expect(issueLineParts(issue, withoutLater, "en-GB")).toEqual([
      { verbatim: "events[3].start" },
      ': "',
      { verbatim: "2018-13-45" },
      '" (the description of this problem could not be loaded)',
    ]);
    expect(line({ path: "", row: 4, column: "start", code: "noValidEvents" })).toBe(
      "row 4, column start: the description of this problem could not be loaded",
    );
    const choice: DatasetIssue = {
      path: "kind",
      code: "notAllowed",
      params: {
        value: { kind: "text", text: "moon" },
        allowed: { kind: "anyOf", items: [{ kind: "text", text: "city" }] },
      },
    };
    expect(line(choice)).toBe(
      'kind: "moon", "city" (the description of this problem could not be loaded)',
    );
  });

  it("words every code so, in every language's sentence", () => {
    for (const lang of LANGUAGES) {
      const own = translator(lang);
      const without: Translate = (key, values) =>
        key.startsWith("datasetIssue.") ? key : own(key, values);
      for (const code of codes) {
        const issue: DatasetIssue = { path: "events[3].start", code, params: sampleParams(code) };
        const text = partsText(issueLineParts(issue, without, LOCALE_TAGS[lang]));
        expect(text, `${lang} ${code}`).not.toMatch(/datasetIssue|[\uE000-\uE002]/);
        expect(text, `${lang} ${code}`).toMatch(/^events\[3\]\.start/);
      }
    }
  });
});
