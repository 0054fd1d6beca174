import { describe, expect, it } from "vitest";
import { addEvent, addPlace, newStoryDraft } from "./draft";
import { isPlaceholderId } from "./placeholderId";

describe("isPlaceholderId", () => {
  it("is true of the ids Add event and Add place give", () => {
    const story = newStoryDraft("Space race").draft;
    const added = addEvent(addEvent(story, 0, "New event").draft, 0, "New event").draft;
    expect(added.events.map((event) => isPlaceholderId(event.fields.id, "event"))).toEqual([
      true,
      true,
      true,
    ]);
    const place = addPlace(story, [1, 2], "Новое место");
    expect(isPlaceholderId(place.draft.places[place.index]?.fields.id ?? "", "place")).toBe(true);
  });

  it("is false of an id the author chose, or another kind's", () => {
    for (const id of ["sputnik-1", "new-event-copy", "new-events", "new-place"]) {
      expect(isPlaceholderId(id, "event")).toBe(false);
    }
    expect(isPlaceholderId("baikonur", "place")).toBe(false);
  });
});
