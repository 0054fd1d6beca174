import { describe, expect, it } from "vitest";
import { readableQuote } from "./quoteDisplay";

describe("readableQuote", () => {
  it("sets a marked drop cap apart from the word it ran into", () => {
    expect(readableQuote({ text: "Acold wind blows", dropCap: true })).toBe("A cold wind blows");
  });
  it("leaves unmarked quotes, and drop caps already apart, as they are", () => {
    expect(readableQuote({ text: "Acold wind" })).toBe("Acold wind");
    expect(readableQuote({ text: "A cold wind", dropCap: true })).toBe("A cold wind");
  });
});
