/**
 * In a one-file copy, "the app's own dataset" is the one saved into the
 * page. It is checked like any other dataset: the file may have been edited.
 */
import { type ParseResult, parseDataset } from "../data/parseDataset";
import { readOfflineCopy } from "../offline/embeddedCopy";

export { withDefaults } from "./shippedDataset";

export async function loadShippedDataset(_url?: string): Promise<ParseResult> {
  const copy = readOfflineCopy();
  if (!copy) {
    return {
      ok: false,
      errors: [
        { path: "", message: "This page holds no dataset: it is an empty offline-copy template." },
      ],
    };
  }
  return parseDataset(copy.dataset, { fromJson: true });
}
