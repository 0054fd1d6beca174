/**
 * What the page needs to know about a saved draft before the editor's own
 * code has loaded: where it is stored and whether there is one. Kept apart
 * from `draftStorage.ts`, whose reading validates (zod), so that the first
 * load of the page carries neither.
 */
import { DRAFT_KEY } from "./draftKey";

export { DRAFT_KEY };

/** What autosave needs of idb-keyval; tests pass a fake. */
export interface DraftStorage {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
  /**
   * A synchronous write, for `pagehide`, where an asynchronous one may not land (`unloadCopy.ts`):
   * false when it could not be made (a draft too large for localStorage).
   */
  setNow?: (key: string, value: unknown) => boolean;
}

/** Whether a saved draft exists (a refusing storage counts as none). */
export async function hasSavedDraft(storage: Pick<DraftStorage, "get">): Promise<boolean> {
  try {
    return (await storage.get(DRAFT_KEY)) !== undefined;
  } catch {
    return false;
  }
}
