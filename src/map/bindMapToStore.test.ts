import { describe, expect, it, vi } from "vitest";
import type { Dataset, Place } from "../data/schema";
import { createAppStore } from "../store/appStore";
import {
  anotherDataset,
  bindMapToStore,
  highlightOf,
  hoveredPlaceIds,
  type MapDriver,
  mapCallbacks,
  placesOfShownEvents,
} from "./bindMapToStore";

const place = (id: string, coordinates: [number, number], extra: Partial<Place> = {}): Place => ({
  id,
  name: id,
  names: { en: id },
  kind: "city",
  coordinates,
  ...extra,
});

const dataset: Dataset = {
  periods: [],
  meta: { title: "Test" },
  places: [
    place("tokyo", [139.69, 35.69]),
    place("moscow", [37.62, 55.76]),
    place("iturup", [147.83, 45.05], {
      disputed: true,
      names: { en: "Iturup", ja: "Etorofu", ru: "Iturup" },
    }),
  ],
  events: [
    {
      id: "summit",
      title: "Summit",
      start: "2018-05-26",
      places: ["moscow", "tokyo"],
      actors: ["Abe"],
      tags: ["x"],
      summary: "s",
    },
    {
      id: "visit",
      title: "Visit",
      start: "2018-03-21",
      places: ["tokyo"],
      actors: ["Lavrov"],
      tags: ["y"],
      summary: "s",
    },
    {
      id: "island",
      title: "Island",
      start: "2017-01-01",
      places: ["iturup"],
      actors: ["Lavrov"],
      tags: ["y"],
      summary: "s",
    },
  ],
};

function fakeDriver() {
  return {
    setPlaces: vi.fn(),
    setNames: vi.fn(),
    setLanguage: vi.fn(),
    setHighlight: vi.fn(),
    fitPlaces: vi.fn(),
    showPlace: vi.fn(),
    resetView: vi.fn(),
  } satisfies MapDriver;
}

/** Later changes reach the map after the next paint; most tests take them at once. */
const atOnce = (run: () => void) => run();

function loadedStore() {
  const store = createAppStore();
  store.getState().datasetLoaded(dataset, { kind: "default" }, []);
  return store;
}

