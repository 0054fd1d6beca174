import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Translate } from "../data/issueText";
import { LANGUAGES, type Language, LOCALE_TAGS } from "../i18n/languages";
import { messageFormatter } from "../i18n/messageFormatter";
import { decodeUrl } from "./codec";
import { loadProblemWords, type UrlProblem, urlProblemsText } from "./urlProblem";
import { urlProblemText } from "./urlProblemWords";

// The wording code comes with a link's first problem (urlState.ts's `withProblemWords`).
beforeAll(loadProblemWords);

function translator(lang: Language) {
  const messages = JSON.parse(
    readFileSync(new URL(`../i18n/locales/${lang}.json`, import.meta.url), "utf8"),
  );
  return messageFormatter(messages, LOCALE_TAGS[lang]);
}

const words = (problems: UrlProblem[], lang: Language) =>
  urlProblemsText(problems, translator(lang), LOCALE_TAGS[lang]);

/** One problem of every code (the type's union, so a new code fails to compile here without one). */
const EVERY: Record<UrlProblem["code"], UrlProblem> = {
  badEncoding: { code: "badEncoding", key: "q" },
  tooLong: { code: "tooLong", key: "q" },
  itemTooLong: { code: "itemTooLong", key: "actors" },
  tooManyItems: { code: "tooManyItems", key: "tags" },
  badFlag: { code: "badFlag", key: "embed" },
  repeated: { code: "repeated", key: "actors" },
  valueTooLong: { code: "valueTooLong", key: "place", length: 20_000 },
  badId: { code: "badId", key: "event", id: "<b>" },
  emptyId: { code: "emptyId", key: "event" },
  notOneOf: { code: "notOneOf", key: "lang", allowed: ["en", "ja"] },
  notADate: { code: "notADate", key: "from", value: "2018-13" },
  windowReversed: { code: "windowReversed", from: "2019", to: "2018" },
  badDataAddress: { code: "badDataAddress", value: "ftp://x" },
  dataOriginRefused: {
    code: "dataOriginRefused",
    origin: "https://evil.example",
    rules: [{ kind: "self" }, { kind: "scheme", scheme: "https:" }],
  },
  fileBesideData: { code: "fileBesideData" },
};

describe("urlProblemText", () => {
  it.each(LANGUAGES.filter((lang) => lang !== "en"))("words every code in %s", (lang) => {
    for (const problem of Object.values(EVERY)) {
      const text = urlProblemText(problem, translator(lang), LOCALE_TAGS[lang]);
      const english = urlProblemText(problem, translator("en"), LOCALE_TAGS.en);
      expect(text, problem.code).not.toBe(english);
      expect(text, problem.code).not.toMatch(/Ignored|link's/);
    }
  });

  // The link's dates are read as a dataset's are (codec.ts, parsePartialDate): to the minute too.
  it.each(LANGUAGES)("names all four forms of a date in %s", (lang) => {
    const text = urlProblemText(EVERY.notADate, translator(lang), LOCALE_TAGS[lang]);
    const forms = text.match(/YYYY(-MM(-DD(THH:MM)?)?)?/g);
    expect(forms).toEqual(["YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DDTHH:MM"]);
    expect(text).toContain("UTC");
  });

  it("words a link's bad values in Japanese, keeping the values as written", () => {
    const { problems } = decodeUrl("?event=%3Cb%3E&lang=xx&from=2018-13-01", {
      origin: "https://example.org",
    });
    expect(words(problems, "ja")).toBe(
      "リンクの出来事（event）を無視しました：「<b>」は有効な ID ではありません。" +
        "リンクの言語（lang）を無視しました：「en」、「ja」、「ru」、「zh」のいずれかにしてください。" +
        "リンクの開始日（from）を無視しました：「2018-13-01」は日付ではありません。YYYY、YYYY-MM、YYYY-MM-DD、YYYY-MM-DDTHH:MM（UTC）のいずれかの形で書いてください。",
    );
  });

  it("joins sentences with a space in English and Russian", () => {
    const problems: UrlProblem[] = [EVERY.badFlag, EVERY.valueTooLong];
    expect(words(problems, "en")).toBe(
      "Ignored the link's embed: use \"1\". Ignored the link's place: it is 20,000 characters long.",
    );
    // Russian groups digits with a no-break space (which one depends on the ICU version).
    expect(words(problems, "ru")).toMatch(
      /^Пропущен параметр ссылки «встраивание» \(embed\): используйте «1»\. Пропущен параметр ссылки «место» \(place\): длина 20\s000 символов\.$/,
    );
  });

  it("names the origins a build allows in the page's language", () => {
    const refused: UrlProblem = {
      code: "dataOriginRefused",
      origin: null,
      rules: [
        { kind: "self" },
        { kind: "origin", origin: "https://news.example.com" },
        { kind: "subdomains", scheme: "https:", host: "example.net" },
      ],
    };
    expect(words([refused], "en")).toBe(
      "Ignored the link's dataset from this site: this site opens datasets only from this site, https://news.example.com and https://*.example.net.",
    );
    expect(words([refused], "zh")).toBe(
      "已忽略链接中来自本站的数据集：本站只打开来自本站、https://news.example.com和https://*.example.net的数据集。",
    );
  });
});

describe("urlProblemsText without the link problems' messages", () => {
  // English's messages for problems come in a later chunk (i18n.ts); when its request fails,
  // i18next answers each of their keys with the key itself ("urlProblem.notADate").
  const english = translator("en");
  const withoutLater: Translate = (key, values) =>
    key.startsWith("urlProblem.") ? key : english(key, values);

  it("still words them in English, naming the link's parts as written, never a key", () => {
    const problems: UrlProblem[] = [EVERY.notADate, EVERY.badId, EVERY.windowReversed];
    const text = urlProblemsText(problems, withoutLater, "en");
    expect(text).not.toMatch(/urlProblem\./);
    expect(text).toBe(
      "Ignored part of the link that could not be read: from=2018-13, event=<b>, from=2019, to=2018.",
    );
  });

  it("names a part for every code", () => {
    for (const problem of Object.values(EVERY)) {
      const text = urlProblemsText([problem], withoutLater, "en");
      expect(text, problem.code).toMatch(/^Ignored part of the link that could not be read: \S/);
      expect(text, problem.code).not.toMatch(/urlProblem\./);
    }
  });
});
