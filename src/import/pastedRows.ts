import type { DatasetSource } from "../store/datasetSlice";

/**
 * Rows pasted into the open dialog travel as a File (one path for reading, progress and Back),
 * but are named as what they are: the reader pasted them, no file was opened.
 */
const pastedFiles = new WeakSet<File>();

/** A File of pasted rows, known as such by `fileSource`. */
export function pastedRowsFile(text: string, name: string): File {
  const file = new File([text], name, { type: "text/plain" });
  pastedFiles.add(file);
  return file;
}

export const isPastedRows = (file: File): boolean => pastedFiles.has(file);

/** The source of a local file, or of pasted rows. */
export function fileSource(file: File): DatasetSource {
  return isPastedRows(file)
    ? { kind: "file", name: file.name, pasted: true }
    : { kind: "file", name: file.name };
}
