import { useStore } from "zustand";
import { subscribeWithSelector } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { createDatasetSlice } from "./datasetSlice";
import { createEditorSlice } from "./editorSlice";
import { createFilterSlice } from "./filterSlice";
import { createLanguageSlice } from "./languageSlice";
import { createQuoteCheckSlice } from "./quoteCheckSlice";
import { createSelectionSlice } from "./selectionSlice";
import { createStorySlice } from "./storySlice";
import { createTimeWindowSlice } from "./timeWindowSlice";
import type { AppState } from "./types";
import { createViewSlice } from "./viewSlice";

/** A fresh store: the app makes one, each test makes its own. */
export function createAppStore() {
  return createStore<AppState>()(
    subscribeWithSelector((...args) => ({
      ...createDatasetSlice(...args),
      ...createSelectionSlice(...args),
      ...createTimeWindowSlice(...args),
      ...createFilterSlice(...args),
      ...createViewSlice(...args),
      ...createStorySlice(...args),
      ...createEditorSlice(...args),
      ...createQuoteCheckSlice(...args),
      ...createLanguageSlice(...args),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's one store. Code outside React subscribes to it with a selector. */
export const appStore = createAppStore();

/** Read one narrow slice of the store in a component. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
