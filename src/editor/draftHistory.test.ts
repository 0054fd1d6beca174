import { describe, expect, it } from "vitest";
import { smallDataset } from "../test/fixtures";
import {
  addEvent,
  deleteEvent,
  draftFromDataset,
  newStoryDraft,
  setTitle,
  updateEvent,
} from "./draft";
import {
  COALESCE_MS,
  commit,
  eventTakenAway,
  HISTORY_DEPTH,
  hasWorkToLose,
  itemAfterStep,
  redo,
  startHistory,
  undo,
} from "./draftHistory";

const first = draftFromDataset(smallDataset());

describe("draft history", () => {
  it("undoes and redoes a delete", () => {
    let history = startHistory(first);
    history = commit(history, deleteEvent(first, 0), null, 0);
    expect(history.present.events).toHaveLength(first.events.length - 1);
    history = undo(history);
    expect(history.present).toBe(first);
    history = redo(history);
    expect(history.present.events).toHaveLength(first.events.length - 1);
  });

  it("dates an undo and a redo as the draft's last change, and coalesces no keystroke with them", () => {
    let history = commit(startHistory(first), setTitle(first, "Mine"), "title", 1_000);
    history = undo(history, 5_000);
    // Autosave's "saved since the last change" compares with this: a save begun before the undo
    // holds the draft before it.
    expect(history.lastAt).toBe(5_000);
    expect(redo(history, 6_000).lastAt).toBe(6_000);
    const typed = commit(history, setTitle(first, "Mine again"), "title", 5_100);
    expect(typed.past).toHaveLength(1);
  });

  it("makes one step of keystrokes in one field, and a new one after a pause or in another field", () => {
    let history = startHistory(first);
    let draft = first;
    for (const [i, title] of ["A", "Ab", "Abc"].entries()) {
      draft = updateEvent(draft, 0, { title });
      history = commit(history, draft, "event:0:title", i * 100);
    }
    expect(history.past).toHaveLength(1);
    history = commit(
      history,
      updateEvent(draft, 0, { title: "Abcd" }),
      "event:0:title",
      200 + COALESCE_MS,
    );
    expect(history.past).toHaveLength(2);
    history = commit(
      history,
      updateEvent(history.present, 0, { summary: "x" }),
      "event:0:summary",
      250 + COALESCE_MS,
    );
    expect(history.past).toHaveLength(3);
  });

  it("a new change drops the redo steps", () => {
    let history = commit(startHistory(first), setTitle(first, "One"), null, 0);
    history = undo(history);
    history = commit(history, setTitle(first, "Two"), null, 1);
    expect(history.future).toHaveLength(0);
    expect(redo(history)).toBe(history);
  });

  it(`keeps ${HISTORY_DEPTH} steps, at least the 100 the editor promises`, () => {
    let history = startHistory(first);
    for (let i = 0; i < HISTORY_DEPTH + 20; i++)
      history = commit(history, setTitle(history.present, `T${i}`), null, i);
    expect(history.past).toHaveLength(HISTORY_DEPTH);
    expect(HISTORY_DEPTH).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < 150; i++) history = undo(history);
    expect(history.present.meta.title).toBe(`T${HISTORY_DEPTH + 20 - 151}`);
  });

  it("ignores a change that changed nothing", () => {
    const history = startHistory(first);
    expect(commit(history, first, null, 0)).toBe(history);
  });
});

describe("itemAfterStep", () => {
  const deleted = deleteEvent(first, 1);

  it("shows the event an undone delete brought back, where it was", () => {
    expect(itemAfterStep(deleted.events, first.events, null)).toEqual({
      index: 1,
      broughtBack: true,
    });
    expect(itemAfterStep(deleted.events, first.events, 0)).toEqual({ index: 1, broughtBack: true });
  });

  it("shows nothing when the step took the shown event away (an add undone)", () => {
    const added = addEvent(first, 0, "New event");
    expect(itemAfterStep(added.draft.events, first.events, added.index)).toEqual({
      index: null,
      broughtBack: false,
    });
  });

  it("follows the shown event to where the step moved it", () => {
    const added = addEvent(first, 0, "New event");
    // The event after the added one moves back up by one when the add is undone.
    expect(itemAfterStep(added.draft.events, first.events, 2)).toEqual({
      index: 1,
      broughtBack: false,
    });
    // A delete redone before it moves it up too.
    expect(itemAfterStep(first.events, deleteEvent(first, 0).events, 2)).toEqual({
      index: 1,
      broughtBack: false,
    });
  });

  it("keeps the open place where an undone delete before it moved it (it opened its neighbour)", () => {
    const gone = { ...first, places: first.places.slice(1) };
    // Place 2 open after the first was deleted is place 3 once the delete is undone: the same place.
    expect(itemAfterStep(gone.places, first.places, 1)).toEqual({ index: 0, broughtBack: true });
    expect(itemAfterStep(first.places, gone.places, 2)).toEqual({ index: 1, broughtBack: false });
  });

  it("keeps the shown event whose field the step changed, and showing nothing", () => {
    const retitled = updateEvent(first, 1, { title: "Retitled" });
    expect(itemAfterStep(retitled.events, first.events, 1)).toEqual({
      index: 1,
      broughtBack: false,
    });
    expect(itemAfterStep(retitled.events, first.events, null)).toEqual({
      index: null,
      broughtBack: false,
    });
    expect(itemAfterStep(setTitle(first, "Story").events, first.events, 0)).toEqual({
      index: 0,
      broughtBack: false,
    });
  });
});

describe("eventTakenAway", () => {
  it("is the event a redone delete takes away", () => {
    expect(eventTakenAway(first, deleteEvent(first, 1))).toBe(first.events[1]);
  });

  it("is none when the step took no event away", () => {
    expect(eventTakenAway(deleteEvent(first, 1), first)).toBeNull();
    expect(eventTakenAway(first, updateEvent(first, 1, { title: "Retitled" }))).toBeNull();
    expect(eventTakenAway(first, first)).toBeNull();
  });
});

describe("hasWorkToLose (New story asks first)", () => {
  it("is false for a draft opened and left as it was, or changed and undone back", () => {
    const history = startHistory(first);
    expect(hasWorkToLose(history, false)).toBe(false);
    expect(hasWorkToLose(undo(commit(history, setTitle(first, "Mine"), "title", 0)), false)).toBe(
      false,
    );
  });

  it("is true after a change, and for a draft restored from an earlier visit", () => {
    const history = startHistory(first);
    expect(hasWorkToLose(commit(history, setTitle(first, "Mine"), "title", 0), false)).toBe(true);
    expect(hasWorkToLose(history, true)).toBe(true);
  });

  it("a new story replacing the draft is one step: Undo brings the draft back whole", () => {
    const edited = setTitle(first, "Mine");
    const replaced = commit(startHistory(edited), newStoryDraft("Untitled").draft, null, 0);
    expect(replaced.present.meta).toEqual({ title: "Untitled" });
    expect(undo(replaced).present).toBe(edited);
  });
});
