import { describe, expect, it } from "vitest";
import { joinTexts, textAt } from "./joinedTexts";

describe("joinTexts", () => {
  it("gives each text back, empty and non-Latin ones included", () => {
    const texts = ["event-1", "", "A title with {tokyo}", "択捉島 and Итуруп", "😀", ""];
    const joined = joinTexts(texts);
    expect(joined.joined).toBe(texts.join(""));
    expect(texts.map((_, i) => textAt(joined, i))).toEqual(texts);
  });

  it("joins nothing to nothing", () => {
    const joined = joinTexts([]);
    expect(joined.joined).toBe("");
    expect(joined.ends).toHaveLength(0);
  });
});
