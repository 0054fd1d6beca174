// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { appStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import type { Basemap } from "./basemapCodec";
import { FallbackMap } from "./FallbackMap";

const emptyBasemap: Basemap = {
  land: { type: "FeatureCollection", features: [] },
  borders: { type: "FeatureCollection", features: [] },
  labels: { type: "FeatureCollection", features: [] },
};
const loadBasemap = vi.fn((_url: string) => Promise.resolve(emptyBasemap));
vi.mock("./basemapCodec", () => ({ loadBasemap: (url: string) => loadBasemap(url) }));

/** jsdom lays nothing out: give elements a size and texts a width of 7 px a character. */
const CHAR_WIDTH = 7;
const stubs: [object, string, PropertyDescriptor | undefined][] = [];
function stub(target: object, key: string, descriptor: PropertyDescriptor) {
  stubs.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
  Object.defineProperty(target, key, { configurable: true, ...descriptor });
}

beforeAll(() => {
  stub(HTMLElement.prototype, "clientWidth", { get: () => 600 });
  stub(HTMLElement.prototype, "clientHeight", { get: () => 400 });
  stub(SVGElement.prototype, "getBBox", {
    value(this: SVGElement) {
      const x = Number(this.getAttribute("x"));
      return { x, y: -9, width: (this.textContent ?? "").length * CHAR_WIDTH, height: 15 };
    },
  });
});

afterAll(() => {
  for (const [target, key, descriptor] of stubs.reverse()) {
    if (descriptor) Object.defineProperty(target, key, descriptor);
    else Reflect.deleteProperty(target, key);
  }
});

beforeEach(() => {
  const state = appStore.getState();
  state.datasetLoaded(smallDataset(), { kind: "default" }, []);
  state.selectPlace(null);
  state.setNames("both");
});

afterEach(() => {
  cleanup();
  loadBasemap.mockClear();
});

async function renderMap() {
  render(<FallbackMap descriptionId="map-description" />);
  await act(async () => {});
}

describe("FallbackMap", () => {
  it("draws the places in view as buttons named with their event counts", async () => {
    await renderMap();
    expect(screen.getByRole("group", { name: "Simplified map" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Etorofu / Iturup, 2 events" })).toBeTruthy();
    expect(loadBasemap).toHaveBeenCalledTimes(1);
  });

  it("opens on a dataset's own places when none lies near the islands, as MapLibre does", async () => {
    const dataset = smallDataset();
    // The same places in the USA (the StoryMapJS Katrina sample's): it opened on Hokkaido, none shown.
    const places = dataset.places.map(({ geometry: _, ...place }, i) => ({
      ...place,
      coordinates: [-90 + i * 0.4, 30 + i * 0.2] as [number, number],
    }));
    appStore.getState().datasetLoaded({ ...dataset, places }, { kind: "default" }, []);
    await renderMap();
    expect(screen.getByRole("button", { name: /^Etorofu \/ Iturup,/ })).toBeTruthy();
    expect(screen.getAllByRole("button", { name: /, \d+ events?$/ })).toHaveLength(places.length);
  });

  it("selects a place on click, Enter or Space, and clears it on a second one", async () => {
    await renderMap();
    const iturup = screen.getByRole("button", { name: /^Etorofu \/ Iturup,/ });
    fireEvent.click(iturup);
    expect(appStore.getState().selectedPlaceId).toBe("iturup");
    expect(iturup.getAttribute("aria-pressed")).toBe("true");
    fireEvent.keyDown(iturup, { key: "Enter" });
    expect(appStore.getState().selectedPlaceId).toBeNull();
    fireEvent.keyDown(iturup, { key: " " });
    expect(appStore.getState().selectedPlaceId).toBe("iturup");
  });

  it("marks the places of a hovered event, and a hovered place", async () => {
    await renderMap();
    const iturup = screen.getByRole("button", { name: /^Etorofu \/ Iturup,/ });
    act(() => appStore.getState().hoverEvent("e-1945"));
    expect(iturup.hasAttribute("data-hovered")).toBe(true);
    act(() => appStore.getState().hoverEvent(null));
    expect(iturup.hasAttribute("data-hovered")).toBe(false);
    fireEvent.mouseEnter(iturup);
    expect(appStore.getState().hoveredPlaceId).toBe("iturup");
    fireEvent.mouseLeave(iturup);
    expect(appStore.getState().hoveredPlaceId).toBeNull();
  });

  it("makes the label's measured box part of the click target", async () => {
    await renderMap();
    const iturup = screen.getByRole("button", { name: /^Etorofu \/ Iturup,/ });
    const text = iturup.querySelector("text");
    const area = iturup.querySelector("rect.fallback-hit");
    expect(text?.textContent).toBe("Etorofu / Iturup");
    const left = Number(area?.getAttribute("x"));
    // From the circle's edge to 4 px past the text's measured end.
    expect(Number(area?.getAttribute("width"))).toBe(
      Number(text?.getAttribute("x")) + "Etorofu / Iturup".length * CHAR_WIDTH + 4 - left,
    );
  });

  it("measures a label again when the naming changes it", async () => {
    await renderMap();
    act(() => appStore.getState().setNames("ja"));
    const etorofu = screen.getByRole("button", { name: /^Etorofu,/ });
    const area = etorofu.querySelector("rect.fallback-hit");
    const left = Number(area?.getAttribute("x"));
    expect(Number(area?.getAttribute("width"))).toBe(
      Number(etorofu.querySelector("text")?.getAttribute("x")) +
        "Etorofu".length * CHAR_WIDTH +
        4 -
        left,
    );
  });

  it("still shows the places when the basemap cannot be loaded", async () => {
    loadBasemap.mockImplementationOnce(() => Promise.reject(new Error("offline")));
    await renderMap();
    expect(screen.getByText(/The basemap could not be loaded/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Etorofu \/ Iturup,/ })).toBeTruthy();
  });
});
