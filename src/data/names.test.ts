import { describe, expect, it } from "vitest";
import { city, disputedIsland, ITURUP, TOKYO } from "../test/fixtures";
import { offersNamingChoice } from "./names";

describe("offersNamingChoice", () => {
  it("is true where a disputed place has a Japanese or Russian name of its own", () => {
    expect(offersNamingChoice([TOKYO, ITURUP])).toBe(true);
    // One form only, differing from its English name: the Japanese perspective changes it.
    expect(
      offersNamingChoice([{ ...ITURUP, name: "Iturup", names: { en: "Iturup", ja: "Etorofu" } }]),
    ).toBe(true);
  });

  it("is false with no disputed place, or disputed places named the same in every perspective", () => {
    expect(offersNamingChoice([])).toBe(false);
    expect(offersNamingChoice([TOKYO, city("moscow", "Moscow", [37.62, 55.75])])).toBe(false);
    // Names, but not disputed: the switch would change nothing.
    expect(offersNamingChoice([{ ...ITURUP, disputed: false }])).toBe(false);
    // Disputed, with no other name, or the same in both.
    expect(offersNamingChoice([{ ...ITURUP, names: { en: ITURUP.name } }])).toBe(false);
    const same = disputedIsland("x", "Hans", "Hans", [0, 0]);
    expect(offersNamingChoice([{ ...same, name: "Hans" }])).toBe(false);
  });
});
