import { describe, expect, it } from "vitest";
import { chWidth } from "./chWidth";

describe("chWidth", () => {
  it("counts Latin and Cyrillic letters once, CJK characters and kana twice", () => {
    expect(chWidth("Russia")).toBe(6);
    expect(chWidth("Россия")).toBe(6);
    expect(chWidth("ロシア")).toBe(6);
    expect(chWidth("俄罗斯")).toBe(6);
    expect(chWidth("ソ連")).toBe(4);
    expect(chWidth("")).toBe(0);
  });
});
