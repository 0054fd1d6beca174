import { afterEach, describe, expect, it, vi } from "vitest";
import { currentLanguage, currentLocale, i18n, loadLanguage, showLanguage, t } from "./i18n";
import type { Language } from "./languages";

const { fontsAskedFor } = vi.hoisted(() => ({ fontsAskedFor: [] as string[] }));
vi.mock("./scriptFont", () => ({
  loadScriptFont: (lang: string) => fontsAskedFor.push(lang),
}));

/** Just the part of a document `showLanguage` writes to. */
function fakeDocument(): Document {
  return { documentElement: { lang: "en" } } as unknown as Document;
}

afterEach(async () => {
  await i18n.changeLanguage("en");
  fontsAskedFor.length = 0;
});

describe("loadLanguage", () => {
  it("has English from the start, and fetches another language's messages when asked", async () => {
    expect(i18n.hasResourceBundle("en", "translation")).toBe(true);
    expect(t("progress.starting")).toBe("Starting");
    expect(i18n.hasResourceBundle("ja", "translation")).toBe(false);
    await loadLanguage("ja");
    expect(i18n.hasResourceBundle("ja", "translation")).toBe(true);
    expect(i18n.getFixedT("ja")("progress.cancel")).toBe("キャンセル");
    // Loading does not show it.
    expect(currentLanguage()).toBe("en");
  });

  it("refuses a language it has no messages for", async () => {
    await expect(loadLanguage("fr" as Language)).rejects.toThrow("no messages for fr");
  });
});

describe("showLanguage", () => {
  it("shows the language, with its plurals, and sets <html lang> and its font", async () => {
    const doc = fakeDocument();
    await showLanguage("ru", doc);
    expect(currentLanguage()).toBe("ru");
    expect(currentLocale()).toBe("ru-RU");
    expect(doc.documentElement.lang).toBe("ru");
    expect(fontsAskedFor).toEqual(["ru"]);
    expect(t("announce.place", { name: "Москва", count: 2 })).toBe("Москва, 2 события");
    expect(t("announce.place", { name: "Москва", count: 5 })).toBe("Москва, 5 событий");
    expect(t("announce.place", { name: "Москва", count: 21 })).toBe("Москва, 21 событие");
  });

  it("writes Chinese as Simplified in <html lang>", async () => {
    const doc = fakeDocument();
    await showLanguage("zh", doc);
    expect(doc.documentElement.lang).toBe("zh-Hans");
    expect(currentLocale()).toBe("zh-CN");
    expect(fontsAskedFor).toEqual(["zh"]);
  });

  it("shows the language without a document (outside a page), asking for no font", async () => {
    expect(globalThis.document).toBeUndefined();
    await showLanguage("ja");
    expect(currentLanguage()).toBe("ja");
    expect(fontsAskedFor).toEqual([]);
  });

  it("keeps the language shown when another cannot be loaded", async () => {
    const doc = fakeDocument();
    await showLanguage("ja", doc);
    await expect(showLanguage("xx" as Language, doc)).rejects.toThrow();
    expect(currentLanguage()).toBe("ja");
    expect(doc.documentElement.lang).toBe("ja");
  });

  it("comes back to English", async () => {
    const doc = fakeDocument();
    await showLanguage("ru", doc);
    await showLanguage("en", doc);
    expect(doc.documentElement.lang).toBe("en");
    expect(currentLocale()).toBe("en-GB");
    expect(t("announce.place", { name: "Moscow", count: 1 })).toBe("Moscow, 1 event");
  });

  it("lets the last switch win when an earlier one is still loading", async () => {
    const doc = fakeDocument();
    // Chinese must be fetched again: slower than English, which is always there.
    i18n.removeResourceBundle("zh", "translation");
    const slow = showLanguage("zh", doc);
    const last = showLanguage("en", doc);
    await Promise.all([slow, last]);
    expect(currentLanguage()).toBe("en");
    expect(doc.documentElement.lang).toBe("en");
  });
});
