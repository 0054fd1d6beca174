import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/data/issueEnglish";
import { importText } from "../../src/import/importDataset";
import { checkSourceQuotes } from "./sourceQuotes";

const SOURCE = "Headline\n\nFirst paragraph says hello world.\n\nSecond paragraph says goodbye.\n";

function check(text: string, name: string) {
  const quotes = checkSourceQuotes(importText(text, name), text, SOURCE, { headerBlocks: 1 });
  return quotes && { checked: quotes.checked, said: quotes.issues.map(formatIssue) };
}

describe("checkSourceQuotes", () => {
  it("checks the quotes of our CSV template, naming each event by its title", () => {
    const csv =
      "title,start,quote,paragraph\nA,2018-01,this text is not in the article,1\nB,2018-02,says goodbye,2\nC,,hello world,2\n";
    expect(check(csv, "quotes.csv")).toEqual({
      checked: 3,
      said: [
        'event "A", quote.text: "this text is not in the article" does not occur verbatim in the source (not even its opening words match)',
        expect.stringMatching(/^undated item "C", quote\.paragraph: /),
      ],
    });
  });

  it("checks our JSON's quotes on the file's own events, so paths name them", () => {
    const json = JSON.stringify({
      meta: { title: "T" },
      events: [{ id: "a", title: "A", start: "2018", quote: { text: "not there" } }],
    });
    expect(check(json, "q.json")?.said[0]).toMatch(/^events\[0\]\.quote\.text: "not there"/);
  });

  it("checks nothing, and says so, where the file cannot be opened", () => {
    expect(check("nonsense,header\n1,2\n", "x.csv")).toBeNull();
  });
});
