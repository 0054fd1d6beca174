import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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

describe("onDemand after a chunk failed to arrive", () => {
  const CHUNK = "https://example.org/app/assets/editorSession-abc.js";
  beforeEach(() => vi.stubGlobal("location", new URL("https://example.org/app/?event=x")));
  afterEach(() => vi.unstubAllGlobals());

  it("asks for the chunk the error named under a new URL each time, and uses what comes", async () => {
    let loads = 0;
    const imported: string[] = [];
    const load = onDemand(
      "editor",
      async () => {
        loads += 1;
        throw new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);
      },
      (module: { name: string }) => `using ${module.name}`,
      async (url) => {
        imported.push(url);
        if (imported.length === 1)
          throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
        return { name: "editor" };
      },
    );
    await expect(load()).rejects.toThrow("The editor could not be loaded");
    await expect(load()).rejects.toThrow("The editor could not be loaded");
    expect(await load()).toBe("using editor");
    expect(loads).toBe(1);
    expect(imported).toEqual([`${CHUNK}?retry=1`, `${CHUNK}?retry=2`]);
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
