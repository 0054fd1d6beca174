// @vitest-environment jsdom
import { renderHook, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { appStore } from "../store/appStore";
import { meetings } from "../test/fixtures";
import type { SearchModule } from "./loadSearch";
import { useSearch } from "./useSearch";

// A build that never ends, whose progress the test sets: how far it has come reaches the box.
let share = 0;
const engine = {
  peekSearchIndex: () => null,
  buildSearchIndex: () => new Promise(() => {}),
  buildProgress: () => share,
  forgetQuery: () => {},
  // Asked while preparing too (a dataset indexed again in place keeps its last results): none here.
  search: () => null,
} as unknown as SearchModule;
vi.mock("./loadSearch", () => ({
  loadSearch: async () => engine,
  SEARCH_DEBOUNCE_MS: 0,
}));

beforeEach(() => {
  share = 0;
  appStore.getState().datasetLoaded(meetings(), { kind: "default" }, []);
});

describe("useSearch while the index is being built", () => {
  it("reads how far the build has come, a few times a second", async () => {
    const { result } = renderHook(() => useSearch("summit", true));
    await waitFor(() => expect(result.current.preparing).toBe(true));
    await waitFor(() => expect(result.current.progress).toBe(0));
    share = 0.4;
    await waitFor(() => expect(result.current.progress).toBe(0.4), { timeout: 2000 });
  });

  it("has no progress when nothing is being prepared", async () => {
    const { result } = renderHook(() => useSearch("", false));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(result.current.preparing).toBe(false);
    expect(result.current.progress).toBeNull();
  });
});
