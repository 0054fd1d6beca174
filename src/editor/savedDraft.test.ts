import { describe, expect, it } from "vitest";
import { DRAFT_KEY, hasSavedDraft, unloadCopyKey } from "./savedDraft";

const stored = (value: unknown) => async (key: string) => (key === DRAFT_KEY ? value : undefined);
const refusing = async () => {
  throw new DOMException("blocked", "SecurityError");
};
const local = (items: Record<string, string>) => ({ getItem: (key: string) => items[key] ?? null });

describe("hasSavedDraft", () => {
  it("finds a draft in IndexedDB, its head or the whole of it", async () => {
    expect(await hasSavedDraft(stored({ version: 1, eventChunks: [] }), local({}))).toBe(true);
    expect(await hasSavedDraft(stored(undefined), local({}))).toBe(false);
  });

  it("finds the page's copy in localStorage, when IndexedDB has none or refuses", async () => {
    const copy = local({ [unloadCopyKey(DRAFT_KEY)]: '{"savedAt":1}' });
    expect(await hasSavedDraft(stored(undefined), copy)).toBe(true);
    expect(await hasSavedDraft(refusing, copy)).toBe(true);
    expect(await hasSavedDraft(refusing, local({}))).toBe(false);
    expect(await hasSavedDraft(refusing, null)).toBe(false);
  });

  it("counts a refusing localStorage as none", async () => {
    const throwing = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(await hasSavedDraft(stored(undefined), throwing)).toBe(false);
    expect(await hasSavedDraft(stored({ version: 1 }), throwing)).toBe(true);
  });
});