describe("bindMapToStore", () => {
  it("hands the adapter the places, counts, names and highlight at once", () => {
    const store = loadedStore();
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    expect(map.setNames).toHaveBeenCalledWith("both");
    const [places, counts] = map.setPlaces.mock.calls[0] ?? [];
    expect((places as Place[]).map((p) => p.id)).toEqual(["tokyo", "moscow", "iturup"]);
    expect(Object.fromEntries(counts as Map<string, number>)).toEqual({
      tokyo: 2,
      moscow: 1,
      iturup: 1,
    });
    expect(map.setHighlight).toHaveBeenCalledWith({ selected: [], hovered: [] });
    expect(map.fitPlaces).not.toHaveBeenCalled();
  });

  it("tells the adapter when the places are another dataset's, not a language's or a draft's", () => {
    const store = loadedStore();
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    const another = () => map.setPlaces.mock.lastCall?.[2];
    expect(another()).toBe(false);
    // The same story in another language: its places named anew, the same dataset.
    store.getState().setLang("ja");
    expect(map.setPlaces).toHaveBeenCalledTimes(2);
    expect(another()).toBe(false);
    store
      .getState()
      .datasetLoaded(
        { ...dataset, places: dataset.places.slice(0, 1) },
        { kind: "file", name: "other.json" },
        [],
      );
    expect(another()).toBe(true);
    // The editor's draft of the story on show keeps its places on the map as they are.
    store.getState().datasetLoaded(dataset, { kind: "draft" }, []);
    expect(another()).toBe(false);
    expect(anotherDataset(null, "default")).toBe(false);
    expect(anotherDataset("default", "url:/a.json")).toBe(true);
    expect(anotherDataset("draft", "default")).toBe(false);
  });

  it("fits the selected event's places, animated after the first time", () => {
    const store = loadedStore();
    store.getState().selectEvent("summit");
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    // A deep link jumps.
    expect(map.fitPlaces).toHaveBeenLastCalledWith(["moscow", "tokyo"], { animate: false });
    store.getState().selectEvent("visit");
    expect(map.fitPlaces).toHaveBeenLastCalledWith(["tokyo"], { animate: true });
    expect(map.setHighlight).toHaveBeenLastCalledWith({ selected: ["tokyo"], hovered: [] });
  });

  it("frames the places the filters leave, unless something is selected", () => {
    const store = loadedStore();
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    store.getState().setActors(["Abe"]);
    const lastFrame = () => [...(map.fitPlaces.mock.lastCall?.[0] ?? [])].sort();
    expect(lastFrame()).toEqual(["moscow", "tokyo"]);
    store.getState().setActors(["Lavrov"]);
    expect(lastFrame()).toEqual(["iturup", "tokyo"]);
    expect(map.fitPlaces.mock.lastCall?.[1]).toEqual({ animate: true });
    const calls = map.fitPlaces.mock.calls.length;
    // Cleared: the camera stays.
    store.getState().setActors([]);
    expect(map.fitPlaces).toHaveBeenCalledTimes(calls);
    store.getState().selectPlace("iturup");
    store.getState().setActors(["Abe"]);
    expect(map.fitPlaces).toHaveBeenCalledTimes(calls);
    expect(placesOfShownEvents(store.getState().index, null).sort()).toEqual([
      "iturup",
      "moscow",
      "tokyo",
    ]);
  });

  it("frames what a Back or Forward entry shows, which clearing by hand does not", () => {
    const store = loadedStore();
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    const step = () => store.setState((now) => ({ historySteps: now.historySteps + 1 }));
    store.getState().selectEvent("summit");
    // Escape: the camera stays on the summit.
    store.getState().selectEvent(null);
    expect(map.resetView).not.toHaveBeenCalled();
    // Back to the entry before it: the shipped story's islands, as it opened.
    step();
    expect(map.resetView).toHaveBeenLastCalledWith({ animate: true });
    // An entry with filters: the places they leave; with a place: that place.
    store.setState({ actors: ["Abe"] });
    step();
    expect([...(map.fitPlaces.mock.lastCall?.[0] ?? [])].sort()).toEqual(["moscow", "tokyo"]);
    store.setState({ actors: [], selectedPlaceId: "iturup" });
    step();
    expect(map.showPlace).toHaveBeenLastCalledWith("iturup", { animate: true });
  });

  it("shows a selected place and highlights it alone", () => {
    const store = loadedStore();
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    store.getState().selectPlace("iturup");
    expect(map.showPlace).toHaveBeenCalledWith("iturup", { animate: true });
    expect(map.setHighlight).toHaveBeenLastCalledWith({ selected: ["iturup"], hovered: [] });
    expect(map.fitPlaces).not.toHaveBeenCalled();
  });

  it("highlights the places of an event hovered on the timeline", () => {
    const store = loadedStore();
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    store.getState().hoverEvent("summit");
    expect(map.setHighlight).toHaveBeenLastCalledWith({
      selected: [],
      hovered: ["moscow", "tokyo"],
    });
    store.getState().hoverEvent(null);
    expect(map.setHighlight).toHaveBeenLastCalledWith({ selected: [], hovered: [] });
  });

  it("updates labels on a new perspective and counts on a filter, not on hover", () => {
    const store = loadedStore();
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    const placesCalls = map.setPlaces.mock.calls.length;
    store.getState().hoverPlace("tokyo");
    store.getState().hoverPlace(null);
    expect(map.setPlaces.mock.calls.length).toBe(placesCalls);
    store.getState().setNames("ja");
    expect(map.setNames).toHaveBeenLastCalledWith("ja");
    store.getState().setActors(["Lavrov"]);
    const counts = map.setPlaces.mock.calls.at(-1)?.[1] as Map<string, number>;
    expect(Object.fromEntries(counts)).toEqual({ tokyo: 1, moscow: 0, iturup: 1 });
  });

  it("does not call the adapter for changes it does not draw", () => {
    const store = loadedStore();
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    const calls = () => Object.values(map).reduce((sum, fn) => sum + fn.mock.calls.length, 0);
    const before = calls();
    store.getState().announce("hello");
    store.getState().setQuery("abc");
    expect(calls()).toBe(before);
  });

  it("stops when unsubscribed", () => {
    const store = loadedStore();
    const map = fakeDriver();
    const unbind = bindMapToStore(store, map, atOnce);
    unbind();
    store.getState().selectEvent("summit");
    store.getState().setNames("ru");
    expect(map.fitPlaces).not.toHaveBeenCalled();
    expect(map.setNames).toHaveBeenCalledTimes(1);
  });
});

