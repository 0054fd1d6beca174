import { describe, expect, it, vi } from "vitest";
import { readQuery } from "./address.single";

vi.mock("../offline/embeddedCopy", () => ({
  readOfflineCopy: () => ({ view: "?event=saved-view" }),
}));

const at = (hash: string) => ({ location: { hash } }) as unknown as Window;

describe("a one-file copy's address (review 27)", () => {
  it("reads a query pasted after the # as the fragment it meant (F8)", () => {
    expect(readQuery(at("#?event=nagato-summit&lang=ja"))).toBe("?event=nagato-summit&lang=ja");
  });

  it("is never an embed, whatever its fragment says (F3)", () => {
    expect(readQuery(at("#embed=1&event=nagato-summit"))).toBe("?event=nagato-summit");
    expect(readQuery(at("#event=nagato-summit&embed"))).toBe("?event=nagato-summit");
    // A key that only begins with the word stays.
    expect(readQuery(at("#embedded=1&event=nagato-summit"))).toBe(
      "?embedded=1&event=nagato-summit",
    );
  });

  it("opens on the saved view when the fragment names no key of ours (F8's rest)", () => {
    for (const hash of ["", "#", "#%", "#top", "#embed=1", "#%E0%A4%A=1"]) {
      expect(readQuery(at(hash)), hash).toBe("?event=saved-view");
    }
    // A key of ours with a value that will not decode is the reader's state, said as a problem.
    expect(readQuery(at("#event=%E0%A4%A"))).toBe("?event=%E0%A4%A");
  });
});
