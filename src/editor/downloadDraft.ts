import { toJson } from "../export/toJson";
import { appStore } from "../store/appStore";
import { fileNameOf, saveText } from "../ui/download";
import { type Draft, draftDataset } from "./draft";
import "./editorMessages";

/** Items whose fields the format refuses as typed, and of them those never valid (left out of the file). */
export function draftProblems(draft: Draft): { count: number; left: number } {
  let count = 0;
  let left = 0;
  for (const list of [draft.events, draft.places, draft.periods]) {
    for (const item of list) {
      if (item.valid === null) left++;
      if (item.valid === null || Object.keys(item.errors).length > 0) count++;
    }
  }
  return { count, left };
}

/**
 * The draft saved as a file in the dataset format, named by its title (it passes `npm run
 * validate`). An item with a problem goes in as it last was valid, and one never valid not at
 * all: a notice says so, since the file then holds less than the form shows (review 22 found
 * its typed end date gone after opening the file again, with nothing said).
 */
export function downloadDraft(draft: Draft): void {
  saveText(toJson(draftDataset(draft)), fileNameOf(draft.meta.title, "json"), "application/json");
  const { count, left } = draftProblems(draft);
  const { notify, dismissNotice } = appStore.getState();
  if (count === 0) {
    dismissNotice(DOWNLOAD_PROBLEMS_NOTICE);
    return;
  }
  notify({
    id: DOWNLOAD_PROBLEMS_NOTICE,
    kind: "warning",
    text: (t) => t("editor.downloadProblems", { count, left }),
  });
}

const DOWNLOAD_PROBLEMS_NOTICE = "editor-download-problems";
