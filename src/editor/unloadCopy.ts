/**
 * IndexedDB writes are asynchronous, and one begun as the page unloads does
 * not land: a reload within autosave's 300 ms brought the draft back without
 * the last typing (seen in Chromium, e2e "a reload right after typing").
 * So `pagehide` also writes the draft to localStorage, which is synchronous;
 * reading takes whichever copy was saved later, and the next IndexedDB save
 * (or a delete) removes the copy. A draft too large for localStorage cannot be
 * copied: the page asks before it goes while its save is pending (review 34 F1).
 */
import { isRecord } from "../data/isRecord";
import { type DraftStorage, unloadCopyKey } from "./savedDraft";

const savedAtOf = (value: unknown): number =>
  isRecord(value) && typeof value.savedAt === "number" ? value.savedAt : Number.NEGATIVE_INFINITY;

/** `storage` with a synchronous copy in `local` for `pagehide` (null: no localStorage). */
export function withUnloadCopy(
  storage: DraftStorage,
  local: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null,
): DraftStorage {
  const readCopy = (key: string): unknown => {
    try {
      const text = local?.getItem(unloadCopyKey(key));
      return text === null || text === undefined ? undefined : JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  const dropCopy = (key: string) => {
    try {
      local?.removeItem(unloadCopyKey(key));
    } catch {
      // A refusing localStorage holds no copy to drop.
    }
  };
  return {
    get: async (key) => {
      const copy = readCopy(key);
      let stored: unknown;
      try {
        stored = await storage.get(key);
      } catch (error) {
        if (copy === undefined) throw error;
        return copy;
      }
      return copy !== undefined && savedAtOf(copy) > savedAtOf(stored) ? copy : stored;
    },
    set: async (key, value) => {
      await storage.set(key, value);
      // A copy written while this save was under way (the page hid with a newer draft) stays:
      // the save begun then may not land before the page goes.
      if (savedAtOf(readCopy(key)) <= savedAtOf(value)) dropCopy(key);
    },
    del: async (key) => {
      dropCopy(key);
      await storage.del(key);
    },
    setNow: (key, value) => {
      try {
        local?.setItem(unloadCopyKey(key), JSON.stringify(value));
        return Boolean(local);
      } catch {
        // Full or refused (a draft of ~5,000 events is over Chromium's 10 M characters): the page
        // asks before it goes while a save is pending (`bindEditor.ts`).
        return false;
      }
    },
  };
}
