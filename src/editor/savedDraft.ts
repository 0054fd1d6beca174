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

/** Where `pagehide` copies the draft in localStorage (`unloadCopy.ts`). */
export const unloadCopyKey = (key: string) => `${key}:unload`;

/**
 * Whether a saved draft exists: in IndexedDB (`get`, its head, `draftChunks.ts`) or as the page's
 * copy in `local` (a refusing storage counts as none).
 */
export async function hasSavedDraft(
  get: (key: string) => Promise<unknown>,
  local: Pick<Storage, "getItem"> | null,
): Promise<boolean> {
  try {
    const stored = await get(DRAFT_KEY).catch(() => undefined);
    return stored !== undefined || typeof local?.getItem(unloadCopyKey(DRAFT_KEY)) === "string";
  } catch {
    return false;
  }
}

/** The page's localStorage, or null where reading it throws (storage blocked, a sandboxed frame). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
