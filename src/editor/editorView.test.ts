// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { memoryDraftStorage } from "../test/memoryDraftStorage";
import { settleWithTimers } from "../test/settleWithTimers";
import { AUTOSAVE_DELAY_MS } from "./bindEditor";
import { addPeriod, deletePlace, draftFromDataset } from "./draft";
import { startEditorSession } from "./editorSession";
import { bindEditorView, keptView, reopenedView, reopenView, VIEW_KEY, viewOf } from "./editorView";

function memoryViews() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

function editing() {
  const store = createAppStore();
  store.getState().datasetLoaded(smallDataset(), { kind: "url", url: "/small.json" }, []);
  const dataset = store.getState().index?.dataset;
  if (!dataset) throw new Error("no dataset");
  const withPeriod = addPeriod(draftFromDataset(dataset), "2016", "2018", "Talks");
  store.getState().editStart(withPeriod.draft);
  return store;
}

describe("reopenedView", () => {
  const draft = addPeriod(draftFromDataset(smallDataset()), "2016", "2018", "Talks").draft;

  it("finds the place and the period by id, wherever they now are", () => {
    const fewer = deletePlace(draft, 0);
    const id = draft.places[2]?.fields.id;
    expect(reopenedView({ tab: "places", place: id, period: "talks" }, fewer)).toEqual({
      tab: "places",
      placeIndex: 1,
      periodIndex: 0,
    });
  });

  it("reopens nothing it cannot read or the draft has not got", () => {
    for (const kept of [null, "places", 3, [], { tab: "maps", place: 7, period: "gone" }]) {
      expect(reopenedView(kept, draft)).toEqual({});
    }
  });
});

describe("bindEditorView and reopenView", () => {
  it("keep the tab and the open place across a reload", () => {
    const views = memoryViews();
    const before = editing();
    bindEditorView(before, views);
    before.getState().editSet({ tab: "places", placeIndex: 1 });
    const kept = JSON.parse(views.getItem(VIEW_KEY) ?? "null");
    expect(kept).toEqual({ tab: "places", place: "moscow", period: null });

    const after = editing();
    reopenView(after, keptView(views));
    const editor = after.getState().editor;
    expect(editor && viewOf(editor)).toEqual(kept);
  });

  it("go on when storage refuses to keep it", () => {
    const store = editing();
    bindEditorView(store, {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    });
    expect(() => store.getState().editSet({ tab: "periods", periodIndex: 0 })).not.toThrow();
    expect(store.getState().editor?.tab).toBe("periods");
  });
});

describe("a reload with a saved draft", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000 });
    sessionStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it("reopens the editor on the tab and the period it showed", async () => {
    const storage = memoryDraftStorage();
    const first = createAppStore();
    first.getState().datasetLoaded(smallDataset(), { kind: "url", url: "/small.json" }, []);
    const session = startEditorSession(
      first,
      (run) => run(),
      storage,
      () => {},
    );
    await session.startEditing();
    first.getState().editChange((d) => addPeriod(d, "2016", "2018", "Talks").draft);
    first.getState().editSet({ tab: "periods", periodIndex: 0 });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);

    const reloaded = createAppStore();
    reloaded.getState().datasetLoaded(smallDataset(), { kind: "url", url: "/small.json" }, []);
    const restore = startEditorSession(
      reloaded,
      (run) => run(),
      storage,
      () => {},
    ).restore();
    expect(await settleWithTimers(restore)).toBe(true);
    expect(reloaded.getState().editor).toMatchObject({ tab: "periods", periodIndex: 0 });
  });
});