describe("mapCallbacks", () => {
  it("turns map clicks and hovers into store actions, without repeating a hover", () => {
    const store = loadedStore();
    const callbacks = mapCallbacks(store);
    const listener = vi.fn();
    store.subscribe((state) => state.hoveredPlaceId, listener);
    callbacks.onPlaceHover("tokyo");
    callbacks.onPlaceHover("tokyo");
    expect(listener).toHaveBeenCalledTimes(1);
    callbacks.onPlaceClick("iturup");
    expect(store.getState().selectedPlaceId).toBe("iturup");
    expect(store.getState().selectedEventId).toBeNull();
  });
});

describe("highlightOf", () => {
  it("joins the hovered place and the hovered event's places without duplicates", () => {
    const store = loadedStore();
    store.getState().hoverPlace("tokyo");
    store.getState().hoverEvent("summit");
    expect(hoveredPlaceIds(store.getState())).toEqual(["tokyo", "moscow"]);
    store.getState().selectEvent("summit");
    expect(highlightOf(store.getState()).selected).toEqual(["moscow", "tokyo"]);
  });
});

describe("bindMapToStore's timing", () => {
  it("applies a deep link at once, and later changes after the next paint, the latest of each kind", () => {
    const store = loadedStore();
    store.setState({ selectedEventId: "visit" });
    const map = fakeDriver();
    const frames: (() => void)[] = [];
    const unbind = bindMapToStore(store, map, (run) => frames.push(run));
    expect(map.fitPlaces).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);

    store.getState().hoverPlace("tokyo");
    store.getState().hoverPlace("moscow");
    store.getState().selectPlace("iturup");
    expect(map.showPlace).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    const highlights = map.setHighlight.mock.calls.length;
    frames.shift()?.();
    expect(map.showPlace).toHaveBeenCalledWith("iturup", { animate: true });
    expect(map.setHighlight).toHaveBeenCalledTimes(highlights + 1);
    expect(map.setHighlight).toHaveBeenLastCalledWith({
      selected: ["iturup"],
      hovered: ["moscow"],
    });

    // Unbound before its frame: nothing reaches a map that is going away.
    store.getState().selectPlace("tokyo");
    unbind();
    frames.shift()?.();
    expect(map.showPlace).toHaveBeenCalledTimes(1);
  });
});

describe("a dataset's opening frame", () => {
  const west: Dataset = {
    periods: [],
    meta: { title: "West" },
    places: [place("hannibal", [-91.36, 39.71]), place("virginia-city", [-119.65, 39.31])],
    events: [{ ...dataset.events[1], id: "gazette", places: ["hannibal"] } as Dataset["events"][0]],
  };

  it("frames a dataset's own places when the islands' view shows none of them, once per dataset", () => {
    const store = createAppStore();
    store.getState().datasetLoaded(west, { kind: "url", url: "/west.json" }, []);
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    expect(map.fitPlaces).toHaveBeenCalledWith(["hannibal", "virginia-city"], { animate: false });

    // The same dataset indexed again (its translations, a draft's edit): the camera stays.
    store.getState().datasetLoaded(west, { kind: "url", url: "/west.json" }, []);
    expect(map.fitPlaces).toHaveBeenCalledTimes(1);

    // The shipped story opens on the islands; another dataset elsewhere is framed, animated.
    store.getState().datasetLoaded(dataset, { kind: "default" }, []);
    expect(map.fitPlaces).toHaveBeenCalledTimes(1);
    store.getState().datasetLoaded(west, { kind: "file", name: "west.json" }, []);
    expect(map.fitPlaces).toHaveBeenLastCalledWith(["hannibal", "virginia-city"], {
      animate: true,
    });
  });

  it("leaves the frame to a selection the link makes", () => {
    const store = createAppStore();
    store.getState().datasetLoaded(west, { kind: "url", url: "/west.json" }, []);
    store.setState({ selectedPlaceId: "hannibal" });
    const map = fakeDriver();
    bindMapToStore(store, map, atOnce);
    expect(map.fitPlaces).not.toHaveBeenCalled();
    expect(map.showPlace).toHaveBeenCalledWith("hannibal", { animate: false });
  });
});
