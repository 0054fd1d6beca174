import { describe, expect, it } from "vitest";
import { checkQuotes, normaliseText, paragraphRanges, splitParagraphs } from "./checkQuotes";
import { issueMessage } from "./issueEnglish";
import type { DatasetIssue } from "./issues";

/** Issues as the command line words them in English. */
const english = (issues: DatasetIssue[]) =>
  issues.map((issue) => ({ path: issue.path, message: issueMessage(issue) }));

const SOURCE = [
  "Chilly Japan-Russia ties unlikely to thaw\n2018-04-02, Cai Hong",
  "Acold spell with snow put spring on hold in Tokyo on March 21. “Since we did not interfere in your elections, we decided to intervene in the weather,” Lavrov replied. ",
  "Jest aside, a chill has indeed descended upon Japan-Russia relations.",
  "The day before Feb 7 — Japan’s Northern Territories Day — Russia launched a military exercise.",
].join("\n\n");

const quote = (text: string, paragraph: number) => ({ id: "e", quote: { text, paragraph } });

describe("normaliseText", () => {
  it("straightens quotes, unifies dashes and collapses whitespace", () => {
    expect(normaliseText("  “Japan’s”\u00a0—\n\t‘Trojan Horse’ – ok  ")).toBe(
      "\"Japan's\" - 'Trojan Horse' - ok",
    );
  });

  it("leaves letters, case and punctuation alone", () => {
    expect(normaliseText("Acold, spell.")).toBe("Acold, spell.");
    expect(normaliseText("A cold")).not.toBe(normaliseText("Acold"));
  });
});

describe("paragraphRanges", () => {
  it("places each of splitParagraphs's paragraphs in the text, trimmed", () => {
    const text = "head\n\n  one\ncontinued \n \t\ntwo\n\n\n\nthree\n";
    const ranges = paragraphRanges(text);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(splitParagraphs(text));
    expect(ranges[0]).toEqual({ start: 8, end: 21 });
  });
  it("has none for a headline alone", () => {
    expect(paragraphRanges("A headline only\n")).toEqual([]);
  });
});

describe("splitParagraphs", () => {
  it("skips the headline block and trims each paragraph", () => {
    const paragraphs = splitParagraphs(SOURCE);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]?.startsWith("Acold spell")).toBe(true);
    expect(paragraphs[0]?.endsWith("Lavrov replied.")).toBe(true);
    expect(paragraphs[1]).toBe(
      "Jest aside, a chill has indeed descended upon Japan-Russia relations.",
    );
  });

  it("treats lines of spaces and Windows line ends as blank lines", () => {
    expect(splitParagraphs("head\r\n\r\none\r\ncontinued\n   \ntwo\n\n\n\nthree\n")).toEqual([
      "one\ncontinued",
      "two",
      "three",
    ]);
  });

  it("can number from the first block", () => {
    expect(splitParagraphs("a\n\nb", { headerBlocks: 0 })).toEqual(["a", "b"]);
  });
});

describe("checkQuotes", () => {
  it("accepts verbatim quotes in their paragraph", () => {
    const result = checkQuotes(
      [
        quote("Acold spell with snow put spring on hold in Tokyo on March 21.", 1),
        quote("Jest aside, a chill has indeed descended upon Japan-Russia relations.", 2),
      ],
      SOURCE,
    );
    expect(result).toEqual({ checked: 2, issues: [] });
  });

  it("forgives straight quotes, plain dashes and line breaks", () => {
    const result = checkQuotes(
      [
        quote(
          '"Since we did not interfere in your elections,\n we decided to intervene in the weather," Lavrov replied.',
          1,
        ),
        quote("The day before Feb 7 - Japan's Northern Territories Day -- ", 3),
      ],
      SOURCE,
    );
    expect(english(result.issues)).toEqual([
      {
        path: "events[1].quote.text",
        message:
          '"The day before Feb 7 - Japan\'s Northern Territori…" does not occur verbatim in the source (it matches up to "n\'s Northern Territories Day -" and then differs)',
      },
    ]);
    expect(result.checked).toBe(2);
  });

  it("does not forgive a corrected typo or changed words", () => {
    const result = checkQuotes(
      [
        quote("A cold spell with snow put spring on hold", 1),
        quote("Jest aside, a chill has indeed descended upon Japan–Russia ties.", 2),
        quote("Bananas are yellow.", 1),
      ],
      SOURCE,
    );
    expect(english(result.issues)).toEqual([
      {
        path: "events[0].quote.text",
        message:
          '"A cold spell with snow put spring on hold" does not occur verbatim in the source (not even its opening words match)',
      },
      {
        path: "events[1].quote.text",
        message:
          '"Jest aside, a chill has indeed descended upon Jap…" does not occur verbatim in the source (it matches up to "d descended upon Japan-Russia " and then differs)',
      },
      {
        path: "events[2].quote.text",
        message:
          '"Bananas are yellow." does not occur verbatim in the source (not even its opening words match)',
      },
    ]);
  });

  it("reports the paragraph where a quote really is", () => {
    const result = checkQuotes(
      [quote("a chill has indeed descended", 1), quote("a chill has indeed descended", 9)],
      SOURCE,
    );
    expect(english(result.issues)).toEqual([
      {
        path: "events[0].quote.paragraph",
        message: "1 is the wrong paragraph: the quote is in paragraph 2",
      },
      {
        path: "events[1].quote.paragraph",
        message:
          "the source has 3 paragraphs, so there is no paragraph 9; the quote is in paragraph 2",
      },
    ]);
  });

  it("gives the paragraphs as data: a count and the numbers", () => {
    const result = checkQuotes([quote("a chill has indeed descended", 9)], SOURCE);
    expect(result.issues).toEqual([
      {
        path: "events[0].quote.paragraph",
        code: "noSuchParagraph",
        params: {
          count: 3,
          paragraph: 9,
          found: { kind: "allOf", items: [{ kind: "code", text: "2" }] },
        },
      },
    ]);
  });

  it("says so when a quote runs across paragraphs", () => {
    const result = checkQuotes([quote("Lavrov replied. Jest aside", 1)], SOURCE);
    expect(english(result.issues)).toEqual([
      {
        path: "events[0].quote.text",
        message:
          '"Lavrov replied. Jest aside" runs across paragraphs: quote from one paragraph at a time',
      },
    ]);
  });

  it("shortens long quotes in messages", () => {
    const long = `${"Zebras ".repeat(20)}end`;
    const [issue] = checkQuotes([quote(long, 1)], SOURCE).issues;
    expect(issue).toMatchObject({ code: "quoteNotInSource" });
    expect(issue && issueMessage(issue)).toMatch(
      /^"Zebras Zebras .{30,40}…" does not occur verbatim/,
    );
  });

  it("skips events without a usable quote (parseDataset reports those)", () => {
    const result = checkQuotes(
      [{ id: "a" }, null, "x", { quote: "text" }, { quote: { text: 5 } }, quote("   ", 1)],
      SOURCE,
    );
    expect(result).toEqual({ checked: 0, issues: [] });
  });
});
