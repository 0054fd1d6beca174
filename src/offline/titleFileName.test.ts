import { describe, expect, it } from "vitest";
import { titleFileName } from "./titleFileName";

describe("titleFileName", () => {
  it("names the file in the title's own language, as each reader reads it", () => {
    expect(titleFileName("Japan–Russia relations, 2018", "png", "timeline")).toBe(
      "japan-russia-relations-2018.png",
    );
    expect(titleFileName("日ロ関係、2018年", "png", "timeline")).toBe("日ロ関係-2018年.png");
    expect(titleFileName("Японско-российские отношения, 2018", "png", "timeline")).toBe(
      "японско-российские-отношения-2018.png",
    );
    expect(titleFileName("日俄关系，2018年", "png", "timeline")).toBe("日俄关系-2018年.png");
  });

  it("keeps accents and drops what file systems forbid", () => {
    expect(titleFileName("Café Crème", "png", "timeline")).toBe("café-crème.png");
    // Decomposed (NFD) accents are written composed.
    expect(titleFileName("Cafe\u0301", "png", "timeline")).toBe("café.png");
    expect(titleFileName('a\\b/c:d*e?f"g<h>i|j. ', "png", "timeline")).toBe(
      "a-b-c-d-e-f-g-h-i-j.png",
    );
  });

  it("cuts a long title between words, and a long word between letters", () => {
    expect(titleFileName(`${"a".repeat(58)} tail`, "png", "timeline")).toBe(
      `${"a".repeat(58)}.png`,
    );
    // 70 astral-plane letters (two UTF-16 units each): 60 whole letters, no half of one.
    const name = titleFileName("𠮷".repeat(70), "png", "timeline");
    expect(name).toBe(`${"𠮷".repeat(60)}.png`);
  });

  it("falls back when the title has no letters or digits", () => {
    expect(titleFileName("", "png", "timeline")).toBe("timeline.png");
    expect(titleFileName("— ? —", "png", "timeline")).toBe("timeline.png");
  });
});
