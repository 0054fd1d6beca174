/** CSV and TSV text as rows of cells, by Papa Parse (quoted cells, line breaks inside quotes). */
import Papa from "papaparse";

/** Tab-separated when the first line has more tabs than commas (a sheet pasted as text). */
export function guessDelimiter(text: string): "," | "\t" {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const tabs = firstLine.split("\t").length;
  const commas = firstLine.split(",").length;
  return tabs > commas ? "\t" : ",";
}

export function csvRows(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter: guessDelimiter(text),
    skipEmptyLines: "greedy",
  });
  return result.data;
}
