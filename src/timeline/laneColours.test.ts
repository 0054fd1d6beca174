import { describe, expect, it } from "vitest";
import { cssColour, laneColourVars } from "./laneColours";

describe("laneColourVars", () => {
  it("uses the theme's actor colours, then the palette, and the Other colour last", () => {
    const vars = laneColourVars([
      { id: "Japan", label: "Japan", count: 3 },
      { id: "China", label: "China", count: 2 },
      { id: "Russia", label: "Russia", count: 2 },
      { id: "Korea", label: "Korea", count: 1 },
      { id: "", label: "Other", count: 1 },
    ]);
    expect(vars).toEqual([
      "--lane-japan",
      "--tl-lane-0",
      "--lane-russia",
      "--tl-lane-1",
      "--lane-other",
    ]);
  });
  it("writes a CSS colour with a fallback for theme variables", () => {
    expect(cssColour("--lane-japan")).toBe("var(--lane-japan, #b42318)");
    expect(cssColour("--tl-lane-2")).toBe("var(--tl-lane-2)");
  });
});
