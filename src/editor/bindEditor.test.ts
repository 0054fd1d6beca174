import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "../store/appStore";
import { readingOrder } from "../story/readingOrder";
import { readingOrderMade } from "../story/storyOrder";
import { smallDataset } from "../test/fixtures";
import { memoryDraftStorage } from "../test/memoryDraftStorage";
import { worded } from "../test/notices";
import { settleWithTimers } from "../test/settleWithTimers";
import {
  AUTOSAVE_DELAY_MS,
  bindAutosave,
  bindDraftLeftBehind,
  bindDraftPreview,
  PREVIEW_DELAY_MS,
  restoreSavedDraft,
} from "./bindEditor";
import { draftFromDataset, setTitle, updateEvent } from "./draft";
import { restoreDraft } from "./draftStorage";
import { DRAFT_KEY } from "./savedDraft";

const fakeWindow = () => new EventTarget() as unknown as Window;

/** A browser's `beforeunload` event, whose `returnValue` a page may set (Node's Event's is read-only). */
class BeforeUnload extends Event {
  override returnValue = true;
}

/** Whether the page asks before it goes: its `beforeunload` is cancelled. */
function asksBeforeLeaving(win: Window): boolean {
  const event = new BeforeUnload("beforeunload", { cancelable: true });
  win.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The title of a stored draft. */
function restoreDraftTitle(stored: unknown): string | undefined {
  const restored = restoreDraft(stored);
  return restored.ok ? restored.draft.meta.title : undefined;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("bindDraftPreview", () => {
  it("shows the draft as the dataset, at once and then after typing pauses, off the history", () => {
    const store = createAppStore();
    const runs: number[] = [];
    bindDraftPreview(store, (run) => {
      runs.push(1);
      run();
    });
    const draft = draftFromDataset(smallDataset());
    store.getState().editStart(draft);
    expect(store.getState().source).toEqual({ kind: "draft" });
    expect(store.getState().index?.dataset.meta.title).toBe("Test dataset");
    store.getState().editChange((d) => updateEvent(d, 0, { title: "Typed" }), "t");
    expect(store.getState().index?.byId.get("e-2018-03-21")?.title).toBe("Visit to Tokyo");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().index?.byId.get("e-2018-03-21")?.title).toBe("Typed");
    expect(runs).toHaveLength(2);
  });

  it("shows a draft just made of the dataset on show with that dataset's index, not a new one", () => {
    const store = createAppStore();
    bindDraftPreview(store, (run) => run());
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    const shown = store.getState().index;
    if (!shown) throw new Error("no dataset on show");
    store.getState().editStart(draftFromDataset(shown.dataset));
    expect(store.getState().source).toEqual({ kind: "draft" });
    // Not indexed again: the same events, lookup and orders, in a new index object.
    expect(store.getState().index).not.toBe(shown);
    expect(store.getState().index?.events).toBe(shown.events);
    expect(store.getState().index?.byId).toBe(shown.byId);
    store.getState().editChange((d) => updateEvent(d, 0, { title: "Typed" }), "t");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    const typed = store.getState().index;
    expect(typed).not.toBe(shown);
    expect(typed?.byId.get("e-2018-03-21")?.title).toBe("Typed");
    // A title typed: the other events are the shown index's own, not indexed again.
    const others = typed?.events.filter((event) => event.id !== "e-2018-03-21") ?? [];
    expect(others.length).toBe(shown.events.length - 1);
    expect(others.every((event) => shown.events[event.order] === event)).toBe(true);
  });

  it("Done within the typing pause shows the last typing, not the text before it", () => {
    const store = createAppStore();
    bindDraftPreview(store, (run) => run());
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editChange((d) => updateEvent(d, 0, { title: "Typed" }), "t");
    store.getState().editStop();
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    // The reader's view kept "Visit to Tokyo" until the next edit or a reload.
    expect(store.getState().index?.byId.get("e-2018-03-21")?.title).toBe("Typed");
  });

  it("keeps the event whose form is open selected under the id typed into it (review 35 F2)", () => {
    const store = createAppStore();
    bindDraftPreview(store, (run) => run());
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().selectEvent("e-2018-03-21");
    store.getState().editSet({ eventIndex: 0 });
    store.getState().editChange((d) => updateEvent(d, 0, { id: "e-2018-03-21-x" }), "id");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().index?.byId.has("e-2018-03-21-x")).toBe(true);
    expect(store.getState().selectedEventId).toBe("e-2018-03-21-x");
    // An id an earlier event has: the event on the timeline is that one, not selected for it.
    store.getState().editChange((d) => updateEvent(d, 0, { id: "e-1945" }), "id");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().selectedEventId).toBeNull();
    store.getState().editChange((d) => updateEvent(d, 0, { id: "e-2018-03-21-x" }), "id");
    store.getState().selectEvent("e-2018-03-21-x");
    // With no form open, a selection the draft no longer has is dropped, as before.
    store.getState().editSet({ eventIndex: null });
    store.getState().editChange((d) => updateEvent(d, 0, { id: "e-2018-03-21-y" }), "id");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().selectedEventId).toBeNull();
  });

  it("selects the open form's event again once its id, typed through another's, is valid again", () => {
    const store = createAppStore();
    bindDraftPreview(store, (run) => run());
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().selectEvent("e-2018-03-21");
    store.getState().editSet({ eventIndex: 0 });
    // Typing "e-1945-b": on the way, the id another event has.
    store.getState().editChange((d) => updateEvent(d, 0, { id: "e-1945" }), "id");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().selectedEventId).toBeNull();
    store.getState().editChange((d) => updateEvent(d, 0, { id: "e-1945-" }), "id");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    store.getState().editChange((d) => updateEvent(d, 0, { id: "e-1945-b" }), "id");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().selectedEventId).toBe("e-1945-b");
    // Another form opened meanwhile: its event is not the one that lost the selection.
    store.getState().editChange((d) => updateEvent(d, 0, { id: "e-1945" }), "id");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().selectedEventId).toBeNull();
    store.getState().editSet({ eventIndex: 1 });
    store.getState().editChange((d) => updateEvent(d, 1, { title: "Typed" }), "t");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().selectedEventId).toBeNull();
  });

  it("makes the draft's reading order once the timeline has drawn it, for the list of all events", () => {
    const store = createAppStore();
    bindDraftPreview(store, (run) => run());
    store.getState().editStart(draftFromDataset(smallDataset()));
    const first = store.getState().index;
    vi.runAllTimers();
    // Not drawn yet: not made (the list stayed in start order, `allEventsOrder.ts`).
    expect(first && readingOrderMade(first)).toBeNull();
    store.getState().editChange((d) => updateEvent(d, 0, { title: "Typed" }), "t");
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    const second = store.getState().index;
    if (!first || !second || first === second) throw new Error("the draft was not re-indexed");
    store.getState().timelineDraw(second);
    vi.runAllTimers();
    expect(readingOrderMade(second)).toEqual(readingOrder(second.events));
    // Replaced before it was drawn: never made.
    expect(readingOrderMade(first)).toBeNull();
  });

  it("a draft left for another dataset is not shown over it", () => {
    const store = createAppStore();
    bindDraftPreview(store, (run) => run());
    bindDraftLeftBehind(store);
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editChange((d) => updateEvent(d, 0, { title: "Typed" }), "t");
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(store.getState().source).toEqual({ kind: "default" });
    expect(store.getState().index?.byId.get("e-2018-03-21")?.title).toBe("Visit to Tokyo");
  });

  it("ends editing when another dataset is opened", () => {
    const store = createAppStore();
    bindDraftPreview(store, (run) => run());
    bindDraftLeftBehind(store);
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    expect(store.getState().editor).toBeNull();
  });
});

