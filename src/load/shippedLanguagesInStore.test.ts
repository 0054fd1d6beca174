import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AppStore, createAppStore } from "../store/appStore";
import { shippedFiles } from "./shippedFiles";
import { type RawDataset, splitTranslations } from "./translationFiles";

// Each test starts with nothing fetched (the loader keeps what it fetched, as the page does).
type Loader = typeof import("./shippedDataset");
type InStore = typeof import("./shippedLanguagesInStore");
let loader: Loader;
let addShippedLanguages: InStore["addShippedLanguages"];
let bindShippedLanguages: InStore["bindShippedLanguages"];
let completeShippedDataset: InStore["completeShippedDataset"];

const shipped = JSON.parse(
  readFileSync(new URL("../../data/japan-russia-2018.json", import.meta.url), "utf8"),
) as RawDataset;
const { base, translations } = splitTranslations(shipped);

/** The parts as the server gives them, and which were asked for. */
let asked: string[];
let store: AppStore;

function serveParts() {
  asked = [];
  const byUrl = new Map<string, unknown>([[shippedFiles?.base ?? "", base]]);
  for (const [lang, url] of Object.entries(shippedFiles?.translations ?? {})) {
    byUrl.set(url, translations[lang]);
  }
  vi.stubGlobal("fetch", async (url: string) => {
    const lang = Object.entries(shippedFiles?.translations ?? {}).find(([, u]) => u === url)?.[0];
    asked.push(lang ?? "base");
    const body = byUrl.get(url);
    return new Response(JSON.stringify(body), { status: body ? 200 : 404 });
  });
}

async function showShipped(lang: "en" | "ja" | "ru" | "zh") {
  const result = await loader.loadShippedDataset(lang);
  if (!result.ok) throw new Error(result.errors[0]?.code);
  store.getState().datasetLoaded(result.dataset, { kind: "default" }, []);
}

const languagesOf = (id: string) =>
  Object.keys(store.getState().index?.byId.get(id)?.i18n ?? {}).sort();

beforeEach(async () => {
  vi.resetModules();
  loader = await import("./shippedDataset");
  ({ addShippedLanguages, bindShippedLanguages, completeShippedDataset } = await import(
    "./shippedLanguagesInStore"
  ));
  serveParts();
  store = createAppStore();
});
afterEach(() => vi.unstubAllGlobals());

describe("the shipped dataset's languages in the store", () => {
  it("shows the base with the page's language, and adds the others in place", async () => {
    await showShipped("ja");
    expect(languagesOf("lavrov-arrives-in-tokyo")).toEqual(["ja"]);
    store.getState().selectEvent("lavrov-arrives-in-tokyo");
    await addShippedLanguages(store, ["ru"]);
    expect(languagesOf("lavrov-arrives-in-tokyo")).toEqual(["ja", "ru"]);
    expect(store.getState().selectedEventId).toBe("lavrov-arrives-in-tokyo");
    expect(asked).toEqual(["base", "ja", "ru"]);
    // Already there: nothing is fetched or re-indexed.
    const index = store.getState().index;
    await addShippedLanguages(store, ["ja", "ru", "en"]);
    expect(store.getState().index).toBe(index);
    expect(asked).toEqual(["base", "ja", "ru"]);
  });

  it("completes the dataset to the shipped file, key for key", async () => {
    await showShipped("en");
    expect(languagesOf("lavrov-arrives-in-tokyo")).toEqual([]);
    await completeShippedDataset(store);
    const { dataset } = store.getState().index ?? {};
    expect(dataset?.meta).toEqual(shipped.meta);
    expect(dataset?.events.map((event) => event.i18n)).toEqual(
      shipped.events?.map((event) => event.i18n),
    );
    expect(dataset?.places).toEqual(shipped.places);
  });

  it("leaves any other dataset alone, and one opened while a language was on its way", async () => {
    await showShipped("en");
    const other = { ...store.getState().index?.dataset };
    const pending = addShippedLanguages(store, ["zh"]);
    store.getState().datasetLoaded(other as never, { kind: "url", url: "/other.json" }, []);
    const opened = store.getState().index;
    await pending;
    expect(store.getState().index).toBe(opened);
    await completeShippedDataset(store);
    expect(store.getState().index).toBe(opened);
  });

  it("follows the reader's switch, as a change in place", async () => {
    await showShipped("en");
    const replacing = vi.fn((run: () => void) => run());
    const stop = bindShippedLanguages(store, replacing);
    store.getState().setLang("zh");
    await vi.waitFor(() => expect(languagesOf("lavrov-arrives-in-tokyo")).toEqual(["zh"]));
    expect(replacing).toHaveBeenCalled();
    stop();
  });

  it("keeps the dataset as it was when a file cannot be fetched, and tries again next time", async () => {
    await showShipped("en");
    vi.stubGlobal("fetch", async () => new Response("", { status: 503 }));
    await expect(addShippedLanguages(store, ["ru"])).rejects.toThrow("HTTP 503");
    expect(languagesOf("lavrov-arrives-in-tokyo")).toEqual([]);
    serveParts();
    await addShippedLanguages(store, ["ru"]);
    expect(languagesOf("lavrov-arrives-in-tokyo")).toEqual(["ru"]);
  });
});
