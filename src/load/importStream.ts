/**
 * Reading an input with progress, on the dataset worker's thread: a file or
 * a download, then CSV and TSV parsed by Papa Parse in chunks (a file is
 * streamed from disk), so the page can show rows read and cancel at any time.
 */
import Papa from "papaparse";
import type { DatasetIssue } from "../data/issues";
import { type Delimiter, guessDelimiter, isBlankRow, unclosedQuote } from "../import/csvRows";
import { type ImportResult, importRows, importText, titleFromName } from "../import/importDataset";
import { HEAD_BYTES, notADatasetBytes, notADatasetText } from "../import/notADataset";
import { looksLikeJson } from "../import/sniff";
import type { OnProgress } from "./importProgress";

const CHUNK_BYTES = 1 << 20;

/** Rows read, the header not counted: a file of a million rows said 1,000,001. */
const dataRows = (rows: readonly string[][]) => Math.max(0, rows.length - 1);

/** CSV or TSV rows, chunk by chunk, telling how far it has got; and what reading lost. */
function parseRows(
  input: File | string,
  total: number,
  onProgress: OnProgress,
): Promise<{ rows: string[][]; issues: DatasetIssue[] }> {
  const head = typeof input === "string" ? input.slice(0, 4096) : null;
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    const errors: { code: string }[] = [];
    const start = (delimiter: Delimiter) =>
      Papa.parse<string[]>(input as File, {
        delimiter,
        chunkSize: CHUNK_BYTES,
        chunk: (results) => {
          for (const row of results.data) if (!isBlankRow(row)) rows.push(row);
          errors.push(...results.errors);
          onProgress({ phase: "parsing", bytes: results.meta.cursor, total, rows: dataRows(rows) });
        },
        complete: () => {
          const quote = unclosedQuote(rows, errors);
          resolve({ rows, issues: quote ? [quote] : [] });
        },
        error: (error: Error) => reject(error),
      });
    if (head !== null) start(guessDelimiter(head));
    else
      (input as File)
        .slice(0, 4096)
        .text()
        .then((text) => start(guessDelimiter(text)), reject);
  });
}

async function importCsv(
  input: File | string,
  name: string | undefined,
  total: number,
  onProgress: OnProgress,
): Promise<ImportResult> {
  const { rows, issues } = await parseRows(input, total, onProgress);
  if (rows[0]?.[0]?.startsWith("\uFEFF")) rows[0][0] = rows[0][0].slice(1);
  onProgress({ phase: "checking", bytes: total, total, rows: dataRows(rows) });
  return importRows(rows, titleFromName(name), issues);
}

export async function importFileWithProgress(
  file: File,
  onProgress: OnProgress,
): Promise<ImportResult> {
  const total = file.size;
  onProgress({ phase: "reading", bytes: 0, total, rows: 0 });
  const headBytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const foreign = notADatasetBytes(headBytes, file.name);
  if (foreign) return { ok: false, errors: [foreign] };
  const head = new TextDecoder().decode(headBytes);
  if (!looksLikeJson(head) && head.trim() !== "")
    return importCsv(file, file.name, total, onProgress);
  const text = await file.text();
  onProgress({ phase: "checking", bytes: total, total, rows: 0 });
  return importText(text, file.name);
}

export async function importTextWithProgress(
  text: string,
  name: string | undefined,
  onProgress: OnProgress,
): Promise<ImportResult> {
  const foreign = notADatasetText(text);
  if (foreign) return { ok: false, errors: [foreign] };
  if (!looksLikeJson(text) && text.trim() !== "")
    return importCsv(text, name, text.length, onProgress);
  onProgress({ phase: "checking", bytes: text.length, total: text.length, rows: 0 });
  return importText(text, name);
}

/**
 * A response's text, read in pieces so the bytes so far can be told. Once its first bytes are in,
 * `check` may refuse it (a web page, an image): the rest is then not downloaded.
 */
export async function readResponse(
  response: Response,
  onProgress: OnProgress,
  check: (head: Uint8Array) => DatasetIssue | null = () => null,
  /** Each piece of the text as it is decoded, to be read while the rest arrives. */
  onPiece: (piece: string) => void = () => {},
): Promise<{ text: string } | { error: DatasetIssue }> {
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const error = check(bytes.subarray(0, HEAD_BYTES));
    if (error) return { error };
    const text = new TextDecoder().decode(bytes);
    onPiece(text);
    return { text };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  /** The first bytes, until there are enough to check (null once checked). */
  let head: Uint8Array | null = new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (head && (done || head.length + value.byteLength >= HEAD_BYTES)) {
      const first = done ? head : concat(head, value).subarray(0, HEAD_BYTES);
      head = null;
      const error = check(first);
      if (error) {
        if (!done) void reader.cancel().catch(() => {});
        return { error };
      }
    } else if (head && value) head = concat(head, value);
    if (done) break;
    bytes += value.byteLength;
    const piece = decoder.decode(value, { stream: true });
    text += piece;
    onPiece(piece);
    onProgress({ phase: "downloading", bytes, ...(total && { total }), rows: 0 });
  }
  const last = decoder.decode();
  onPiece(last);
  return { text: text + last };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
