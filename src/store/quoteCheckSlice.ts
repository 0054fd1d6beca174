import type { DatasetIndex } from "../data/indexDataset";
import type { QuoteCheck } from "../provenance/quoteCheck";
import type { SliceCreator } from "./types";

export interface QuoteCheckSlice {
  /** The browser's check of a dataset's quotes, for the dataset it was made for (`src/provenance`). */
  quoteCheck: { index: DatasetIndex; check: QuoteCheck } | null;
  setQuoteCheck: (index: DatasetIndex, check: QuoteCheck) => void;
}

export const createQuoteCheckSlice: SliceCreator<QuoteCheckSlice> = (set) => ({
  quoteCheck: null,
  setQuoteCheck: (index, check) => set({ quoteCheck: { index, check } }),
});
