import { describe, expect, it, vi } from "vitest";
import { overSavedReading, readQuery } from "./address.single";

vi.mock("../offline/embeddedCopy", () => ({
  readOfflineCopy: () => ({ view: "?event=saved-view&names=ru&lang=ja" }),
}));

const at = (hash: string) => ({ location: { hash } }) as unknown as Window;

describe("a one-file copy's address (review 27)", () => {
  it("reads a query pasted after the # as the fragment it meant (F8)", () => {
    expect(readQuery(at("#?event=nagato-summit&lang=ru&names=ja"))).toBe(
      "?event=nagato-summit&lang=ru&names=ja",
    );
  });

  it("is never an embed, whatever its fragment says (F3)", () => {
    expect(readQuery(at("#embed=1&event=nagato-summit"))).toBe(
      "?event=nagato-summit&names=ru&lang=ja",
    );
    expect(readQuery(at("#event=nagato-summit&embed"))).toBe(
      "?event=nagato-summit&names=ru&lang=ja",
    );
    // A key that only begins with the word stays.
    expect(readQuery(at("#embedded=1&event=nagato-summit"))).toBe(
      "?embedded=1&event=nagato-summit&names=ru&lang=ja",
    );
  });

  it("opens on the saved view when the fragment names no key of ours (F8's rest)", () => {
    for (const hash of ["", "#", "#%", "#top", "#embed=1", "#%E0%A4%A=1"]) {
      expect(readQuery(at(hash)), hash).toBe("?event=saved-view&names=ru&lang=ja");
    }
    // A key of ours with a value that will not decode is the reader's state, said as a problem.
    expect(readQuery(at("#event=%E0%A4%A"))).toBe("?event=%E0%A4%A&names=ru&lang=ja");
  });
});

describe("a fragment over the saved view (review 40 V2)", () => {
  const saved = "?lang=ja&event=nagato-summit&names=ru&actors=japan&from=2018-05-01";

  it("keeps the saved language and names where the fragment names neither", () => {
    expect(overSavedReading("event=lavrov-arrives-in-tokyo", saved)).toBe(
      "?event=lavrov-arrives-in-tokyo&lang=ja&names=ru",
    );
  });

  it("lets the fragment's own language and names win, even percent-encoded", () => {
    expect(overSavedReading("event=x&lang=zh", saved)).toBe("?event=x&lang=zh&names=ru");
    expect(overSavedReading("%6Eames=ja&event=x", saved)).toBe("?%6Eames=ja&event=x&lang=ja");
    // An empty or bad value is still the fragment's word: its problem is told, not hidden.
    expect(overSavedReading("event=x&lang=", saved)).toBe("?event=x&lang=&names=ru");
  });

  it("keeps nothing else of the saved view: the link names what to show", () => {
    expect(overSavedReading("place=tokyo", saved)).not.toMatch(/event|actors|from/);
  });

  it("adds nothing when the saved view has no language or names", () => {
    expect(overSavedReading("event=x", "?event=y&q=tokyo")).toBe("?event=x");
    expect(overSavedReading("event=x", "")).toBe("?event=x");
  });
});
