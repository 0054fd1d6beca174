/** A one-file copy has no template to fill: it cannot make copies of itself. */
import type { AppState } from "../store/types";
import { SaveError } from "./saveError";

export interface PreparedFile {
  blob: Blob;
  fileName: string;
}

export async function prepareOfflineCopy(_state: AppState): Promise<PreparedFile> {
  throw new SaveError("copyOfCopy");
}
