import { createContext, useContext } from "react";

export interface EditorActions {
  /** Open edit mode: resume the saved draft, or start one from the dataset on show. */
  startEditing: () => Promise<void>;
  /** Forget the saved draft, leave edit mode and return to the published story. */
  discardDraft: () => Promise<void>;
}

export const EditorActionsContext = createContext<EditorActions>({
  startEditing: async () => {},
  discardDraft: async () => {},
});

export function useEditorActions(): EditorActions {
  return useContext(EditorActionsContext);
}
