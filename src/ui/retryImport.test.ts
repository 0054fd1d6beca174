import { describe, expect, it } from "vitest";
import { failedModuleUrl, retryUrl } from "./retryImport";

const PAGE = "https://example.org/app/?event=x";

describe("failedModuleUrl", () => {
  it("reads the chunk Chromium and Firefox name, without its query", () => {
    const chromium = new TypeError(
      "Failed to fetch dynamically imported module: https://example.org/app/assets/editorSession-CMv5.js",
    );
    const firefox = new TypeError(
      "error loading dynamically imported module: https://example.org/app/assets/x.js?retry=1",
    );
    expect(failedModuleUrl(chromium, PAGE)).toBe(
      "https://example.org/app/assets/editorSession-CMv5.js",
    );
    expect(failedModuleUrl(firefox, PAGE)).toBe("https://example.org/app/assets/x.js");
  });

  it("gives nothing for another origin, a message without a URL, or no Error", () => {
    const elsewhere = new TypeError(
      "Failed to fetch dynamically imported module: https://cdn.example.com/x.js",
    );
    expect(failedModuleUrl(elsewhere, PAGE)).toBeNull();
    expect(failedModuleUrl(new TypeError("Importing a module script failed."), PAGE)).toBeNull();
    expect(failedModuleUrl("offline", PAGE)).toBeNull();
  });

  it("names each retry differently", () => {
    expect(retryUrl("https://example.org/a.js", 2)).toBe("https://example.org/a.js?retry=2");
  });
});
