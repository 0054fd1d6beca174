import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../data/checkQuotes";
import { quoteFromSelection, quoteFromTextBox, quoteKey, quoteStatus } from "./quoteCheck";

const SOURCE = `Headline\nBy someone\n\nThe first paragraph says “hello — world”.\n\nThe second one says something else entirely.`;

describe("quoteStatus", () => {
  it("passes a verbatim quote, forgiving quotes, dashes and spaces", () => {
    expect(quoteStatus('says "hello - world"', "1", SOURCE)).toEqual({ state: "ok" });
    expect(quoteStatus("says  “hello — world”", "", SOURCE)).toEqual({ state: "ok" });
  });

  it("fails when one word changes, and says where it stops matching", () => {
    const status = quoteStatus("The second one says nothing else", "2", SOURCE);
    expect(status.state).toBe("fail");
    expect(status).toMatchObject({ state: "fail", issue: { code: "quoteDiffersAfter" } });
  });

  it("fails on the wrong paragraph", () => {
    const status = quoteStatus("something else entirely", "1", SOURCE);
    expect(status).toMatchObject({ state: "fail" });
  });

  it("says when there is nothing to check against", () => {
    expect(quoteStatus("anything", "1", "")).toEqual({ state: "no-source" });
    expect(quoteStatus("", "1", SOURCE)).toEqual({ state: "none" });
  });

  it("without the source, keeps the dataset's own check of a quote while it is unchanged (review 39 R1)", () => {
    const checked = quoteKey("hello world", "1");
    expect(quoteStatus("hello world", "1", "", checked)).toEqual({ state: "checked-before" });
    expect(quoteStatus("hello world", " 1 ", "", checked)).toEqual({ state: "checked-before" });
    // Changed: its text, or the paragraph it is said to be in.
    expect(quoteStatus("hello world!", "1", "", checked)).toEqual({ state: "no-source" });
    expect(quoteStatus("hello world", "2", "", checked)).toEqual({ state: "no-source" });
    // With the source at hand, the source decides.
    expect(quoteStatus("hello world", "1", SOURCE, checked)).toMatchObject({ state: "fail" });
  });
});

describe("quoteFromSelection", () => {
  it("takes a selection within one paragraph", () => {
    expect(quoteFromSelection("  the second\n one ", [2])).toEqual({
      text: "the second one",
      paragraph: 2,
    });
  });
  it("refuses an empty selection or one across paragraphs", () => {
    expect(quoteFromSelection("", [1])).toHaveProperty("problem");
    expect(quoteFromSelection("a b", [1, 2])).toHaveProperty("problem");
  });
  it("numbers paragraphs as the check does", () => {
    expect(splitParagraphs(SOURCE)[1]).toMatch(/^The second/);
  });
});

describe("quoteFromTextBox", () => {
  const at = (text: string) => [SOURCE.indexOf(text), SOURCE.indexOf(text) + text.length] as const;

  it("takes a selection in a paragraph, numbered as the check numbers it", () => {
    expect(quoteFromTextBox(SOURCE, ...at("something else"))).toEqual({
      text: "something else",
      paragraph: 2,
    });
    // A whole paragraph with the blank line after it is still that one paragraph.
    const [start] = at("The first");
    expect(quoteFromTextBox(SOURCE, start, SOURCE.indexOf("The second"))).toMatchObject({
      paragraph: 1,
    });
  });

  it("refuses the headline, a selection across paragraphs and an empty one, each its own way", () => {
    const headline = quoteFromTextBox(SOURCE, ...at("Headline"));
    const across = quoteFromTextBox(SOURCE, at("world")[0], at("second")[1]);
    const blank = quoteFromTextBox(SOURCE, 5, 5);
    expect(headline).toEqual({ problem: expect.stringMatching(/first block/) });
    expect(across).toEqual({ problem: expect.stringMatching(/one paragraph/) });
    expect(blank).toEqual({ problem: expect.stringMatching(/Select a sentence/) });
  });
});
