import { describe, expect, it } from "vitest";
import { createAppStore } from "./appStore";
import { selectLanguage, selectLanguageToKeep } from "./languageSlice";

describe("language slice", () => {
  it("follows the browser's language until one is chosen", () => {
    const store = createAppStore();
    expect(selectLanguage(store.getState())).toBe("en");
    store.setState({ browserLang: "ja" });
    expect(selectLanguage(store.getState())).toBe("ja");
    store.getState().setLang("ru");
    expect(store.getState().lang).toBe("ru");
    expect(selectLanguage(store.getState())).toBe("ru");
    // A chosen English wins over the browser's Japanese.
    store.getState().setLang("en");
    expect(selectLanguage(store.getState())).toBe("en");
  });

  it("keeps the shown language in addresses for other readers, leaving English out", () => {
    const store = createAppStore();
    expect(selectLanguageToKeep(store.getState())).toBeNull();
    store.setState({ browserLang: "zh" });
    expect(selectLanguageToKeep(store.getState())).toBe("zh");
    store.getState().setLang("en");
    expect(selectLanguageToKeep(store.getState())).toBeNull();
    store.getState().setLang("ja");
    expect(selectLanguageToKeep(store.getState())).toBe("ja");
  });
});
