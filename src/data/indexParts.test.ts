import { describe, expect, it } from "vitest";
import { mulberry32 } from "../test/random";
import { idOrderKey } from "./indexParts";

describe("idOrderKey", () => {
  const random = mulberry32(5);
  const ALPHABET = "-0123456789abcdefghijklmnopqrstuvwxyz";
  const randomId = () =>
    Array.from(
      { length: 1 + Math.floor(random() * 14) },
      () => ALPHABET[Math.floor(random() * ALPHABET.length)],
    ).join("");

  it("orders ids as `<` does, equal only where their first ten characters are", () => {
    const ids = Array.from({ length: 2000 }, randomId);
    ids.push("a", "a-", "a0", "aa", "abcdefghij", "abcdefghijk", "abcdefghij-2", "z".repeat(10));
    for (let i = 1; i < ids.length; i++) {
      const a = ids[i - 1] as string;
      const b = ids[i] as string;
      const [keyA, keyB] = [idOrderKey(a), idOrderKey(b)];
      if (a.slice(0, 10) === b.slice(0, 10)) expect(keyA).toBe(keyB);
      else expect(Math.sign(keyA - keyB)).toBe(a < b ? -1 : 1);
    }
    expect(idOrderKey("abcdefghijk")).toBe(idOrderKey("abcdefghij-2"));
    expect(idOrderKey("z".repeat(10))).toBeLessThan(2 ** 53);
  });

  it("reads an id inside a longer text, and says -1 for a character ids do not have", () => {
    expect(idOrderKey("xxbattle-2yy", 2, 10)).toBe(idOrderKey("battle-2"));
    expect(idOrderKey("Battle")).toBe(-1);
    expect(idOrderKey("battle 2")).toBe(-1);
    expect(idOrderKey("battle-2-北")).toBe(-1);
    expect(idOrderKey("battle-2-x北")).toBe(idOrderKey("battle-2-x"));
    expect(idOrderKey("")).toBe(0);
  });
});
