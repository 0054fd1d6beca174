import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AppStore, createAppStore } from "../store/appStore";
import { worded } from "../test/notices";
import { bindLanguage } from "./bindLanguage";
import { i18n } from "./i18n";
import type { Language } from "./languages";

/** A stand-in for `showLanguage` whose every call the test settles itself. */
function controlledShow() {
  const calls: { lang: Language; resolve: () => void; reject: (error: Error) => void }[] = [];
  const show = (lang: Language) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ lang, resolve, reject });
    });
  return { show, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let store: AppStore;
let unbind: () => void;
let shown: ReturnType<typeof controlledShow>;

beforeEach(() => {
  store = createAppStore();
  shown = controlledShow();
  unbind = bindLanguage(store, shown.show);
});

afterEach(() => unbind());

describe("bindLanguage", () => {
  it("shows each language the store switches to, and only on a switch", () => {
    expect(shown.calls).toEqual([]);
    store.getState().setLang("ru");
    store.getState().setLang("ru");
    expect(shown.calls.map((call) => call.lang)).toEqual(["ru"]);
    // The browser's language counts when no language was chosen.
    store.setState({ lang: null, browserLang: "ja" });
    expect(shown.calls.map((call) => call.lang)).toEqual(["ru", "ja"]);
  });

  it("warns, naming the language, when it cannot be shown", async () => {
    store.getState().setLang("zh");
    shown.calls[0]?.reject(new Error("offline"));
    await settle();
    expect(store.getState().notices.map(worded)).toEqual([
      {
        id: "language",
        kind: "warning",
        text: "Could not load the 中文 interface; it stays in English. Reload the page to try again.",
      },
    ]);
    // The switch and the address say what is shown (review 27 F4: they said 中文).
    expect(store.getState().lang).toBe("en");
  });

  it("says nothing when a language loads", async () => {
    store.getState().setLang("ja");
    shown.calls[0]?.resolve();
    await settle();
    expect(store.getState().notices).toEqual([]);
  });

  it("does not warn about a language the reader has already switched away from", async () => {
    store.getState().setLang("ja");
    store.getState().setLang("ru");
    shown.calls[0]?.reject(new Error("offline"));
    await settle();
    expect(store.getState().notices).toEqual([]);
    shown.calls[1]?.reject(new Error("offline"));
    await settle();
    expect(store.getState().notices.map((notice) => worded(notice).text)).toEqual([
      "Could not load the Русский interface; it stays in English. Reload the page to try again.",
    ]);
  });

  it("stops following the store once unbound", () => {
    unbind();
    store.getState().setLang("ru");
    expect(shown.calls).toEqual([]);
  });
});

describe("bindLanguage with i18next", () => {
  it("by default fetches and shows the language the store switches to", async () => {
    const other = createAppStore();
    const stop = bindLanguage(other);
    try {
      other.getState().setLang("ru");
      await vi.waitFor(() => expect(i18n.language).toBe("ru"));
      expect(i18n.t("progress.cancel")).toBe("Отмена");
    } finally {
      stop();
      await i18n.changeLanguage("en");
    }
  });
});
