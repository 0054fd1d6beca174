import { toJson } from "../export/toJson";
import { fileNameOf, saveText } from "../ui/download";
import { type Draft, draftDataset } from "./draft";
import { noticeDraftProblems } from "./draftProblemsNotice";

/**
 * The draft saved as a file in the dataset format, named by its title (it passes `npm run
 * validate`), and what it could not hold said (`noticeDraftProblems`).
 */
export function downloadDraft(draft: Draft): void {
  saveText(toJson(draftDataset(draft)), fileNameOf(draft.meta.title, "json"), "application/json");
  noticeDraftProblems(draft);
}
