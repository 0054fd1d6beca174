import { t } from "../i18n/i18n";
import type { DatasetSource } from "./datasetSlice";

/** A dataset's source in a sentence ("Could not open {source}"), and while it loads. */
export function describeSource(source: DatasetSource | null): string {
  if (!source || source.kind === "default") return t("problems.defaultDataset");
  if (source.kind === "url") return source.url;
  if (source.kind === "draft") return t("problems.draft");
  if (source.pasted) return t("problems.pasted");
  // A link's `file=1` says a file was on show, not which.
  return source.name === "" ? t("problems.unnamedFile") : t("problems.file", { name: source.name });
}
