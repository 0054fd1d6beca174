import "./editorMessages";
import type { AppStore } from "../store/appStore";

/**
 * A link to another dataset (`?data=`, an embed's Open full view) opens that dataset, and a
 * draft left in this browser waits instead of taking its place: it did, and the link's data
 * never showed (review 23). The notice says so and reopens the draft on the reader's word.
 */
export function sayDraftKept(store: AppStore, reopen: () => void): void {
  store.getState().notify({
    id: "draft-kept",
    kind: "info",
    text: (t) => t("editor.draftKept"),
    action: { label: (t) => t("editor.reopenDraft"), run: reopen },
  });
}
