/**
 * In a one-file copy, "the app's own dataset" is the one saved into the
 * page. It is checked like any other dataset: the file may have been edited.
 */
import { fileIssue } from "../data/issues";
import { type ParseResult, parseDataset } from "../data/parseDataset";
import { readOfflineCopy } from "../offline/embeddedCopy";

export {
  shippedDataset,
  shippedLanguages,
  shippedLanguagesOf,
  withDefaults,
} from "./shippedDataset";

export async function loadShippedDataset(_lang?: string): Promise<ParseResult> {
  const copy = readOfflineCopy();
  if (!copy) {
    return {
      ok: false,
      errors: [fileIssue("emptyOfflineCopy")],
    };
  }
  return parseDataset(copy.dataset, { handedOver: true });
}
