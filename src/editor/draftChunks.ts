/**
 * The draft in IndexedDB as a head and chunks of events, so that a change writes the chunk it
 * changed, not the whole draft: at 100,000 events each save was one task of ~1.9 s here, 1.4 s
 * of it the `put`'s copy of the draft (review 34 F3). The head is the stored draft with its events
 * left out and the keys of their chunks listed; it lies where a whole draft did (`DRAFT_KEY`, in
 * idb-keyval's database, where the first load looks for it), and a whole draft stored there by an
 * earlier version reads as before.
 *
 * A save ends in one transaction: the chunks it changed, any of its chunks another tab's save
 * removed, the head, and the removal of chunks the head no longer lists (another tab's, a shorter
 * draft's). New rows get a new key, never an old chunk's, so many new chunks can be written ahead
 * of that transaction while the head before them stays whole. "Changed" is by identity: the stored
 * rows of unchanged events are the same objects from save to save (`serialiseDraft`).
 */
import { isRecord } from "../data/isRecord";
import type { DraftStorage } from "./savedDraft";

/** idb-keyval's database and store, where main.tsx looks for a saved draft. */
const DATABASE = "keyval-store";
const STORE = "keyval";
/** Events in a chunk: one event's edit rewrites ~1,000 rows (about 10 ms here). */
export const CHUNK_EVENTS = 1000;
/**
 * The head's own version: an earlier version of the app, in another tab through an update, reads
 * it as a draft "from another version" and refuses it, where it would have reopened the head as a
 * draft with no events (and saved that). The stored draft's own version is kept as `format`.
 * Above every version a stored draft has had (`draftStorage.ts`), so no version reads it as one.
 */
const HEAD_VERSION = 3;
/** New chunks written in one transaction ahead of the head, when there are more (~150 ms here). */
const BATCH_CHUNKS = 10;

interface Written {
  key: string;
  rows: readonly unknown[];
}

const chunkPrefix = (key: string) => `${key}:events:`;
const chunkRange = (key: string) =>
  IDBKeyRange.bound(chunkPrefix(key), `${chunkPrefix(key)}\uffff`);

