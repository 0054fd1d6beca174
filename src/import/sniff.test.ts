import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { importRows, importText } from "./importDataset";
import { headerIssues, isTimelineJs2, looksLikeJson, sniffJson, unknownHeader } from "./sniff";

describe("unknownHeader", () => {
  it("quotes the first names of the row, cut short when they are long", () => {
    expect(formatIssue(unknownHeader(["name", "when"]))).toMatch(/^Row 1 \(name, when\) is not/);
    const long = unknownHeader(["x".repeat(500), "y"]);
    expect(long.params?.names).toEqual({ kind: "code", text: `${"x".repeat(80)}…` });
  });
});

describe("headerIssues", () => {
  it("names a required column a header close to ours lacks, and the cell that is probably it", () => {
    const problems = (rows: string[][]) => {
      const result = importRows(rows);
      return result.ok ? [] : result.errors.map(formatIssue);
    };
    expect(
      problems([
        ["titel", "start", "summary"],
        ["A", "2018", "x"],
      ]),
    ).toEqual([
      'Row 1 (titel, start, summary) has no title column, which our CSV template needs: if "titel" is that column, name it title',
    ]);
    expect(
      problems([
        ["Title", "Start Date"],
        ["A", "2018"],
      ]),
    ).toEqual([
      'Row 1 (Title, Start Date) has no start column, which our CSV template needs: if "Start Date" is that column, name it start',
    ]);
    expect(
      problems([
        ["title", "summary"],
        ["A", "x"],
      ]),
    ).toEqual([
      "Row 1 (title, summary) has no start column, which our CSV template needs (title, start, …)",
    ]);
    expect(headerIssues(["name", "age"])).toEqual([unknownHeader(["name", "age"])]);
  });

  it("says a web address pasted as rows is one, and how to open it (review 32 F18)", () => {
    const result = importRows([["https://example.org/data/story.json"]]);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([
      'This is a web address ("https://example.org/data/story.json"), not rows of data: open it by adding ?data= and the address to this page\'s address, or download the file and open it',
    ]);
  });
});

describe("a JSON file that begins with a comment (review 32: read as a CSV header)", () => {
  it("is JSON, and the comment is named with its line", () => {
    expect(looksLikeJson("// my story\n{}")).toBe(true);
    expect(looksLikeJson("\uFEFF /* c */ [1]")).toBe(true);
    expect(looksLikeJson("// title,start\nA,2018")).toBe(false);
    const problems = (text: string) => {
      const result = importText(text, "story.json");
      return result.ok ? [] : result.errors.map(formatIssue);
    };
    expect(problems('// my story\n{"meta":{"title":"C"},"events":[]}')).toEqual([
      "Broken JSON at line 1, column 1: JSON cannot hold comments (// or /* */): remove the comment",
    ]);
    expect(problems('{"meta":{"title":"C"},\n  /* c */ "events":[]}')).toEqual([
      "Broken JSON at line 2, column 3: JSON cannot hold comments (// or /* */): remove the comment",
    ]);
    // Any other error keeps its own reason.
    expect(problems('{"a": /x/}')[0]).toMatch(/^Broken JSON at line 1, column 7: expected a value/);
  });
});

describe("isTimelineJs2", () => {
  it("knows TimelineJS 2's timeline object with its date list", () => {
    const old = {
      timeline: { headline: "H", type: "default", date: [{ startDate: "2011,12,10" }] },
    };
    expect(sniffJson(old)).toBeNull();
    expect(isTimelineJs2(old)).toBe(true);
    expect(isTimelineJs2({ timeline: { date: [] } })).toBe(true);
  });

  it("leaves other JSON alone: TimelineJS 3, an object named timeline without dates", () => {
    const three = { events: [{ start_date: { year: "2011" } }] };
    expect(isTimelineJs2(three)).toBe(false);
    expect(isTimelineJs2({ timeline: [{ date: [] }] })).toBe(false);
    expect(isTimelineJs2({ timeline: { events: [] } })).toBe(false);
    expect(isTimelineJs2(null)).toBe(false);
  });
});
