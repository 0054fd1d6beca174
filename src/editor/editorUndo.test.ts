import { beforeEach, describe, expect, it } from "vitest";
import { createAppStore } from "../store/appStore";
import { DELETED_NOTICE } from "../store/editorSlice";
import { smallDataset } from "../test/fixtures";
import { worded } from "../test/notices";
import { addEvent, deleteEvent, deletePlace, draftFromDataset, updateEvent } from "./draft";

// The store's undo and redo (`editorSlice.ts`), as the editor's buttons and keys use them.
let store: ReturnType<typeof createAppStore>;
const draft = draftFromDataset(smallDataset());
const secondId = draft.events[1]?.valid?.id ?? "";

beforeEach(() => {
  store = createAppStore();
  store.getState().editStart(draft);
});

function deleteSecond() {
  store.getState().editSet({ eventIndex: 1 });
  store.getState().selectEvent(secondId);
  store.getState().editChange((d) => deleteEvent(d, 1));
  store.getState().editSet({ eventIndex: null });
  store.getState().notify({ id: DELETED_NOTICE, kind: "info", text: "Deleted" });
  // The preview drops the selection the draft no longer has.
  store.getState().clearSelection();
}

describe("undo and redo in the store", () => {
  it("an undone delete shows and selects the event again and takes its notice away", () => {
    deleteSecond();
    store.getState().notify({ id: "other", kind: "info", text: "Kept" });
    store.getState().editUndo();
    const state = store.getState();
    expect(state.editor?.eventIndex).toBe(1);
    expect(state.selectedEventId).toBe(secondId);
    expect(state.notices.map((notice) => notice.id)).toEqual(["other"]);
  });

  it("a redone delete closes the form and says Deleted again, as the delete did", () => {
    deleteSecond();
    store.getState().editUndo();
    store.getState().editRedo();
    expect(store.getState().editor?.eventIndex).toBeNull();
    expect(store.getState().editor?.history.present.events).toHaveLength(draft.events.length - 1);
    const title = draft.events[1]?.fields.title;
    expect(store.getState().notices.map(worded)).toEqual([
      { id: DELETED_NOTICE, kind: "info", text: `Deleted “${title}”. Undo brings it back.` },
    ]);
    // Undone again, the notice goes again.
    store.getState().editUndo();
    expect(store.getState().notices).toEqual([]);
  });

  it("an undone delete brings the Events tab back to show the event, from the Places tab", () => {
    deleteSecond();
    store.getState().editSet({ tab: "places" });
    store.getState().editUndo();
    expect(store.getState().editor?.tab).toBe("events");
    expect(store.getState().editor?.eventIndex).toBe(1);
  });

  it("an undo that brings no event back leaves the tab open", () => {
    store.getState().editChange((d) => deleteEvent(d, 0));
    store.getState().editSet({ tab: "places" });
    store.getState().editChange((d) => ({ ...d, meta: { ...d.meta, title: "Retitled" } }));
    store.getState().editUndo();
    expect(store.getState().editor?.tab).toBe("places");
  });

  it("a redo that adds nothing back or takes nothing away says nothing", () => {
    store.getState().editChange((d) => ({ ...d, meta: { ...d.meta, title: "Retitled" } }));
    store.getState().editUndo();
    store.getState().editRedo();
    expect(store.getState().notices).toEqual([]);
  });

  it("an undone add closes its form; a redone add opens it again", () => {
    const added = addEvent(draft, 0, "New event");
    // Dated as it is added, so that it is on the timeline to be selected (Add event's has no start).
    const dated = updateEvent(added.draft, added.index, { start: "2017-06-15" });
    store.getState().editChange(() => dated);
    store.getState().editSet({ eventIndex: added.index });
    store.getState().editUndo();
    expect(store.getState().editor?.eventIndex).toBeNull();
    store.getState().editRedo();
    expect(store.getState().editor?.eventIndex).toBe(added.index);
    expect(store.getState().selectedEventId).toBe("new-event");
  });

  it("keeps the open place the same place through an undo and a redo (it opened a neighbour)", () => {
    expect(draft.places.length).toBeGreaterThanOrEqual(3);
    store.getState().editSet({ tab: "places" });
    store.getState().editChange((d) => deletePlace(d, 0));
    // The second place left open: the third of the story.
    store.getState().editSet({ placeIndex: 1 });
    store.getState().editUndo();
    // The place brought back opens, as an event brought back does; the neighbour does not.
    expect(store.getState().editor?.placeIndex).toBe(0);
    store.getState().editSet({ placeIndex: 2 });
    store.getState().editRedo();
    const editor = store.getState().editor;
    expect(editor?.history.present.places[editor.placeIndex ?? -1]?.fields.name).toBe(
      draft.places[2]?.fields.name,
    );
  });

  it("an undo with nothing to undo changes nothing", () => {
    const before = store.getState();
    store.getState().editUndo();
    expect(store.getState()).toBe(before);
  });
});

describe("Done, then Edit on the same page", () => {
  it("resumes the draft with its undo history: a delete made before Done is undone after", () => {
    deleteSecond();
    store.getState().editSet({ picking: "place" });
    store.getState().editStop({ park: true });
    // No Undo is on screen outside the editor: its notice goes with it.
    expect(store.getState().editor).toBeNull();
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().editResume()).toBe(true);
    const editor = store.getState().editor;
    expect(editor?.history.past.length).toBeGreaterThan(0);
    expect(editor?.restoredAt, "not said to be restored: it never left the page").toBeNull();
    expect(editor?.picking, "placing a place ends with Done").toBeNull();
    store.getState().editUndo();
    expect(store.getState().editor?.history.present.events).toHaveLength(draft.events.length);
    expect(store.getState().editResume(), "once").toBe(false);
  });

  it("keeps nothing to resume after Discard or another dataset (a plain stop) or a new start", () => {
    store.getState().editStop();
    expect(store.getState().editResume()).toBe(false);
    store.getState().editStart(draft);
    store.getState().editStop({ park: true });
    store.getState().editStart(draft);
    expect(store.getState().parkedEditor).toBeNull();
  });
});
