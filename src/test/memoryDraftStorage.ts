import type { DraftStorage } from "../editor/savedDraft";

/** IndexedDB's draft storage in memory for unit tests: values are cloned as IndexedDB clones them. */
export function memoryDraftStorage(): DraftStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    del: async (key) => {
      data.delete(key);
    },
  };
}
