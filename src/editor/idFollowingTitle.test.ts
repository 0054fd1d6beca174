import { describe, expect, it } from "vitest";
import { idFollowingTitle } from "./idFollowingTitle";

const none = () => new Set<string>();
const added = (id: string, title: string) => ({
  followsTitle: true as const,
  fields: { id, title },
});

describe("idFollowingTitle (review 41 R1)", () => {
  it("follows the title from new-event and from the last title's slug", () => {
    expect(idFollowingTitle(added("new-event", ""), none, { title: "F" })).toBe("f");
    expect(idFollowingTitle(added("f", "F"), none, { title: "Fi" })).toBe("fi");
    expect(idFollowingTitle(added("new-event-2", "New event"), none, { title: "Launch" })).toBe(
      "launch",
    );
  });

  it("keeps clear of the other events' ids, and goes back to new-event for a title no slug keeps", () => {
    const taken = () => new Set(["launch"]);
    expect(idFollowingTitle(added("new-event", ""), taken, { title: "Launch" })).toBe("launch-2");
    expect(idFollowingTitle(added("launch", "Launch"), none, { title: "日ソ共同宣言" })).toBe(
      "new-event",
    );
  });

  it("leaves an id the author typed, an event not added in the draft, and edits of other fields", () => {
    expect(idFollowingTitle(added("s1", "Sputnik"), none, { title: "Sputnik 1" })).toBeUndefined();
    expect(
      idFollowingTitle({ fields: { id: "f", title: "F" } }, none, { title: "Fi" }),
    ).toBeUndefined();
    expect(idFollowingTitle(added("f", "F"), none, { start: "2018" } as never)).toBeUndefined();
    expect(idFollowingTitle(added("f", "F"), none, { title: "Fi", id: "x" })).toBeUndefined();
  });
});
