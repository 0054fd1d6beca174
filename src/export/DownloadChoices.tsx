import "../ui/panelMessages";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Dataset } from "../data/schema";
import { completeShippedDataset } from "../load/shippedLanguagesInStore";
import { appStore, useAppStore } from "../store/appStore";
import { fileNameOf, saveText } from "../ui/download";
import { leftOutOfCsv } from "./leftOutOfCsv";

// Labels are message keys. Loaded on use: the writers (and Papa Parse) stay out of the first download.
const CHOICES = [
  {
    label: "download.json",
    extension: "json",
    type: "application/json",
    write: async (dataset: Dataset) => (await import("./toJson")).toJson(dataset),
  },
  {
    label: "download.csv",
    extension: "csv",
    type: "text/csv",
    write: async (dataset: Dataset) => (await import("./toCsv")).toCsv(dataset),
  },
  {
    label: "download.geojson",
    extension: "geojson",
    type: "application/geo+json",
    write: async (dataset: Dataset) => (await import("./toGeoJson")).toGeoJson(dataset),
  },
] as const;

/**
 * The Download menu's choices (a chunk of its own, loaded on the menu's first hover, focus or
 * press, with the code that saves): the dataset on show as JSON, CSV or GeoJSON.
 */
export function DownloadChoices({ close }: { close: () => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  const dataset = useAppStore((state) => state.index?.dataset ?? null);
  if (!dataset) return null;
  const leftOut = leftOutOfCsv(dataset) ?? "none";
  return (
    <>
      {CHOICES.map((choice) => (
        <li key={choice.extension}>
          <button
            type="button"
            aria-describedby={choice.extension !== "json" ? hintId : undefined}
            onClick={async () => {
              close();
              // Saved in every language, not only those fetched so far; never without them.
              try {
                await completeShippedDataset(appStore);
              } catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                appStore.getState().notify({
                  id: "download",
                  kind: "error",
                  text: (t) => t("download.failed", { reason }),
                });
                return;
              }
              const whole = appStore.getState().index?.dataset ?? dataset;
              const text = await choice.write(whole);
              saveText(text, fileNameOf(whole.meta.title, choice.extension), choice.type);
              // A draft on show: what the file could not hold of it is said, as the editor's own
              // Download says it (review 35 F9: a typed title was lost with no word).
              const draft = appStore.getState().editor?.history.present;
              if (draft) (await import("../editor/draftProblemsNotice")).noticeDraftProblems(draft);
            }}
          >
            {t(choice.label)}
          </button>
        </li>
      ))}
      {/* Always: every story has places, whose statuses and notes neither keeps (review 24). */}
      <li>
        <p id={hintId} className="save-menu-hint">
          {t("download.leftOut", { kind: leftOut })}
        </p>
      </li>
    </>
  );
}
