import { describe, expect, it } from "vitest";
import { chunkTexts, joinTexts, textAt } from "./joinedTexts";

describe("joinTexts", () => {
  it("gives each text back, empty and non-Latin ones included", () => {
    const texts = ["event-1", "", "A title with {tokyo}", "択捉島 and Итуруп", "😀", ""];
    const joined = joinTexts(texts);
    expect(joined.chunks).toEqual([texts.join("")]);
    expect(texts.map((_, i) => textAt(joined, i))).toEqual(texts);
  });

  it("joins nothing to nothing", () => {
    const joined = joinTexts([]);
    expect(joined.chunks).toEqual([""]);
    expect(joined.ends).toHaveLength(0);
  });
});

describe("chunkTexts", () => {
  const texts = ["event-1", "", "A title with {tokyo}", "択捉島 and Итуруп", "😀", "", "last", ""];

  it("cuts where texts end, each chunk at most the size unless one text is longer", () => {
    const chunked = chunkTexts(joinTexts(texts), 8);
    expect(chunked.chunks.join("")).toBe(texts.join(""));
    // "A title with {tokyo}" (20) and "択捉島 and Итуруп" (14) are longer than 8: chunks of their own.
    expect(chunked.chunks).toEqual([
      "event-1",
      "A title with {tokyo}",
      "択捉島 and Итуруп",
      "😀last",
    ]);
    expect(chunked.chunkEnds).toEqual([7, 27, 41, 47]);
    expect(texts.map((_, i) => textAt(chunked, i))).toEqual(texts);
  });

  it("reads every text back at every size", () => {
    for (const size of [1, 2, 3, 5, 13, 100]) {
      const chunked = chunkTexts(joinTexts(texts), size);
      expect(
        texts.map((_, i) => textAt(chunked, i)),
        `size ${size}`,
      ).toEqual(texts);
    }
    expect(chunkTexts(joinTexts([]), 4).chunks).toEqual([""]);
  });

  it("refuses to read texts whose chunks were taken and not put back", () => {
    const taken = { chunks: [], chunkEnds: [], ends: joinTexts(texts).ends };
    expect(() => textAt(taken, 0)).toThrow(/before their parts came back/);
  });
});
