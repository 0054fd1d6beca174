/** A one-file copy has no template to fill: it cannot make copies of itself. */
import type { AppState } from "../store/types";

export interface PreparedFile {
  blob: Blob;
  fileName: string;
}

export async function prepareOfflineCopy(_state: AppState): Promise<PreparedFile> {
  throw new Error("an offline copy cannot make copies of itself: make one from the site");
}
