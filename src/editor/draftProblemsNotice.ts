import { appStore } from "../store/appStore";
import { type Draft, draftHasStory } from "./draft";
import "./editorMessages";

/**
 * Items whose fields the format refuses as typed, and of them those never valid (left out of the
 * file). An undated item's texts count too: the file holds its last valid ones, as an event's.
 */
export function draftProblems(draft: Draft): { count: number; left: number } {
  let count = 0;
  let left = 0;
  for (const list of [draft.events, draft.places, draft.periods, draft.undated]) {
    for (const item of list) {
      if (item.valid === null) left++;
      if (item.valid === null || Object.keys(item.errors).length > 0) count++;
    }
  }
  return { count, left };
}

const DOWNLOAD_PROBLEMS_NOTICE = "editor-download-problems";

/**
 * After a draft is saved as a file, by the editor's Download JSON or the header's Download: an
 * item with a problem went in as it last was valid, and one never valid not at all, so the file
 * holds less than the form shows. Said (review 22 found a typed end date gone after opening the
 * file again; review 35 F9, the header's Download, said nothing).
 */
export function noticeDraftProblems(draft: Draft): void {
  const { count, left } = draftProblems(draft);
  const { notify, dismissNotice } = appStore.getState();
  // A file with nothing to show, which Open dataset and `npm run validate` refuse, is said first
  // (`draftHasStory`): a dateless story with its places deleted was downloaded without a word.
  const noStory = !draftHasStory(draft);
  if (count === 0 && !noStory) {
    dismissNotice(DOWNLOAD_PROBLEMS_NOTICE);
    return;
  }
  const undated = draft.undated.length;
  notify({
    id: DOWNLOAD_PROBLEMS_NOTICE,
    kind: "warning",
    text: (t) =>
      [
        noStory ? t("editor.downloadNoStory", { undated }) : "",
        count > 0 ? t("editor.downloadProblems", { count, left }) : "",
      ]
        .filter(Boolean)
        .join(" "),
  });
}
