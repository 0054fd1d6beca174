import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvRows, isBlankRow } from "./csvRows";

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
