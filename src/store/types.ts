import type { StateCreator } from "zustand";
import type { DatasetSlice } from "./datasetSlice";
import type { EditorSlice } from "./editorSlice";
import type { FilterSlice } from "./filterSlice";
import type { LanguageSlice } from "./languageSlice";
import type { QuoteCheckSlice } from "./quoteCheckSlice";
import type { SelectionSlice } from "./selectionSlice";
import type { StorySlice } from "./storySlice";
import type { TimeWindowSlice } from "./timeWindowSlice";
import type { ViewSlice } from "./viewSlice";

export type AppState = DatasetSlice &
  SelectionSlice &
  TimeWindowSlice &
  FilterSlice &
  ViewSlice &
  StorySlice &
  EditorSlice &
  QuoteCheckSlice &
  LanguageSlice;

/** A slice of the one store; middleware is applied only at the root. */
export type SliceCreator<Slice> = StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  Slice
>;
