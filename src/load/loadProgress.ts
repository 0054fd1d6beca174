/**
 * The load in progress, if any: how far it has got and how to cancel it.
 * Its own small store, apart from the app's: progress changes many times a
 * second and nothing else needs to hear of it.
 */
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import type { ImportProgress } from "./importProgress";

export interface LoadProgressState {
  /** What is being opened ("the file events.csv"); null when nothing is. */
  label: string | null;
  progress: ImportProgress | null;
  cancel: (() => void) | null;
}

export const loadProgressStore = createStore<LoadProgressState>()(() => ({
  label: null,
  progress: null,
  cancel: null,
}));

export function useLoadProgress<T>(selector: (state: LoadProgressState) => T): T {
  return useStore(loadProgressStore, selector);
}
