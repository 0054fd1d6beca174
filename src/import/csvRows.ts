/** CSV and TSV text as rows of cells, by Papa Parse (quoted cells, line breaks inside quotes). */
import Papa from "papaparse";
import type { DatasetIssue } from "../data/issues";

export type Delimiter = "," | "\t" | ";";

/**
 * The separator the first line uses most: tabs (a sheet pasted as text), semicolons (a CSV that
 * Excel or LibreOffice saves in most European locales, where the comma is the decimal mark; it
 * was refused as "not a header the explorer knows"), else commas.
 */
export function guessDelimiter(text: string): Delimiter {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (separator: string) => firstLine.split(separator).length;
  const commas = count(",");
  const tabs = count("\t");
  const semicolons = count(";");
  if (tabs > commas && tabs >= semicolons) return "\t";
  return semicolons > commas ? ";" : ",";
}

/**
 * Whether a row is blank, as Papa Parse's `skipEmptyLines: "greedy"` tells
 * (`row.join("").trim() === ""`), without joining a row whose first character
 * shows it is not. The readers skip blank rows with this rather than with that
 * option, which joins every row: Papa Parse's reading of 1,000,000 CSV rows
 * (48 MB, in 1 MB chunks) took 1.53–2.03 s of CPU so against 1.80–2.41 s with
 * the option (Node 20, eight alternating runs in one process, load average ~3).
 */
export function isBlankRow(row: readonly string[]): boolean {
  const first = row[0]?.charCodeAt(0) ?? 0;
  if (first > 32 && first < 127) return false;
  return row.join("").trim() === "";
}

/**
 * A quote that opens a cell and is never closed: Papa Parse reads the rest of
 * the file into that cell ("MissingQuotes"), so every row after it would be
 * gone without a word. That cell is in the last row read; the issue names it
 * (as a spreadsheet row: the header is row 1) and how many lines it took.
 */
export function unclosedQuote(
  rows: readonly (readonly string[])[],
  errors: readonly { code: string }[],
): DatasetIssue | null {
  if (!errors.some((error) => error.code === "MissingQuotes")) return null;
  const last = rows.at(-1) ?? [];
  // The cell ran to the file's end: the line break(s) ending the file begin no line of it.
  const lines = last.reduce(
    (count, cell) => count + (cell.replace(/[\r\n]+$/, "").match(/\r\n|\r|\n/g)?.length ?? 0),
    0,
  );
  return { path: "", row: rows.length, code: "csvUnclosedQuote", params: { lines } };
}

/** The rows of a CSV or TSV text, and what reading it lost (a quote never closed). */
export function readCsv(text: string): { rows: string[][]; issues: DatasetIssue[] } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter: guessDelimiter(text),
  });
  const rows = result.data.filter((row) => !isBlankRow(row));
  const quote = unclosedQuote(rows, result.errors);
  return { rows, issues: quote ? [quote] : [] };
}

export function csvRows(text: string): string[][] {
  return readCsv(text).rows;
}
