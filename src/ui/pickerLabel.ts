import "./panelMessages";
import type { DatasetSource } from "../store/datasetSlice";

/**
 * The words of the picker a failed load offers, as the failed dataset came: another file after a
 * file, another dataset after an address, pasted rows or the default. A broken `?data=` address
 * was offered "Open another file…", though no file had been opened (review 37 R9).
 */
export function pickerLabelKey(
  source: DatasetSource | null,
): "problems.openAnotherFile" | "problems.openAnotherDataset" {
  return source?.kind === "file" && !source.pasted
    ? "problems.openAnotherFile"
    : "problems.openAnotherDataset";
}
