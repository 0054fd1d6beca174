import { useMemo } from "react";
import { type DatasetIssue, quotedText } from "../data/issues";
import { useAppStore } from "../store/appStore";
import { type DraftList, duplicateIdOf } from "./draft";

const CODE = {
  events: "duplicateEventId",
  places: "duplicatePlaceId",
  periods: "duplicatePeriodId",
} as const satisfies Record<DraftList, DatasetIssue["code"]>;

/**
 * The problem of a draft item whose id an earlier item of its kind has: the story leaves it out
 * until it has an id of its own, and its form says so under the id (undefined when it has one).
 */
export function useDuplicateId(list: DraftList, index: number): DatasetIssue | undefined {
  // The id (a string), not a new issue per call: the store's selector must give a stable value.
  const id = useAppStore((state) =>
    state.editor ? duplicateIdOf(state.editor.history.present, list, index) : null,
  );
  return useMemo(
    () =>
      id === null
        ? undefined
        : {
            path: "id",
            code: CODE[list],
            params: { id: quotedText(id, Number.POSITIVE_INFINITY) },
          },
    [id, list],
  );
}
