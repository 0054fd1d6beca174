import { describe, expect, it } from "vitest";
import { memoryDraftStorage } from "../test/memoryDraftStorage";
import { withUnloadCopy } from "./unloadCopy";

function local(): Pick<Storage, "getItem" | "setItem" | "removeItem"> & {
  items: Map<string, string>;
} {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

describe("withUnloadCopy", () => {
  it("reads the copy written at pagehide when it is newer than the IndexedDB draft", async () => {
    const store = memoryDraftStorage();
    store.data.set("draft", { savedAt: 1, text: "before" });
    const storage = withUnloadCopy(store, local());
    storage.setNow?.("draft", { savedAt: 2, text: "typed last" });
    expect(await storage.get("draft")).toEqual({ savedAt: 2, text: "typed last" });
  });

  it("reads the IndexedDB draft when it was saved after the copy, and with no copy", async () => {
    const store = memoryDraftStorage();
    const storage = withUnloadCopy(store, local());
    expect(await storage.get("draft")).toBeUndefined();
    storage.setNow?.("draft", { savedAt: 2 });
    store.data.set("draft", { savedAt: 3 });
    expect(await storage.get("draft")).toEqual({ savedAt: 3 });
  });

  it("drops the copy once IndexedDB has saved, and on delete", async () => {
    const items = local();
    const storage = withUnloadCopy(memoryDraftStorage(), items);
    storage.setNow?.("draft", { savedAt: 2 });
    expect(items.items.size).toBe(1);
    await storage.set("draft", { savedAt: 3 });
    expect(items.items.size).toBe(0);
    storage.setNow?.("draft", { savedAt: 4 });
    await storage.del("draft");
    expect(items.items.size).toBe(0);
    expect(await storage.get("draft")).toBeUndefined();
  });

  it("keeps a copy written while an earlier save was under way: the page may go before the later one lands", async () => {
    const items = local();
    const storage = withUnloadCopy(memoryDraftStorage(), items);
    // An autosave of the draft as it was (savedAt 3) is writing when the page hides with a newer
    // one: the copy (savedAt 4) is written, and the earlier save's end must not drop it.
    const earlier = storage.set("draft", { savedAt: 3, text: "undone" });
    storage.setNow?.("draft", { savedAt: 4, text: "redone" });
    await earlier;
    expect(await storage.get("draft")).toEqual({ savedAt: 4, text: "redone" });
    await storage.set("draft", { savedAt: 5, text: "redone" });
    expect(items.items.size).toBe(0);
  });

  it("falls back to the copy when IndexedDB refuses, and survives a full or broken localStorage", async () => {
    const refusing = memoryDraftStorage();
    refusing.get = async () => {
      throw new Error("refused");
    };
    const items = local();
    const storage = withUnloadCopy(refusing, items);
    await expect(storage.get("draft")).rejects.toThrow("refused");
    storage.setNow?.("draft", { savedAt: 5 });
    expect(await storage.get("draft")).toEqual({ savedAt: 5 });

    items.items.set("draft:unload", "{not json");
    expect(await withUnloadCopy(memoryDraftStorage(), items).get("draft")).toBeUndefined();
    const full = local();
    full.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(withUnloadCopy(memoryDraftStorage(), full).setNow?.("draft", { savedAt: 1 })).toBe(
      false,
    );
    expect(withUnloadCopy(memoryDraftStorage(), null).setNow?.("draft", { savedAt: 1 })).toBe(
      false,
    );
    expect(withUnloadCopy(memoryDraftStorage(), local()).setNow?.("draft", { savedAt: 1 })).toBe(
      true,
    );
    expect(await withUnloadCopy(memoryDraftStorage(), null).get("draft")).toBeUndefined();
  });
});
