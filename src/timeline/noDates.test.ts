import { describe, expect, it } from "vitest";
import { noDatesMessage } from "./NoDates";

describe("noDatesMessage", () => {
  // Review 37 R5: a new story said "its 0 items are listed under Undated".
  it("says how an event comes here when there is no item at all", () => {
    expect(noDatesMessage(0, false)).toBe("undated.noEvents");
  });

  it("sends the reader to the Undated list, and the map when they have places", () => {
    expect(noDatesMessage(3, true)).toBe("undated.noDates");
    expect(noDatesMessage(3, false)).toBe("undated.noDatesNoPlaces");
  });
});
