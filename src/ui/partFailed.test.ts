import { describe, expect, it } from "vitest";
import { showLanguage } from "../i18n/i18n";
import { onDemand, partFailedMessage } from "./partFailed";

describe("onDemand", () => {
  it("loads once and shares the result", async () => {
    let calls = 0;
    const load = onDemand("editor", async () => ++calls);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
    expect(calls).toBe(1);
  });

  it("says which part failed, and tries again on the next call", async () => {
    let calls = 0;
    const load = onDemand("editor", async () => {
      calls += 1;
      if (calls === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return "loaded";
    });
    await expect(load()).rejects.toThrow(
      "The editor could not be loaded (Failed to fetch dynamically imported module). Check your connection",
    );
    expect(await load()).toBe("loaded");
    expect(calls).toBe(2);
  });
});

describe("partFailedMessage", () => {
  it("takes a reason that is not an Error", () => {
    expect(partFailedMessage("picture", "offline")).toMatch(
      /^The picture could not be loaded \(offline\)\./,
    );
  });

  it("speaks the interface's language", async () => {
    await showLanguage("ru", undefined);
    try {
      expect(partFailedMessage("search", "offline")).toBe(
        "Поиск: не удалось загрузить (offline). Проверьте подключение, затем попробуйте ещё раз или перезагрузите страницу.",
      );
    } finally {
      await showLanguage("en", undefined);
    }
  });
});