describe("bindAutosave", () => {
  it("saves within half a second of a change, and says when", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    bindAutosave(store, storage, { win: fakeWindow(), channel: null, now: () => 42 });
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editChange((d) => setTitle(d, "Saved title"));
    expect(storage.data.has(DRAFT_KEY)).toBe(false);
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(500);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(
      (storage.data.get(DRAFT_KEY) as { draft: { meta: { title: string } } }).draft.meta.title,
    ).toBe("Saved title");
    expect(store.getState().editor?.autosave).toEqual({ state: "saved", savedAt: 42 });
  });

  it("does not write a restored draft again until it changes", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    bindAutosave(store, storage, { win: fakeWindow(), channel: null, now: () => 42 });
    store.getState().editStart(draftFromDataset(smallDataset()), 7);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(storage.data.has(DRAFT_KEY)).toBe(false);
    expect(store.getState().editor?.autosave).toEqual({ state: "saved", savedAt: 7 });
    store.getState().editChange((d) => setTitle(d, "Changed after the restore"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(storage.data.has(DRAFT_KEY)).toBe(true);
    expect(store.getState().editor?.autosave).toEqual({ state: "saved", savedAt: 42 });
  });

  it("saves at once on pagehide", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    const win = fakeWindow();
    bindAutosave(store, storage, { win, channel: null });
    store.getState().editStart(draftFromDataset(smallDataset()));
    win.dispatchEvent(new Event("pagehide"));
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.data.has(DRAFT_KEY)).toBe(true);
  });

  it("on pagehide, also writes a pending draft synchronously, before any await", () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    const copies: unknown[] = [];
    storage.setNow = (key, value) => copies.push([key, value]) > 0;
    const win = fakeWindow();
    bindAutosave(store, storage, { win, channel: null, now: () => 7 });
    win.dispatchEvent(new Event("pagehide"));
    expect(copies).toEqual([]);
    store.getState().editStart(draftFromDataset(smallDataset()));
    win.dispatchEvent(new Event("pagehide"));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject([DRAFT_KEY, { savedAt: 7, version: 2 }]);
  });

  it("asks before the page goes while a save is pending that no synchronous copy could keep (review 34 F1)", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    let copied = false;
    storage.setNow = () => copied;
    const win = fakeWindow();
    bindAutosave(store, storage, { win, channel: null });
    const leave = () => asksBeforeLeaving(win);
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editChange((d) => setTitle(d, "Typed last"));
    // Too large for localStorage: asked, and saved meanwhile.
    expect(leave()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(restoreDraftTitle(storage.data.get(DRAFT_KEY))).toBe("Typed last");
    expect(leave()).toBe(false);
    // A copy that could be made keeps it: nothing to ask.
    copied = true;
    store.getState().editChange((d) => setTitle(d, "Typed again"));
    expect(leave()).toBe(false);
  });

  it("turns autosave off, visibly, when the browser refuses to store", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    storage.set = async () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    bindAutosave(store, storage, { win: fakeWindow(), channel: null });
    store.getState().editStart(draftFromDataset(smallDataset()));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.getState().editor?.autosave.state).toBe("off");
    expect(store.getState().editor?.autosave.reason).toMatch(/storage is full/);
  });

  it("Done within the typing pause saves the last keys; Discard's stop drops them", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    bindAutosave(store, storage, { win: fakeWindow(), channel: null, now: () => 9 });
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editChange((d) => setTitle(d, "Last keys"));
    store.getState().editStop({ park: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.data.get(DRAFT_KEY)).toMatchObject({ savedAt: 9 });
    expect(restoreDraftTitle(storage.data.get(DRAFT_KEY))).toBe("Last keys");
    // The parked state learns of the save, to tell it from another tab's later.
    expect(store.getState().parkedEditor?.autosave).toMatchObject({ state: "saved", savedAt: 9 });

    store.getState().editResume();
    store.getState().editChange((d) => setTitle(d, "Discarded"));
    store.getState().editStop();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(restoreDraftTitle(storage.data.get(DRAFT_KEY))).toBe("Last keys");
  });

  it("another dataset opened while typing ends editing as Done does: the last keys saved, guarded", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    bindDraftPreview(store, (run) => run());
    bindDraftLeftBehind(store);
    bindAutosave(store, storage, { win: fakeWindow(), channel: null, now: () => 5 });
    store.getState().editStart(draftFromDataset(smallDataset()));
    store.getState().editChange((d) => setTitle(d, "Typed, then another story opened"));
    store.getState().datasetLoaded(smallDataset(), { kind: "url", url: "/other.json" }, []);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().editor).toBeNull();
    expect(restoreDraftTitle(storage.data.get(DRAFT_KEY))).toBe("Typed, then another story opened");
    expect(store.getState().editResume()).toBe(true);
    expect(store.getState().editor?.history.present.meta.title).toBe(
      "Typed, then another story opened",
    );
  });

  it("with autosave off, the page asks before it goes, and after Done a notice says so", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    storage.set = async () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    const win = fakeWindow();
    bindAutosave(store, storage, { win, channel: null });
    const leave = () => asksBeforeLeaving(win);
    store.getState().editStart(draftFromDataset(smallDataset()));
    expect(leave()).toBe(false);
    store.getState().editChange((d) => setTitle(d, "Unsaved"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.getState().editor?.autosave.state).toBe("off");
    expect(leave()).toBe(true);
    expect(store.getState().notices).toEqual([]);

    store.getState().editStop({ park: true });
    expect(leave()).toBe(true);
    const notice = store.getState().notices.map(worded)[0];
    expect(notice?.text).toMatch(/Autosave is off.*only while this page is open/);
    expect(notice?.action).toBeDefined();
    // Back in the editor, its panel says it again: the notice goes.
    store.getState().editResume();
    expect(store.getState().notices).toEqual([]);
  });

  it("hears another tab saving the same draft", () => {
    const store = createAppStore();
    const channel = new EventTarget() as unknown as BroadcastChannel;
    Object.assign(channel, { postMessage: () => {}, close: () => {} });
    bindAutosave(store, memoryDraftStorage(), { win: fakeWindow(), channel });
    store.getState().editStart(draftFromDataset(smallDataset()));
    channel.dispatchEvent(
      new MessageEvent("message", { data: { type: "saved", tab: "other", savedAt: 1 } }),
    );
    expect(store.getState().editor?.otherTab).toBe(true);
  });
});

describe("restoreSavedDraft", () => {
  it("reopens a saved draft once the first dataset is on screen", async () => {
    const saver = createAppStore();
    const storage = memoryDraftStorage();
    bindAutosave(saver, storage, { win: fakeWindow(), channel: null, now: () => 7 });
    saver.getState().editStart(draftFromDataset(smallDataset()));
    saver.getState().editChange((d) => setTitle(d, "Kept"));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    const store = createAppStore();
    const restoring = restoreSavedDraft(store, storage);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().editor).toBeNull();
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    expect(await restoring).toBe(true);
    expect(store.getState().editor?.history.present.meta.title).toBe("Kept");
    expect(store.getState().editor?.restoredAt).toBe(7);
  });

  it("says so when the saved draft is damaged", async () => {
    const store = createAppStore();
    const storage = memoryDraftStorage();
    storage.data.set(DRAFT_KEY, { version: 1, draft: "nope" });
    expect(await settleWithTimers(restoreSavedDraft(store, storage))).toBe(false);
    expect(store.getState().notices.map(worded)[0]?.text).toMatch(/could not be reopened/);
  });
});
