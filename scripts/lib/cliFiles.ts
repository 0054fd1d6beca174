/**
 * What `npm run validate` and `npm run convert` share: a file's bytes read as
 * the app reads an opened file (`importBytes`: an image, a workbook or UTF-16
 * refused with the app's advice; bytes that are not UTF-8 said), `-` read as
 * stdin, a written file's failure in one line, counts in words, a closed pipe
 * left quietly, and what CSV and GeoJSON leave out, as the Download menu says it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { translateEnglish } from "../../src/data/issueEnglish";
import type { Dataset } from "../../src/data/schema";
import { leftOutOfCsv } from "../../src/export/leftOutOfCsv";
import { textOfBytes, withReadIssue } from "../../src/import/fileText";
import { type ImportResult, importText } from "../../src/import/importDataset";

/** The file name that stands for stdin, as Unix tools take it. */
export const STDIN = "-";

/** A path as a message names it: "stdin" for `-`. */
export const shownPath = (path: string): string => (path === STDIN ? "stdin" : path);

/**
 * Leaves quietly, as a Unix tool does, when whoever reads the output stops early
 * (`convert big.csv | head -c 100` closed the pipe: Node printed "write EPIPE" and a stack trace).
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** What CSV and GeoJSON leave out of `dataset`, in the Download menu's words (`download.leftOut`). */
export function leftOutNote(dataset: Pick<Dataset, "periods" | "meta">): string {
  return translateEnglish("download.leftOut", { kind: leftOutOfCsv(dataset) ?? "none" });
}

/** "1 event", "2 events". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * Why the file at `path` could not be written or read, in a few words (Node's message names the
 * system call and its code).
 */
export function fileFailure(error: unknown, path: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return existsSync(dirname(path)) ? "no file can be made there" : "no such folder";
    case "EISDIR":
      return "it is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "the disk is full";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A file's bytes (stdin's for `-`), or why they cannot be read (a missing file, a folder). */
export function readBytes(path: string): Uint8Array | { failure: string } {
  try {
    return readFileSync(path === STDIN ? 0 : path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return { failure: code === "ENOENT" ? "no such file" : fileFailure(error, path) };
  }
}

/** A dataset file's bytes imported as the app imports an opened file, and the text it read. */
export function importFileBytes(
  bytes: Uint8Array,
  name: string,
): { result: ImportResult; text: string | null } {
  const read = textOfBytes(bytes, name);
  if ("error" in read) return { result: { ok: false, errors: [read.error] }, text: null };
  return { result: withReadIssue(importText(read.text, name), read.unreadable), text: read.text };
}
