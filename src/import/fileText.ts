/**
 * A file's bytes as the text a dataset is read from, for the app's file and
 * download paths and the command line alike: refused first when the bytes are
 * no dataset's (`notADatasetBytes`), then read as UTF-8. Bytes that are not
 * UTF-8 (a CSV that Excel saved as "CSV (Comma delimited)" is Windows-1252,
 * or Shift-JIS in Japan) are replaced with U+FFFD by the decoder; that is said,
 * with the line of the first, rather than passed over. No other encoding is
 * guessed: the same bytes mean different letters in each.
 */
import { type DatasetIssue, fileIssue } from "../data/issues";
import { HEAD_BYTES, notADatasetBytes } from "./notADataset";

/** What a decoder writes for bytes it could not read. */
const REPLACEMENT = "\uFFFD";

/**
 * Where `text` holds a character that could not be read, as a warning naming its line; null when
 * it holds none. `from`: where to start looking (a download checks each piece as it arrives).
 * V8 answers at once for a text of only Latin-1 characters, so a clean file costs next to nothing.
 */
export function unreadableIssue(text: string, from = 0): DatasetIssue | null {
  const at = text.indexOf(REPLACEMENT, from);
  if (at < 0) return null;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return fileIssue("notUtf8", { line });
}

/** Whether a piece of decoded text holds a character that could not be read. */
export const hasUnreadable = (piece: string): boolean => piece.includes(REPLACEMENT);

/** `bytes` read as UTF-8, and where a character could not be read. */
export function decodeUtf8(bytes: Uint8Array): {
  text: string;
  unreadable: DatasetIssue | null;
} {
  const text = new TextDecoder().decode(bytes);
  return { text, unreadable: unreadableIssue(text) };
}

/** A result with what reading its text found said first: it explains what follows. */
export function withReadIssue<
  R extends { ok: true; warnings: DatasetIssue[] } | { ok: false; errors: DatasetIssue[] },
>(result: R, issue: DatasetIssue | null): R {
  if (!issue) return result;
  return result.ok
    ? { ...result, warnings: [issue, ...result.warnings] }
    : { ...result, errors: [issue, ...result.errors] };
}

/** A file's text, or why it is no dataset (an image, a workbook, UTF-16). */
export function textOfBytes(
  bytes: Uint8Array,
  name?: string,
): { text: string; unreadable: DatasetIssue | null } | { error: DatasetIssue } {
  const error = notADatasetBytes(bytes.subarray(0, HEAD_BYTES), name);
  return error ? { error } : decodeUtf8(bytes);
}
