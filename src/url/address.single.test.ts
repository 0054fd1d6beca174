import { describe, expect, it } from "vitest";
import { readQuery } from "./address.single";

const at = (hash: string) => ({ location: { hash } }) as unknown as Window;

describe("a one-file copy's address (review 27)", () => {
  it("reads a query pasted after the # as the fragment it meant (F8)", () => {
    expect(readQuery(at("#?event=nagato-summit&lang=ja"))).toBe("?event=nagato-summit&lang=ja");
  });

  it("is never an embed, whatever its fragment says (F3)", () => {
    expect(readQuery(at("#embed=1&event=nagato-summit"))).toBe("?event=nagato-summit");
    expect(readQuery(at("#event=nagato-summit&embed"))).toBe("?event=nagato-summit");
    // A key that only begins with the word stays.
    expect(readQuery(at("#embedded=1"))).toBe("?embedded=1");
  });
});
