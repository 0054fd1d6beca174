import "fake-indexeddb/auto";
import { IDBDatabase, IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { meetings, smallDataset } from "../test/fixtures";
import { type Draft, draftFromDataset, updateEvent } from "./draft";
import { chunkedDraftStorage } from "./draftChunks";
import { restoreDraft, serialiseDraft } from "./draftStorage";

const KEY = "draft:v1";

afterEach(() => vi.restoreAllMocks());

/** The browser's one database, and a tab's storage on it with chunks of two events. */
function browser() {
  const factory = new IDBFactory();
  const tab = () => chunkedDraftStorage(() => factory, 2);
  return { factory, tab };
}

/** Every key in the database's store. */
async function keysIn(factory: IDBFactory): Promise<string[]> {
  const storage = chunkedDraftStorage(() => factory);
  await storage.get("nothing");
  const db = await new Promise<IDBDatabase>((resolve) => {
    const request = factory.open("keyval-store");
    request.onsuccess = () => resolve(request.result);
  });
  const keys = await new Promise<IDBValidKey[]>((resolve) => {
    const request = db.transaction("keyval").objectStore("keyval").getAllKeys();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return keys.map(String).sort();
}

/** `change` done in one transaction on the store, as another version or a test does. */
async function onStore(factory: IDBFactory, change: (objects: IDBObjectStore) => void) {
  await chunkedDraftStorage(() => factory).get("nothing");
  const db = await new Promise<IDBDatabase>((resolve) => {
    const request = factory.open("keyval-store");
    request.onsuccess = () => resolve(request.result);
  });
  await new Promise((resolve) => {
    const transaction = db.transaction("keyval", "readwrite");
    change(transaction.objectStore("keyval"));
    transaction.oncomplete = resolve;
  });
  db.close();
}

/** The keys each `put` wrote, from now on. */
function watchPuts(): string[] {
  const keys: string[] = [];
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    keys.push(String(key));
    return put.call(this, value, key);
  });
  return keys;
}

const titles = (stored: unknown) => {
  const restored = restoreDraft(stored);
  if (!restored.ok) throw new Error(restored.reason.key);
  return restored.draft.events.map((event) => event.fields.title);
};

const retitled = (draft: Draft, index: number, title: string) =>
  updateEvent(draft, index, { title });

describe("the draft stored in chunks (review 34 F3)", () => {
  it("reads back as the whole stored draft, its events in order", async () => {
    const draft = draftFromDataset(smallDataset());
    const storage = browser().tab();
    const stored = serialiseDraft(draft, 5);
    await storage.set(KEY, stored);
    expect(await storage.get(KEY)).toEqual(stored);
    expect(draft.events.length).toBeGreaterThan(4);
  });

  it("writes only the chunk of the event that changed, with the head", async () => {
    const { tab } = browser();
    const storage = tab();
    const draft = draftFromDataset(smallDataset());
    await storage.set(KEY, serialiseDraft(draft, 1));
    const puts = watchPuts();
    const changed = retitled(draft, 3, "Changed");
    await storage.set(KEY, serialiseDraft(changed, 2));
    expect(puts).toEqual([expect.stringMatching(/^draft:v1:events:/), KEY]);
    expect(titles(await tab().get(KEY))[3]).toBe("Changed");
  });

  it("writes many new chunks ahead of the head, ten to a transaction, and each once", async () => {
    const { tab } = browser();
    const storage = tab();
    const draft = draftFromDataset(meetings());
    const chunks = Math.ceil(draft.events.length / 2);
    expect(chunks).toBeGreaterThan(10);
    const transaction = vi.spyOn(IDBDatabase.prototype, "transaction");
    const puts = watchPuts();
    await storage.set(KEY, serialiseDraft(draft, 1));
    const writes = transaction.mock.calls.filter(([, mode]) => mode === "readwrite");
    expect(writes).toHaveLength(Math.ceil(chunks / 10) + 1);
    expect(puts).toHaveLength(chunks + 1);
    expect(puts.at(-1)).toBe(KEY);
    expect(titles(await tab().get(KEY))).toHaveLength(draft.events.length);
  });

  it("saves in the order asked, a long save's head before a later one's", async () => {
    const { tab } = browser();
    const storage = tab();
    const draft = draftFromDataset(meetings());
    const first = storage.set(KEY, serialiseDraft(draft, 1));
    // The later one is short: one transaction, which would land first if it did not wait.
    const later = retitled({ ...draft, events: draft.events.slice(0, 4) }, 0, "Later");
    const second = storage.set(KEY, serialiseDraft(later, 2));
    await Promise.all([first, second]);
    const read = titles(await tab().get(KEY));
    expect(read).toHaveLength(4);
    expect(read[0]).toBe("Later");
  });

  it("removes the draft after a long save asked for before (Discard brought it back)", async () => {
    const { tab } = browser();
    const storage = tab();
    const saved = storage.set(KEY, serialiseDraft(draftFromDataset(meetings()), 1));
    const removed = storage.del(KEY);
    await Promise.all([saved, removed]);
    expect(await tab().get(KEY)).toBeUndefined();
  });

  it("writes every chunk again after the draft was read (what was read is not what it wrote)", async () => {
    const { tab } = browser();
    const storage = tab();
    const draft = draftFromDataset(smallDataset());
    await storage.set(KEY, serialiseDraft(draft, 1));
    await storage.get(KEY);
    const puts = watchPuts();
    await storage.set(KEY, serialiseDraft(draft, 2));
    expect(puts).toHaveLength(Math.ceil(draft.events.length / 2) + 1);
  });

  it("keeps a whole draft when another tab's save removed this tab's chunks in between", async () => {
    const { factory, tab } = browser();
    const a = tab();
    const b = tab();
    const draft = draftFromDataset(smallDataset());
    await a.set(KEY, serialiseDraft(draft, 1));
    await b.set(KEY, serialiseDraft(retitled(draft, 0, "B's"), 2));
    // A's chunks are gone: B's head does not list them.
    expect((await keysIn(factory)).filter((key) => key.includes(":events:"))).toHaveLength(
      Math.ceil(draft.events.length / 2),
    );
    await a.set(KEY, serialiseDraft(retitled(draft, 4, "A's"), 3));
    const read = titles(await tab().get(KEY));
    expect(read).toHaveLength(draft.events.length);
    expect(read[0]).toBe(draft.events[0]?.fields.title);
    expect(read[4]).toBe("A's");
  });

  it("removes the chunks a shorter draft no longer lists, and Discard removes them all", async () => {
    const { factory, tab } = browser();
    const storage = tab();
    const draft = draftFromDataset(smallDataset());
    await storage.set(KEY, serialiseDraft(draft, 1));
    const shorter: Draft = { ...draft, events: draft.events.slice(0, 3) };
    await storage.set(KEY, serialiseDraft(shorter, 2));
    expect(await keysIn(factory)).toEqual([
      KEY,
      expect.stringMatching(/^draft:v1:events:/),
      expect.stringMatching(/^draft:v1:events:/),
    ]);
    expect(titles(await storage.get(KEY))).toHaveLength(3);
    await storage.del(KEY);
    expect(await keysIn(factory)).toEqual([]);
    expect(await storage.get(KEY)).toBeUndefined();
  });

  it("stores a head an earlier version of the app refuses, not one it reads as a draft with no events", async () => {
    const { factory, tab } = browser();
    const stored = serialiseDraft(draftFromDataset(smallDataset()), 7);
    await tab().set(KEY, stored);
    let head: unknown;
    await onStore(factory, (objects) => {
      const request = objects.get(KEY);
      request.onsuccess = () => {
        head = request.result;
      };
    });
    expect(head).toMatchObject({ version: 3, format: 2, draft: { events: [] } });
    // What such a version does with it (its restoreDraft reads versions 1 and 2, as this one's).
    expect(restoreDraft(head)).toEqual({ ok: false, reason: { key: "editor.draftDamaged" } });
    expect(restoreDraft(await tab().get(KEY))).toMatchObject({ ok: true, savedAt: 7 });
  });

  it("reads a whole draft an earlier version stored as it is, and stores it in chunks", async () => {
    const { factory, tab } = browser();
    const stored = serialiseDraft(draftFromDataset(smallDataset()), 7);
    // What idb-keyval's `set` wrote: the draft under its key, events and all.
    await onStore(factory, (objects) => objects.put(stored, KEY));
    const storage = tab();
    expect(await storage.get(KEY)).toEqual(stored);
    await storage.set(KEY, stored);
    expect((await keysIn(factory)).length).toBe(1 + Math.ceil(stored.draft.events.length / 2));
    expect(await tab().get(KEY)).toEqual(stored);
  });

  it("says a draft whose chunk is missing is damaged, rather than reopening it cut", async () => {
    const { factory, tab } = browser();
    const storage = tab();
    await storage.set(KEY, serialiseDraft(draftFromDataset(smallDataset()), 1));
    const [chunk] = (await keysIn(factory)).filter((key) => key.includes(":events:"));
    await onStore(factory, (objects) => objects.delete(String(chunk)));
    expect(restoreDraft(await tab().get(KEY))).toEqual({
      ok: false,
      reason: { key: "editor.draftDamaged" },
    });
  });

  it("rejects when the browser refuses the write (storage full), and writes all at the next save", async () => {
    const { tab } = browser();
    const storage = tab();
    const draft = draftFromDataset(smallDataset());
    await storage.set(KEY, serialiseDraft(draft, 1));
    const put = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    await expect(
      storage.set(KEY, serialiseDraft(retitled(draft, 0, "X"), 2)),
    ).rejects.toMatchObject({
      name: "QuotaExceededError",
    });
    expect(titles(await tab().get(KEY))[0]).toBe(draft.events[0]?.fields.title);
    put.mockRestore();
    const puts = watchPuts();
    await storage.set(KEY, serialiseDraft(retitled(draft, 0, "X"), 3));
    expect(puts).toHaveLength(Math.ceil(draft.events.length / 2) + 1);
  });

  it("rejects when IndexedDB cannot be opened, and asks again at the next save", async () => {
    const open = vi.fn(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    const storage = chunkedDraftStorage(() => ({ open }) as unknown as IDBFactory);
    await expect(storage.set(KEY, { version: 1 })).rejects.toThrow("blocked");
    await expect(storage.get(KEY)).rejects.toThrow("blocked");
    expect(open).toHaveBeenCalledTimes(2);
  });
});

describe("serialiseDraft", () => {
  it("gives an unchanged event the same row at every save, and a changed one a new row", () => {
    const draft = draftFromDataset(smallDataset());
    const first = serialiseDraft(draft, 1).draft.events;
    const second = serialiseDraft(retitled(draft, 1, "New"), 2).draft.events;
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.fields.title).toBe("New");
    expect(second[2]).toBe(first[2]);
  });
});
