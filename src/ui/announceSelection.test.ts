import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { i18n, showLanguage } from "../i18n/i18n";
import { type AppStore, createAppStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { announceSelections, selectionSentence } from "./announceSelection";

let store: AppStore;

beforeEach(() => {
  store = createAppStore();
  store.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
});

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("selectionSentence", () => {
  it("says nothing without a dataset or a selection", () => {
    expect(selectionSentence(createAppStore())).toBeNull();
    expect(selectionSentence(store)).toBeNull();
  });

  it("reads an event as its title, its date and its places", () => {
    store.getState().selectEvent("e-2016-12");
    expect(selectionSentence(store)).toBe("Summit, 15–16 December 2016, Tokyo, Moscow");
    store.getState().setNames("ja");
    store.getState().selectEvent("e-2018-01");
    expect(selectionSentence(store)).toBe("Airport on Etorofu, January 2018, Etorofu");
  });

  it("reads a place as its name and how many events happened there", () => {
    store.getState().selectPlace("iturup");
    expect(selectionSentence(store)).toBe("Etorofu / Iturup, 2 events");
    store.getState().selectPlace("moscow");
    expect(selectionSentence(store)).toBe("Moscow, 2 events");
  });

  it("says nothing of an event or place the dataset does not have", () => {
    store.setState({ selectedEventId: "e-missing" });
    expect(selectionSentence(store)).toBeNull();
    store.setState({ selectedEventId: null, selectedPlaceId: "atlantis" });
    expect(selectionSentence(store)).toBeNull();
  });

  it("speaks the interface's language: its dates, separators and plurals", async () => {
    await showLanguage("ru");
    store.getState().selectPlace("iturup");
    expect(selectionSentence(store)).toBe("Etorofu / Iturup, 2 события");
    await showLanguage("ja");
    expect(selectionSentence(store)).toBe("Etorofu / Iturup、出来事2件");
    store.getState().selectEvent("e-2016-12");
    expect(selectionSentence(store)).toBe("Summit、2016年12月15日～16日、Tokyo、Moscow");
  });
});

describe("announceSelections", () => {
  it("announces each new selection once, and nothing when it is cleared", () => {
    const stop = announceSelections(store);
    store.getState().selectPlace("tokyo");
    expect(store.getState().announcement).toEqual({ text: "Tokyo, 2 events", seq: 1 });
    store.getState().selectPlace("tokyo");
    expect(store.getState().announcement.seq).toBe(1);
    store.getState().selectEvent("e-1945");
    expect(store.getState().announcement).toEqual({
      text: "War ends, 1945, Etorofu / Iturup",
      seq: 2,
    });
    store.getState().selectEvent(null);
    expect(store.getState().announcement.seq).toBe(2);

    stop();
    store.getState().selectPlace("moscow");
    expect(store.getState().announcement.seq).toBe(2);
  });
});
