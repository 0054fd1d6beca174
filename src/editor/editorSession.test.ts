// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openingWindow } from "../data/defaultWindow";
import { type AppStore, createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { memoryDraftStorage } from "../test/memoryDraftStorage";
import { worded } from "../test/notices";
import { settleWithTimers } from "../test/settleWithTimers";
import { AUTOSAVE_DELAY_MS } from "./bindEditor";
import { setTitle } from "./draft";
import { startEditorSession } from "./editorSession";
import { DRAFT_KEY } from "./savedDraft";

beforeEach(() => vi.useFakeTimers({ now: 1_000 }));
afterEach(() => vi.useRealTimers());

/** A tab of the page: its own store, the browser's one storage. */
function tab(storage: ReturnType<typeof memoryDraftStorage>, maxEvents?: number) {
  const store = createAppStore();
  store.getState().datasetLoaded(smallDataset(), { kind: "url", url: "/small.json" }, []);
  const openDefault = vi.fn();
  return {
    store,
    openDefault,
    session: startEditorSession(store, (run) => run(), storage, openDefault, maxEvents),
  };
}

async function type(store: AppStore, title: string) {
  store.getState().editChange((d) => setTitle(d, title));
  await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
}

const titleIn = (store: AppStore) => store.getState().editor?.history.present.meta.title;

describe("Edit after Done", () => {
  it("resumes the draft as it was left, its undo history with it", async () => {
    const storage = memoryDraftStorage();
    const a = tab(storage);
    await a.session.startEditing();
    await type(a.store, "First");
    await type(a.store, "Second");
    a.store.getState().editStop({ park: true });
    await a.session.startEditing();
    expect(titleIn(a.store)).toBe("Second");
    a.store.getState().editUndo();
    expect(titleIn(a.store)).toBe("First");
    expect(a.store.getState().notices).toEqual([]);
  });

  it("opens another tab's newer save instead, and says so (review 16: it was overwritten)", async () => {
    const storage = memoryDraftStorage();
    const a = tab(storage);
    const b = tab(storage);
    await a.session.startEditing();
    await type(a.store, "A1");
    a.store.getState().editStop({ park: true });
    await settleWithTimers(b.session.startEditing());
    expect(titleIn(b.store)).toBe("A1");
    b.store.getState().editStop({ park: true });

    await a.session.startEditing();
    await type(a.store, "A2, important work");
    a.store.getState().editStop({ park: true });
    await settleWithTimers(b.session.startEditing());
    expect(titleIn(b.store)).toBe("A2, important work");
    expect(
      b.store
        .getState()
        .notices.map(worded)
        .map(({ text }) => text),
    ).toEqual([expect.stringMatching(/^Another tab saved this draft after you pressed Done here/)]);
    // Its next change builds on the other tab's work.
    await type(b.store, "A2, important work, then B");
    expect(titleIn(a.store)).toBeUndefined();
    await settleWithTimers(a.session.startEditing());
    expect(titleIn(a.store)).toBe("A2, important work, then B");
  });
});

/** A draft, "Precious work", kept by one tab; another tab (`b`) shows another story, "Population". */
async function draftKeptOnAnotherStory() {
  const storage = memoryDraftStorage();
  const a = tab(storage);
  await a.session.startEditing();
  await type(a.store, "Precious work");
  const b = tab(storage);
  const other = { ...smallDataset(), meta: { title: "Population" } };
  b.store.getState().datasetLoaded(other, { kind: "url", url: "/population.json" }, []);
  return { storage, b };
}

describe("Edit on another story than the saved draft's (review 35 F1)", () => {
  it("reopens the draft, and says it is not the story that was on show and how to edit that one", async () => {
    const { storage, b } = await draftKeptOnAnotherStory();
    await settleWithTimers(b.session.startEditing());
    expect(titleIn(b.store)).toBe("Precious work");
    expect(
      b.store
        .getState()
        .notices.map(worded)
        .map(({ text }) => text),
    ).toEqual([
      expect.stringMatching(
        /^Edit opened the draft kept in this browser, “Precious work”, not “Population”/,
      ),
    ]);
    // The draft's own story on show: nothing to say.
    const c = tab(storage);
    await settleWithTimers(c.session.startEditing());
    expect(titleIn(c.store)).toBe("Precious work");
    expect(c.store.getState().notices).toEqual([]);
  });
});

describe("Edit on another story than the saved draft's: the view", () => {
  it("moves to the draft's story where it opens (it stayed on the other story's time and places)", async () => {
    const { storage, b } = await draftKeptOnAnotherStory();
    const elsewhere = { start: Date.UTC(1850, 0, 1), end: Date.UTC(1860, 0, 1) };
    b.store.setState({ timeWindow: elsewhere, selectedEventId: "e-1945", historySteps: 0 });
    await settleWithTimers(b.session.startEditing());
    const { index, timeWindow, selectedEventId, historySteps } = b.store.getState();
    expect(index && timeWindow).toEqual(index && openingWindow(index, null));
    expect(timeWindow).not.toEqual(elsewhere);
    expect(selectedEventId).toBeNull();
    // The map frames the story's opening (`bindMapToStore`).
    expect(historySteps).toBe(1);
    // The draft's own story on show: the view is the author's.
    const c = tab(storage);
    c.store.setState({ timeWindow: elsewhere, historySteps: 0 });
    await settleWithTimers(c.session.startEditing());
    expect(c.store.getState().timeWindow).toEqual(elsewhere);
    expect(c.store.getState().historySteps).toBe(0);
  });
});

describe("Discard draft (review 31 F8)", () => {
  it("shows the dataset the draft was made from again, with nothing selected, and drops the saved draft", async () => {
    const storage = memoryDraftStorage();
    const a = tab(storage);
    const opened = a.store.getState().index;
    a.store.getState().selectEvent(opened?.dataset.events[0]?.id ?? null);
    await a.session.startEditing();
    await type(a.store, "Changed");
    expect(a.store.getState().source).toEqual({ kind: "draft" });
    await a.session.discard();
    expect(a.store.getState().editor).toBeNull();
    expect(a.store.getState().source).toEqual({ kind: "url", url: "/small.json" });
    expect(a.store.getState().index).toBe(opened);
    expect(a.store.getState().selectedEventId).toBeNull();
    expect(a.openDefault).not.toHaveBeenCalled();
    expect(await storage.get(DRAFT_KEY)).toBeUndefined();
  });

  it("opens the site's own story anew when the draft was made from it", async () => {
    const storage = memoryDraftStorage();
    const store = createAppStore();
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    const openDefault = vi.fn();
    const session = startEditorSession(store, (run) => run(), storage, openDefault);
    await session.startEditing();
    await type(store, "Changed");
    await session.discard();
    expect(openDefault).toHaveBeenCalledOnce();
    expect(store.getState().editor).toBeNull();
  });
});

describe("a story longer than the editor's ceiling", () => {
  const length = smallDataset().events.length;

  it("is not made a draft: a notice says why and what to do instead (review 34 F2, F3)", async () => {
    const storage = memoryDraftStorage();
    const a = tab(storage, length - 1);
    await a.session.startEditing();
    expect(a.store.getState().editor).toBeNull();
    expect(await storage.get(DRAFT_KEY)).toBeUndefined();
    const [notice] = a.store.getState().notices.map(worded);
    expect(notice?.kind).toBe("warning");
    expect(notice?.text).toBe(
      `This story has ${length} events: the editor opens stories of up to ${length - 1}, as each ` +
        "change to a longer one would hold the page up for seconds. Edit a story this long as a " +
        "file (a spreadsheet or JSON), then open it here.",
    );
  });

  it("opens at the ceiling itself", async () => {
    const a = tab(memoryDraftStorage(), length);
    await a.session.startEditing();
    expect(a.store.getState().editor?.history.present.events).toHaveLength(length);
    expect(a.store.getState().notices).toEqual([]);
  });
});

describe("Edit pressed while a file opens", () => {
  it("edits the file once it has come: the draft was the story it replaced, and the file closed the editor", async () => {
    const a = tab(memoryDraftStorage());
    const file = { ...smallDataset(), meta: { title: "The file's story" } };
    a.store.getState().datasetLoading({ kind: "file", name: "story.json" });
    const editing = a.session.startEditing();
    await vi.advanceTimersByTimeAsync(10);
    expect(a.store.getState().editor).toBeNull();
    a.store.getState().datasetLoaded(file, { kind: "file", name: "story.json" }, []);
    await settleWithTimers(editing);
    expect(titleIn(a.store)).toBe("The file's story");
  });
});
