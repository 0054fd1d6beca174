import { type DatasetIndex, indexDataset } from "../data/indexDataset";
import type { DatasetIssue } from "../data/issues";
import type { Dataset } from "../data/schema";
import type { SliceCreator } from "./types";

/** Where the shown dataset came from: the app's own, a `?data=` URL or a local file. */
export type DatasetSource =
  | { kind: "default" }
  | { kind: "url"; url: string }
  /** `pasted`: rows pasted into the open dialog, which travel as a file named "pasted rows". */
  | { kind: "file"; name: string; pasted?: true }
  /** The editor's draft, shown as it is typed. */
  | { kind: "draft" };

export type DatasetStatus = "loading" | "ready" | "error";

export interface DatasetSlice {
  status: DatasetStatus;
  /** The dataset on show; a failed load keeps the previous one. */
  index: DatasetIndex | null;
  source: DatasetSource;
  /** What is being loaded, or failed to load. */
  pendingSource: DatasetSource | null;
  /** Errors of a failed load, or what a partial load left out. */
  problems: DatasetIssue[];
  datasetLoading: (source: DatasetSource) => void;
  datasetLoaded: (dataset: Dataset, source: DatasetSource, warnings: DatasetIssue[]) => void;
  /** As `datasetLoaded`, for a dataset indexed already (by the dataset worker). */
  /** `fresh`: a dataset the reader opened (not a link's, nor Back's), whose view starts anew. */
  datasetIndexed: (
    index: DatasetIndex,
    source: DatasetSource,
    warnings: DatasetIssue[],
    fresh?: boolean,
  ) => void;
  datasetFailed: (source: DatasetSource, errors: DatasetIssue[]) => void;
  dismissProblems: () => void;
}

export const createDatasetSlice: SliceCreator<DatasetSlice> = (set, get) => ({
  status: "loading",
  index: null,
  source: { kind: "default" },
  pendingSource: null,
  problems: [],
  datasetLoading: (source) => set({ status: "loading", pendingSource: source, problems: [] }),
  datasetLoaded: (dataset, source, warnings) =>
    get().datasetIndexed(indexDataset(dataset), source, warnings),
  datasetIndexed: (index, source, warnings, fresh = false) =>
    set((state) => {
      // Selections that the new dataset does not have are dropped, not kept dangling; a dataset
      // opened afresh drops them all (the last one's `event-000514` opened the new one's).
      const keepEvent =
        !fresh && state.selectedEventId !== null && index.byId.has(state.selectedEventId);
      const keepPlace =
        !fresh && state.selectedPlaceId !== null && index.places.has(state.selectedPlaceId);
      return {
        status: "ready",
        index,
        source,
        pendingSource: null,
        problems: warnings,
        selectedEventId: keepEvent ? state.selectedEventId : null,
        selectedPlaceId: keepPlace ? state.selectedPlaceId : null,
        hoveredEventId: null,
        hoveredPlaceId: null,
      };
    }),
  datasetFailed: (source, errors) =>
    set({ status: "error", pendingSource: source, problems: errors }),
  dismissProblems: () =>
    set((state) => ({
      problems: [],
      pendingSource: null,
      status: state.index ? "ready" : state.status,
    })),
});
