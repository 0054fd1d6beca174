import { type ComponentType, use, useLayoutEffect } from "react";
import { onDemand } from "../ui/partFailed";
import { editorMounted } from "./editorFocus";

/** The panel, once its code has arrived: then it renders at once, with no fallback between. */
let loaded: ComponentType | null = null;

/**
 * The editor panel's code (its own chunk, which most readers never load): fetched on Edit's
 * hover or focus and awaited with the editor's session before editing begins, so that the
 * panel mounts in the same commit that takes Edit away. With `React.lazy` it suspended even
 * when loaded, and focus fell to the page while the chunk came (1.5 s on a slow line).
 */
export const loadEditorPanel = onDemand(
  "editor",
  () => import("./EditorPanel"),
  (module) => {
    loaded = module.EditorPanel;
    return loaded;
  },
);

/** Fetch the panel's code ahead of a likely press; a failure is for the press to report. */
export function preloadEditorPanel(): void {
  loadEditorPanel().catch(() => {});
}

/** The editor panel in the details region; suspends only while its code is still to come. */
export function EditorPanelSlot() {
  // After the panel's own layout: its heading is there to take focus as Edit goes.
  useLayoutEffect(() => editorMounted(), []);
  // No hook after this line. When `use` waits, React replays this render once the code has
  // come, and `loaded` is set by then, so the replay skips `use`: a hook after it would be one
  // the first attempt never called (React's #467, recovered from as #520 on a restored draft).
  const Panel = loaded ?? use(loadEditorPanel());
  return <Panel />;
}
