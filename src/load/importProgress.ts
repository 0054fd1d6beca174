/** How far an import has got: posted by the dataset worker, shown by the progress bar. */
export type ImportPhase = "downloading" | "reading" | "parsing" | "checking" | "indexing";

export interface ImportProgress {
  phase: ImportPhase;
  /** Bytes downloaded, read or parsed so far. */
  bytes: number;
  /** All the bytes, when known (a file's size, a response's Content-Length). */
  total?: number;
  /** Rows read so far (CSV and TSV); while indexing, events indexed so far, of `total`. */
  rows: number;
}

export type OnProgress = (progress: ImportProgress) => void;

/** The worker's message for progress; its final answer has `ok` instead. */
/** The worker's clock (ms since the epoch) when a URL's bytes had all arrived. */
export interface FetchedMessage {
  fetchedAt: number;
}

export interface ProgressMessage {
  progress: ImportProgress;
}
