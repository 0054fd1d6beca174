import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../data/issueEnglish";
import { importTextWithProgress } from "../load/importStream";
import { csvRows, guessDelimiter, isBlankRow } from "./csvRows";
import { importText } from "./importDataset";

describe("guessDelimiter", () => {
  it("reads the separator the first line uses most: tabs, semicolons, else commas", () => {
    expect(guessDelimiter("title,start,lat\na,2018,1")).toBe(",");
    expect(guessDelimiter("title\tstart\tlat\na\t2018\t1")).toBe("\t");
    expect(guessDelimiter("title;start;lat\r\na;2018;1,5")).toBe(";");
    // A comma file whose header has a semicolon in a column's name stays a comma file.
    expect(guessDelimiter("title,start,notes; sources\n")).toBe(",");
    expect(guessDelimiter("")).toBe(",");
  });
});

describe("blank rows", () => {
  const text = [
    "title,start,place",
    "A,2018,Tokyo",
    "",
    ",,",
    "  , \t ,",
    '"  ",,',
    "\u00a0,\u3000,",
    "\ufeff,,",
    " B,2019,",
    '" ",x,',
    "\u00a0C,2020,",
    ",,D",
    "\r",
    "E,2021,",
    "",
  ].join("\r\n");

  it("are the rows Papa Parse's greedy option skips, no more and no fewer", () => {
    const greedy = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: "greedy" }).data;
    const all = Papa.parse<string[]>(text, { delimiter: "," }).data;
    expect(all.filter((row) => !isBlankRow(row))).toEqual(greedy);
    expect(csvRows(text)).toEqual(greedy);
    expect(greedy.map((row) => row[0])).toEqual(["title", "A", " B", " ", "\u00a0C", "", "E"]);
  });

  it("tells a row from its first character when it can, and from all of it otherwise", () => {
    expect(isBlankRow(["A"])).toBe(false);
    expect(isBlankRow([""])).toBe(true);
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow(["", " ", "x"])).toBe(false);
    expect(isBlankRow(["\u2003", "\t"])).toBe(true);
  });
});

describe("a quote that is never closed", () => {
  // Papa Parse reads everything after an unclosed quote into one cell: rows C and D below would
  // be gone, and the file opened as if they had never been there.
  const text = 'title,start\nA,2018\nB,2019\n"Broken title,2018\nC,2020\nD,2021\n';

  it("is said, with the row it opens in and how many lines it took", () => {
    const result = importText(text, "broken.csv");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatIssue)[0]).toBe(
      'row 4: a quote (") opens a cell here and is never closed, so the 2 lines after it were read into that cell: close the quote, or write a quote inside a quoted cell as two ("")',
    );
    // The line break that ends the file begins no line (review 36 R12: 3 were said with it).
    const unended = importText(text.trimEnd(), "broken.csv");
    const blankEnd = importText(`${text}\r\n\r\n`, "broken.csv");
    for (const result of [unended, blankEnd])
      expect(result.ok && result.warnings.map(formatIssue)[0]).toMatch(/the 2 lines after it/);
  });

  it("is said when the text is read in chunks, as the worker reads a pasted text", async () => {
    const result = await importTextWithProgress(text, "broken.csv", () => {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatIssue)[0]).toMatch(/^row 4: a quote \("\) opens a cell/);
  });

  it("on the last line takes only the rest of its row, and a file that cannot open says it too", () => {
    const result = importText('title,start\n"A,2018', "last.csv");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatIssue)).toContain(
      'row 2: a quote (") opens a cell here and is never closed, so the rest of the row was read into that cell: close the quote, or write a quote inside a quoted cell as two ("")',
    );
  });

  it("is not said of quotes that are closed, doubled inside a cell, or stray in an unquoted one", () => {
    const result = importText('title,start\n"A, ""quoted""",2018\nB "x" y,2019\n', "fine.csv");
    expect(result.ok && result.warnings).toEqual([]);
  });
});
