// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appStore } from "../store/appStore";
import { smallDataset } from "../test/fixtures";
import { useFilterCounts } from "./useFilterCounts";

beforeEach(() => {
  appStore.getState().datasetLoaded(smallDataset(), { kind: "default" }, []);
});

afterEach(() => {
  cleanup();
  act(() => appStore.getState().clearFilters());
});

describe("useFilterCounts", () => {
  it("says the search is being prepared while only-matches waits for its matches (review 30 F3)", () => {
    const { result } = renderHook(() => useFilterCounts());
    act(() => {
      appStore.getState().setQuery("war");
      appStore.getState().setOnlyMatches(true);
    });
    // Every event shows meanwhile: "Showing 6 of 6" would be false for a filter that is on.
    expect(result.current).toMatchObject({ active: 1, sentence: "Preparing search…" });
    const index = appStore.getState().index;
    if (!index) throw new Error("no index");
    const mask = Uint8Array.from(index.events, (event) => (event.id === "e-1945" ? 1 : 0));
    act(() => appStore.getState().setSearchMatches({ index, query: "war", mask }));
    expect(result.current.sentence).toBe(`Showing 1 of ${index.events.length} events`);
  });
});
