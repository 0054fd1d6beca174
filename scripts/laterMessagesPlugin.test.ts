import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LATER_KEYS, messagesPart } from "./laterMessagesPlugin";

const en = JSON.parse(
  readFileSync(new URL("../src/i18n/locales/en.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

describe("English in two parts", () => {
  it("puts each of en.json's top-level keys in exactly one part, the later ones later", () => {
    const first = messagesPart(en, "first");
    const later = messagesPart(en, "later");
    expect(Object.keys(later).sort()).toEqual([...LATER_KEYS].sort());
    expect(Object.keys(first).some((key) => LATER_KEYS.includes(key))).toBe(false);
    expect({ ...first, ...later }).toEqual(en);
  });
});
