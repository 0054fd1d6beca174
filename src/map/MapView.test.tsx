// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../i18n/i18n";
import { appStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { MapView } from "./MapView";

// English's later part, which words the notice, could not come (offline, not kept): the hook says
// it is done waiting, and the part's messages are not in (unit tests have all of English).
vi.mock("../i18n/useLaterMessages", () => ({ useLaterMessages: () => true }));
vi.mock("./FallbackMap", () => ({ FallbackMap: () => <p>the SVG map</p> }));

const english = () => i18n.store.data.en?.translation as Record<string, unknown>;
let mapNotice: unknown;
beforeEach(() => {
  mapNotice = english().mapNotice;
  delete english().mapNotice;
});
afterEach(() => {
  english().mapNotice = mapNotice;
  cleanup();
});

describe("MapView without WebGL2", () => {
  it("shows the SVG map, and no message key where English's later part could not come", async () => {
    // jsdom has no WebGL2: the map is the SVG one.
    expect("WebGL2RenderingContext" in globalThis).toBe(false);
    appStore.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
    render(<MapView />);
    expect(await screen.findByText("the SVG map")).toBeTruthy();
    await act(async () => {});
    const notice = document.querySelector(".map-message[role=status]");
    expect(notice).not.toBeNull();
    expect(notice?.textContent).toBe("");
  });
});
