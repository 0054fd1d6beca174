import { describe, expect, it } from "vitest";
import { smallDataset } from "../test/fixtures";
import {
  addEvent,
  type Draft,
  draftDataset,
  draftFromDataset,
  newStoryDraft,
  updateEvent,
} from "./draft";

/** Types `title` into event `index`'s Title a letter at a time, as the form sends it. */
function typeTitle(draft: Draft, index: number, title: string): Draft {
  let next = draft;
  for (let end = 1; end <= title.length; end++)
    next = updateEvent(next, index, { title: title.slice(0, end) });
  return next;
}

const idAt = (draft: Draft, index: number) => draft.events[index]?.fields.id;

describe("a new event's id (review 37 R7)", () => {
  it("follows its title, dated or not", () => {
    const story = newStoryDraft("Space race");
    let draft = typeTitle(story.draft, 0, "Sputnik 1 launched");
    expect(idAt(draft, 0)).toBe("sputnik-1-launched");
    draft = updateEvent(draft, 0, { start: "1957-10-04" });
    expect(draftDataset(draft).events.map((event) => event.id)).toEqual(["sputnik-1-launched"]);
    draft = updateEvent(draft, 0, { title: "Sputnik 1 in orbit" });
    expect(idAt(draft, 0)).toBe("sputnik-1-in-orbit");
  });

  it("follows a title typed after the Start (review 41 R1: it stayed `f`)", () => {
    const dated = updateEvent(newStoryDraft("Space race").draft, 0, { start: "2018-03-21" });
    const draft = typeTitle(dated, 0, "First event");
    expect(idAt(draft, 0)).toBe("first-event");
    expect(draftDataset(draft).events.map((event) => event.id)).toEqual(["first-event"]);
  });

  it("stays once the author typed one, even the title's own slug", () => {
    const story = typeTitle(newStoryDraft("Space race").draft, 0, "Launch");
    const typed = updateEvent(story, 0, { id: "launch" });
    expect(idAt(typeTitle(typed, 0, "Launch pad"), 0)).toBe("launch");
  });

  it("keeps clear of other events' ids, and goes back to new-event when the title is cleared", () => {
    const story = typeTitle(newStoryDraft("Space race").draft, 0, "Launch");
    const added = addEvent(updateEvent(story, 0, { start: "1957" }), 0, "New event");
    expect(idAt(added.draft, added.index)).toBe("new-event");
    const launched = typeTitle(
      updateEvent(added.draft, added.index, { title: "" }),
      added.index,
      "Launch",
    );
    expect(idAt(launched, added.index)).toBe("launch-2");
    expect(idAt(updateEvent(launched, added.index, { title: "" }), added.index)).toBe("new-event");
  });

  it("is left as the author typed it, and for a title no slug keeps", () => {
    const story = newStoryDraft("Space race").draft;
    const typed = updateEvent(story, 0, { id: "s1" });
    expect(idAt(typeTitle(typed, 0, "Sputnik"), 0)).toBe("s1");
    expect(idAt(typeTitle(story, 0, "日ソ共同宣言"), 0)).toBe("new-event");
  });

  it("is not changed for an event the story had", () => {
    const draft = draftFromDataset(smallDataset());
    const id = idAt(draft, 0);
    expect(idAt(updateEvent(draft, 0, { title: "Another title" }), 0)).toBe(id);
  });
});
