import { describe, expect, it } from "vitest";
import { addPlace, newStoryDraft, updatePlace } from "./draft";
import { namesTwice } from "./sameNames";

describe("namesTwice", () => {
  it("names the place names two places have, trimmed and in any case, and no other", () => {
    let draft = newStoryDraft("Space race").draft;
    for (const name of ["Baikonur", "baikonur ", "Cape Canaveral"]) {
      draft = addPlace(draft, [63.3, 45.9], name).draft;
    }
    expect([...namesTwice(draft.places)]).toEqual(["baikonur"]);
    draft = updatePlace(draft, 1, { name: "Star City" });
    expect(namesTwice(draft.places).size).toBe(0);
  });
});