/** Whether every row of `rows` is the very row written before in its place. */
function sameRows(rows: readonly unknown[], written: Written | undefined): boolean {
  if (!written || written.rows.length !== rows.length) return false;
  return rows.every((row, i) => row === written.rows[i]);
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A failed request aborts the transaction, whose `error` then says why.
    transaction.onabort = () =>
      reject(transaction.error ?? new DOMException("aborted", "AbortError"));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Draft storage in chunks; `factory` is the browser's IndexedDB unless a test gives another. */
export function chunkedDraftStorage(
  factory: () => IDBFactory = () => indexedDB,
  chunkEvents = CHUNK_EVENTS,
): DraftStorage {
  const tab = Math.random().toString(36).slice(2, 10);
  let database: Promise<IDBDatabase> | null = null;
  /** The chunks this tab last wrote, by key of the draft. */
  const written = new Map<string, Written[]>();
  let generation = 0;

  const store = async (mode: IDBTransactionMode) => {
    database ??= openDatabase(factory()).then(
      (db) => {
        db.onclose = () => {
          database = null;
        };
        return db;
      },
      (error: unknown) => {
        // Refused now (private mode, a blocked frame) is not refused for good: the next save asks again.
        database = null;
        throw error;
      },
    );
    const transaction = (await database).transaction(STORE, mode);
    return { transaction, objects: transaction.objectStore(STORE) };
  };

  /** Writes `chunks` in a transaction of their own; what a `put` threw is the reason it failed. */
  const writeChunks = async (chunks: readonly Written[]) => {
    const { transaction, objects } = await store("readwrite");
    const complete = done(transaction);
    try {
      for (const chunk of chunks) objects.put(chunk.rows, chunk.key);
    } catch (error) {
      transaction.abort();
      await complete.catch(() => {});
      throw error;
    }
    await complete;
  };

  const save = async (key: string, value: unknown) => {
    const draft = isRecord(value) && isRecord(value.draft) ? value.draft : null;
    const rows: unknown = draft?.events;
    if (!isRecord(value) || !draft || !Array.isArray(rows)) {
      const { transaction, objects } = await store("readwrite");
      objects.put(value, key);
      return done(transaction);
    }
    const before = written.get(key) ?? [];
    written.delete(key);
    const chunks: Written[] = [];
    const fresh = new Set<Written>();
    for (let start = 0, i = 0; start < rows.length; start += chunkEvents, i++) {
      const slice = rows.slice(start, start + chunkEvents);
      const kept = before[i];
      if (kept && sameRows(slice, kept)) chunks.push(kept);
      else {
        // A new key for new rows: the head that lists the old chunk stays whole till the new head lands.
        const chunk = { key: `${chunkPrefix(key)}${tab}:${generation++}`, rows: slice };
        chunks.push(chunk);
        fresh.add(chunk);
      }
    }
    // Many new chunks (Edit's first save, a change to every event) go ahead of the head a few
    // transactions at a time, each its own task: 100 chunks in one were a task of 1.2–1.5 s here.
    const ahead = fresh.size > BATCH_CHUNKS ? [...fresh] : [];
    for (let at = 0; at < ahead.length; at += BATCH_CHUNKS) {
      await writeChunks(ahead.slice(at, at + BATCH_CHUNKS));
    }
    const { transaction, objects } = await store("readwrite");
    const complete = done(transaction);
    const head = {
      ...value,
      version: HEAD_VERSION,
      format: value.version,
      draft: { ...draft, events: [] },
      eventChunks: chunks.map((c) => c.key),
    };
    const listed = new Set(head.eventChunks);
    const request = objects.getAllKeys(chunkRange(key));
    // What a write threw (a value it cannot store): the transaction is undone, and it is the reason.
    let refused: unknown = null;
    request.onsuccess = () => {
      try {
        const present = new Set(request.result.map(String));
        // A chunk not written yet, or removed since by another tab's save (it lists its own).
        for (const chunk of chunks) {
          if ((fresh.has(chunk) && ahead.length === 0) || !present.has(chunk.key)) {
            objects.put(chunk.rows, chunk.key);
          }
        }
        objects.put(head, key);
        for (const old of present) if (!listed.has(old)) objects.delete(old);
      } catch (error) {
        refused = error;
        transaction.abort();
      }
    };
    await complete.catch((error: unknown) => {
      throw refused ?? error;
    });
    written.set(key, chunks);
  };

  const remove = async (key: string) => {
    const { transaction, objects } = await store("readwrite");
    objects.delete(key);
    objects.delete(chunkRange(key));
    written.delete(key);
    await done(transaction);
  };

  // One save or removal at a time, in the order asked: a save written in several transactions must
  // not land its head after a later save's, nor after Discard's removal (the draft came back).
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = (run: () => Promise<void>): Promise<void> => {
    const turn = queue.then(run);
    queue = turn.catch(() => {});
    return turn;
  };

  return {
    get: async (key) => {
      const { transaction, objects } = await store("readonly");
      const complete = done(transaction);
      let head: unknown;
      let keys: string[] | null = null;
      const chunks: unknown[] = [];
      const request = objects.get(key);
      request.onsuccess = () => {
        head = request.result;
        if (!isRecord(head) || !Array.isArray(head.eventChunks)) return;
        keys = head.eventChunks.map(String);
        keys.forEach((chunkKey, i) => {
          const chunk = objects.get(chunkKey);
          chunk.onsuccess = () => {
            chunks[i] = chunk.result;
          };
        });
      };
      await complete;
      // What was read is not what this tab wrote: its next save writes every chunk.
      written.delete(key);
      if (!keys || !isRecord(head) || !isRecord(head.draft)) return head;
      const { eventChunks: _, format, ...rest } = head;
      // A chunk gone (it cannot be, a save being one transaction): the draft is damaged, not cut.
      if (chunks.length !== (keys as string[]).length || !chunks.every(Array.isArray)) {
        return { ...rest, version: format, draft: null };
      }
      const events = (chunks as unknown[][]).flat();
      return { ...rest, version: format, draft: { ...head.draft, events } };
    },
    set: (key, value) => inTurn(() => save(key, value)),
    del: (key) => inTurn(() => remove(key)),
  };
}
