import { describe, expect, it } from "vitest";
import { mulberry32, randomText } from "../test/random";
import { slugify } from "./slug";

describe("slugify", () => {
  it("writes ids as people read them", () => {
    expect(slugify("Ada Lovelace!")).toBe("ada-lovelace");
    expect(slugify("  --Ab  C!!d--  ")).toBe("ab-c-d");
    expect(slugify("Pérez Ünïcode")).toBe("perez-unicode");
    expect(slugify("!!!")).toBe("");
    expect(slugify(`${"word ".repeat(30)}`, 12)).toBe("word-word-wo");
    expect(slugify("word word", 5)).toBe("word");
  });

  it("slugs ASCII in one pass as the general path does", () => {
    // A combining accent after an ASCII text sends it down the general path, which drops the accent.
    const random = mulberry32(7);
    const alphabet = [..."aZ09 -_!.'\t~"];
    for (let n = 0; n < 3000; n++) {
      const text = randomText(random, alphabet, 40);
      const max = 1 + Math.floor(random() * 30);
      expect(slugify(text, max)).toBe(slugify(`${text}\u0301`, max));
    }
  });
});
