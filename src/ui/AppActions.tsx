import { createContext, useContext } from "react";
import type { DatasetSource } from "../store/datasetSlice";

export interface AppActions {
  /** Load a dataset (a file for `{ kind: "file" }`) and put it on show. */
  openSource: (source: DatasetSource, file?: File) => void;
}

export const AppActionsContext = createContext<AppActions>({ openSource: () => {} });

export function useAppActions(): AppActions {
  return useContext(AppActionsContext);
}
