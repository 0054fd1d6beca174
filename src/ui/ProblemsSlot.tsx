import { useEffect } from "react";
import { useAppStore } from "../store/appStore";
import { lazyPart, useLazyPart } from "./lazyPart";

/**
 * The list of a dataset's problems (`DatasetProblems`, with the wording of each problem) is a
 * chunk of its own: the shipped story has none, and it was 1.7 KB of the first load's gzip. A
 * load from a URL, a file or a draft fetches it as it starts, as it does the problems' messages
 * (datasetActions.ts), so a failure is shown as soon as it is known.
 */
const problemsPanel = lazyPart(
  "problems",
  () => import("./DatasetProblems"),
  (module) => module.DatasetProblems,
);

export function ProblemsSlot() {
  const shown = useAppStore((state) => state.problems.length > 0 && state.status !== "loading");
  const loadingOther = useAppStore(
    (state) =>
      state.status === "loading" &&
      state.pendingSource !== null &&
      state.pendingSource.kind !== "default",
  );
  useEffect(() => {
    if (loadingOther) problemsPanel.preload();
  }, [loadingOther]);
  const Panel = useLazyPart(problemsPanel, shown);
  return shown && Panel ? <Panel /> : null;
}
