import type { DraftStorage } from "../editor/savedDraft";

/** IndexedDB's draft storage in memory for unit tests: values are cloned in and out, as IndexedDB does. */
export function memoryDraftStorage(): DraftStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    del: async (key) => {
      data.delete(key);
    },
  };
}
