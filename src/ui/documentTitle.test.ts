// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { i18n, showLanguage } from "../i18n/i18n";
import { type AppStore, createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { syncDocumentTitle, titleFor } from "./documentTitle";

/** The small dataset, its title and one event's translated into Russian. */
function translatedDataset() {
  const dataset = smallDataset();
  dataset.meta.i18n = { ru: { title: "Тестовый набор" } };
  const summit = dataset.events.find((event) => event.id === "e-2016-12");
  if (summit) summit.i18n = { ru: { title: "Саммит" } };
  return dataset;
}

let store: AppStore;

beforeEach(() => {
  store = createAppStore();
});

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("titleFor", () => {
  it("names the app, in the page's language, until a dataset is open (a link that failed too)", async () => {
    // index.html's own title, which the page starts with.
    const page = "Timeline and map explorer";
    expect(titleFor(store, page)).toBe("Timeline and map explorer");
    await showLanguage("ja");
    expect(titleFor(store, page)).toBe("年表・地図エクスプローラー");
    store
      .getState()
      .datasetFailed({ kind: "url", url: "/missing.json" }, [{ path: "", code: "httpError" }]);
    await showLanguage("ru");
    expect(titleFor(store, page)).toBe("Хронология и карта: обозреватель");
    await showLanguage("zh");
    expect(titleFor(store, page)).toBe("时间线与地图浏览器");
  });

  it("names the dataset, and what is selected before it", () => {
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    expect(titleFor(store, "Timeline")).toBe("Test dataset");
    store.getState().selectEvent("e-2018-03-21");
    expect(titleFor(store, "Timeline")).toBe("Visit to Tokyo — Test dataset");
    store.getState().selectPlace("moscow");
    expect(titleFor(store, "Timeline")).toBe("Moscow — Test dataset");
  });

  it("writes a selected event's places in the naming perspective", () => {
    store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    store.getState().setNames("ru");
    store.getState().selectEvent("e-2018-01");
    expect(titleFor(store, "Timeline")).toBe("Airport on Iturup — Test dataset");
    store.getState().selectPlace("iturup");
    expect(titleFor(store, "Timeline")).toBe("Iturup — Test dataset");
  });

  it("says where another dataset comes from", () => {
    store
      .getState()
      .datasetLoaded(smallDataset(), { kind: "url", url: "https://example.org/d.json" }, []);
    expect(titleFor(store, "Timeline", "https://site.test")).toBe(
      "Test dataset (data from example.org, not this site's)",
    );
    store.getState().datasetLoaded(smallDataset(), { kind: "file", name: "mine.json" }, []);
    expect(titleFor(store, "Timeline", "https://site.test")).toBe(
      "Test dataset (your file mine.json)",
    );
  });

  it("speaks the interface's language, in the dataset's words where it has no translation", async () => {
    store.getState().datasetLoaded(translatedDataset(), { kind: "file", name: "mine.json" }, []);
    await showLanguage("ru");
    expect(titleFor(store, "Timeline")).toBe("Тестовый набор (ваш файл mine.json)");
    store.getState().selectEvent("e-2016-12");
    expect(titleFor(store, "Timeline")).toBe("Саммит — Тестовый набор (ваш файл mine.json)");
    store.getState().selectEvent("e-1945");
    expect(titleFor(store, "Timeline")).toBe("War ends — Тестовый набор (ваш файл mine.json)");
  });
});

describe("syncDocumentTitle", () => {
  it("keeps the tab's title in step with the dataset, the selection and the language", async () => {
    document.title = "Timeline";
    const stop = syncDocumentTitle(store, document);
    expect(document.title).toBe("Timeline and map explorer");
    store.getState().datasetLoaded(translatedDataset(), { kind: "default" }, []);
    expect(document.title).toBe("Test dataset");
    store.getState().selectEvent("e-2016-12");
    expect(document.title).toBe("Summit — Test dataset");
    await showLanguage("ru");
    expect(document.title).toBe("Саммит — Тестовый набор");
    store.getState().selectEvent(null);
    expect(document.title).toBe("Тестовый набор");

    stop();
    store.getState().selectPlace("tokyo");
    await i18n.changeLanguage("en");
    expect(document.title).toBe("Тестовый набор");
  });
});
