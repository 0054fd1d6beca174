/** In a one-file copy there is no worker file to start: datasets load on the page. */
import { indexResult, type LoadResult } from "./datasetAnswer";
import { type DatasetRequest, loadDatasetHere } from "./loadDatasetHere";

export type { DatasetRequest, LoadResult };

export async function loadDataset(request: DatasetRequest): Promise<LoadResult> {
  return indexResult(await loadDatasetHere(request));
}
