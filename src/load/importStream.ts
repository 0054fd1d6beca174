/**
 * Reading an input with progress, on the dataset worker's thread: a file or
 * a download, then CSV and TSV parsed by Papa Parse in chunks, so the page can
 * show rows read and cancel at any time.
 */
import Papa from "papaparse";
import type { DatasetIssue } from "../data/issues";
import { guessDelimiter, isBlankRow, unclosedQuote } from "../import/csvRows";
import {
  decodeUtf8,
  hasUnreadable,
  textOfBytes,
  unreadableIssue,
  withReadIssue,
} from "../import/fileText";
import { type ImportResult, importRows, importText, titleFromName } from "../import/importDataset";
import { HEAD_BYTES, notADatasetBytes, notADatasetText } from "../import/notADataset";
import { looksLikeJson } from "../import/sniff";
import type { OnProgress } from "./importProgress";

const CHUNK_BYTES = 1 << 20;

/** Rows read, the header not counted: a file of a million rows said 1,000,001. */
const dataRows = (rows: readonly string[][]) => Math.max(0, rows.length - 1);

/** CSV or TSV rows, chunk by chunk, telling how far it has got; and what reading lost. */
function parseRows(
  text: string,
  onProgress: OnProgress,
): Promise<{ rows: string[][]; issues: DatasetIssue[] }> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    const errors: { code: string }[] = [];
    // Papa Parse's types give chunked reading only to a File: a string is read the same way.
    Papa.parse<string[]>(text as unknown as File, {
      delimiter: guessDelimiter(text.slice(0, 4096)),
      chunkSize: CHUNK_BYTES,
      chunk: (results) => {
        for (const row of results.data) if (!isBlankRow(row)) rows.push(row);
        errors.push(...results.errors);
        onProgress({
          phase: "parsing",
          bytes: results.meta.cursor,
          total: text.length,
          rows: dataRows(rows),
        });
      },
      complete: () => {
        const quote = unclosedQuote(rows, errors);
        resolve({ rows, issues: quote ? [quote] : [] });
      },
      error: (error: Error) => reject(error),
    });
  });
}

async function importCsv(
  text: string,
  name: string | undefined,
  onProgress: OnProgress,
): Promise<ImportResult> {
  const { rows, issues } = await parseRows(text, onProgress);
  if (rows[0]?.[0]?.startsWith("\uFEFF")) rows[0][0] = rows[0][0].slice(1);
  onProgress({ phase: "checking", bytes: text.length, total: text.length, rows: dataRows(rows) });
  return importRows(rows, titleFromName(name), issues);
}

/**
 * A file is refused on its first bytes (an image, a workbook) before the rest is read; then read
 * whole and decoded at once. Papa Parse's own reading of a file decodes each megabyte on its own,
 * so a letter of two or more bytes across a boundary became two U+FFFD (Papa Parse issue #751).
 */
export async function importFileWithProgress(
  file: File,
  onProgress: OnProgress,
): Promise<ImportResult> {
  const total = file.size;
  onProgress({ phase: "reading", bytes: 0, total, rows: 0 });
  const foreign = notADatasetBytes(
    new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()),
    file.name,
  );
  if (foreign) return { ok: false, errors: [foreign] };
  const read = textOfBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  if ("error" in read) return { ok: false, errors: [read.error] };
  onProgress({ phase: "reading", bytes: total, total, rows: 0 });
  return withReadIssue(
    await importTextWithProgress(read.text, file.name, onProgress),
    read.unreadable,
  );
}

export async function importTextWithProgress(
  text: string,
  name: string | undefined,
  onProgress: OnProgress,
): Promise<ImportResult> {
  const foreign = notADatasetText(text);
  if (foreign) return { ok: false, errors: [foreign] };
  if (!looksLikeJson(text) && text.trim() !== "") return importCsv(text, name, onProgress);
  onProgress({ phase: "checking", bytes: text.length, total: text.length, rows: 0 });
  return importText(text, name);
}

/**
 * A response's text, read in pieces so the bytes so far can be told. Once its first bytes are in,
 * `check` may refuse it (a web page, an image): the rest is then not downloaded. `unreadable`:
 * where bytes that are not UTF-8 were replaced (each piece is looked at as it comes, so a clean
 * download is not read a second time).
 */
export async function readResponse(
  response: Response,
  onProgress: OnProgress,
  check: (head: Uint8Array) => DatasetIssue | null = () => null,
  /** Each piece of the text as it is decoded, to be read while the rest arrives. */
  onPiece: (piece: string) => void = () => {},
): Promise<{ text: string; unreadable: DatasetIssue | null } | { error: DatasetIssue }> {
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const error = check(bytes.subarray(0, HEAD_BYTES));
    if (error) return { error };
    const read = decodeUtf8(bytes);
    onPiece(read.text);
    return read;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  /** Where the first piece with an unreadable character starts (-1: none yet). */
  let unreadableFrom = -1;
  const add = (piece: string) => {
    if (unreadableFrom < 0 && hasUnreadable(piece)) unreadableFrom = text.length;
    text += piece;
    onPiece(piece);
  };
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
    add(decoder.decode(value, { stream: true }));
    onProgress({ phase: "downloading", bytes, ...(total && { total }), rows: 0 });
  }
  add(decoder.decode());
  return {
    text,
    unreadable: unreadableFrom < 0 ? null : unreadableIssue(text, unreadableFrom),
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
